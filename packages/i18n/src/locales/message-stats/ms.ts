/** Malay strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Mesej: angka setahun',
  year: 'Tahun',
  caption: 'Mesej yang diterima pada {{year}} dan cara ia dijawab, mengikut bulan diterima',
  month: 'Bulan',
  received: 'Diterima',
  replied: 'Dijawab',
  onTime: 'Dijawab tepat pada masanya',
  median: 'Median hari bekerja untuk menjawab',
  total: 'Sepanjang tahun',
  none: 'tiada',
  summary_other:
    'Pada {{year}}: {{n}} mesej diterima, {{percent}} dijawab tepat pada masanya, median {{days}}.',
  days_other: '{{n}} hari bekerja',
  unreplied_other: 'Pada {{year}}: {{n}} mesej diterima, belum ada yang dijawab.',
  note: 'Tepat pada masanya: dijawab dalam 5 hari bekerja selepas diterima. Peratusan dikira daripada mesej yang dijawab.',
  empty: 'Pada {{year}}: tiada mesej diterima.',
  notConfigured: 'Statistik tidak dapat dipaparkan di sini: belum disediakan.',
} satisfies Translation<MessageStatsStrings>;
