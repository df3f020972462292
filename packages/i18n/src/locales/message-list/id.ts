/** Indonesian strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Pertanyaan dan jawaban yang dipublikasikan',
  query: 'Cari di pertanyaan dan jawaban',
  search: 'Cari',
  results_other: '{{n}} pertanyaan dan jawaban ditemukan',
  empty: 'Belum ada pertanyaan dan jawaban yang dipublikasikan.',
  emptySearch: 'Tidak ada pertanyaan atau jawaban yang cocok dengan pencarian Anda.',
  clearSearch: 'Hapus pencarian',
  notConfigured: 'Pesan yang dipublikasikan tidak dapat ditampilkan di sini: daftar belum diatur.',
  kindConsultation: 'Pertanyaan',
  kindSuggestion: 'Saran',
  kindComplaint: 'Pengaduan',
  received: 'Diterima',
  replied: 'Dijawab',
  question: 'Pertanyaan',
  reply: 'Jawaban',
  moreQuestion: 'Tampilkan seluruh pertanyaan',
  moreReply: 'Tampilkan seluruh jawaban',
  less: 'Tampilkan lebih sedikit',
  matched: 'Teks yang cocok',
} satisfies Translation<MessageListStrings>;
