/** Indonesian strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Pesan: angka setahun',
  year: 'Tahun',
  caption: 'Pesan yang diterima pada {{year}} dan penanganannya, per bulan kedatangan',
  month: 'Bulan',
  received: 'Diterima',
  replied: 'Dijawab',
  onTime: 'Dijawab tepat waktu',
  median: 'Median hari kerja hingga dijawab',
  total: 'Sepanjang tahun',
  none: 'tidak ada',
  summary_other:
    'Pada {{year}}: {{n}} pesan diterima, {{percent}} dijawab tepat waktu, median {{days}}.',
  days_other: '{{n}} hari kerja',
  unreplied_other: 'Pada {{year}}: {{n}} pesan diterima, belum ada yang dijawab.',
  note: 'Tepat waktu: dijawab dalam 5 hari kerja sejak diterima. Persentase dihitung dari pesan yang dijawab.',
  empty: 'Pada {{year}}: tidak ada pesan yang diterima.',
  notConfigured: 'Statistik tidak dapat ditampilkan di sini: belum diatur.',
} satisfies Translation<MessageStatsStrings>;
