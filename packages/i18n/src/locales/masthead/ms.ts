/** Malay strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Langkau ke kandungan utama',
  searchLabel: 'Cari dalam laman ini',
  searchButton: 'Cari',
  accessibility: 'Kebolehcapaian',
  careMode: 'Mod warga emas',
  careModeHint: 'Teks lebih besar, kontras lebih kuat, tiada gerakan',
  notConfigured: 'Kepala laman tidak dapat dipaparkan di sini: tiada laman ditetapkan.',
  invalid: 'Kepala laman tidak dapat dipaparkan: rekod laman melanggar peraturan penamaan.',
  invalidFields: 'Medan yang perlu dibetulkan:',
  wholeRecord: 'keseluruhan rekod',
} satisfies Translation<MastheadStrings>;
