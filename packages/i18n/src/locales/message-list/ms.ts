/** Malay strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Soalan dan jawapan yang diterbitkan',
  query: 'Cari dalam soalan dan jawapan',
  search: 'Cari',
  results_other: '{{n}} soalan dan jawapan ditemui',
  empty: 'Belum ada soalan dan jawapan yang diterbitkan.',
  emptySearch: 'Tiada soalan atau jawapan yang diterbitkan sepadan dengan carian anda.',
  clearSearch: 'Kosongkan carian',
  notConfigured: 'Mesej yang diterbitkan tidak dapat dipaparkan di sini: senarai belum disediakan.',
  kindConsultation: 'Pertanyaan',
  kindSuggestion: 'Cadangan',
  kindComplaint: 'Aduan',
  received: 'Diterima',
  replied: 'Dijawab',
  question: 'Soalan',
  reply: 'Jawapan',
  moreQuestion: 'Tunjukkan seluruh soalan',
  moreReply: 'Tunjukkan seluruh jawapan',
  less: 'Tunjukkan kurang',
  matched: 'Teks yang sepadan',
} satisfies Translation<MessageListStrings>;
