/** Indonesian strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Langsung ke konten utama',
  searchLabel: 'Cari di situs ini',
  searchButton: 'Cari',
  accessibility: 'Aksesibilitas',
  careMode: 'Mode lansia',
  careModeHint: 'Teks lebih besar, kontras lebih kuat, tanpa gerakan',
  notConfigured: 'Kepala halaman tidak dapat ditampilkan di sini: situs belum ditetapkan.',
  invalid: 'Kepala halaman tidak dapat ditampilkan: data situs melanggar aturan penamaan.',
  invalidFields: 'Kolom yang harus diperbaiki:',
  wholeRecord: 'seluruh data',
} satisfies Translation<MastheadStrings>;
