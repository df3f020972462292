/** Malay strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: 'Cari dokumen mengikut nombornya',
  label: 'Nombor dokumen',
  hint: 'Taipkan seperti yang anda lihat, contohnya 商资发〔2006〕123号 atau 商务部令2004年第14号.',
  readAs: 'Dibaca sebagai {{number}}',
  submit: 'Cari',
  notFound: 'Tiada dokumen dengan nombor {{number}}.',
  didYouMean: 'Adakah anda maksudkan salah satu daripada ini?',
  suggestionReasons: {
    'other-year': 'tahun lain',
    'neighbouring-sequence': 'nombor bersebelahan',
    'near-issuer': 'kod pengeluar yang hampir sama',
    'transposed-digits': 'dua digit tertukar',
  },
  unreadable: 'Pelayan tidak dapat membaca nombor ini.',
  errors: {
    'not-a-string': 'Masukkan nombor dokumen sebagai teks.',
    empty: 'Masukkan nombor dokumen.',
    'too-long': 'Terlalu panjang untuk nombor dokumen. Masukkan nombornya sahaja.',
    'invalid-character':
      'Nombor ini mengandungi aksara yang tidak pernah ada dalam nombor dokumen. Padamkan dan cuba lagi.',
    'unknown-form':
      'Ini tidak kelihatan seperti nombor dokumen. Tulis pengeluar, tahun dan nombor, contohnya 商资发〔2006〕123号.',
    'no-issuer':
      'Pengeluar tiada. Mulakan dengan kod atau namanya, contohnya 商资发 atau 商务部令.',
    'invalid-issuer':
      'Pengeluar tidak dapat dibaca. Tulis kod atau namanya dalam aksara Cina, contohnya 商资发.',
    'no-year':
      'Tahun tiada. Tulis dalam kurungan, contohnya 〔2006〕, atau sebelum nombor, seperti 2004年第14号.',
    'malformed-year': 'Tahun tidak dapat dibaca. Tulis dengan empat digit, contohnya 2006.',
    'ambiguous-year':
      'Tahun dan nombor bercantum. Letakkan tahun dalam kurungan, contohnya 商资发〔2006〕123号.',
    'year-out-of-range': 'Tahun mesti antara 1949 dan 2100.',
    'no-sequence': 'Nombor siri selepas tahun tiada, contohnya 123 dalam 商资发〔2006〕123号.',
    'malformed-sequence':
      'Nombor siri selepas tahun tidak dapat dibaca. Tulis dengan digit, contohnya 123.',
    'sequence-out-of-range': 'Nombor siri selepas tahun mesti antara 1 dan 99999.',
    'trailing-text': 'Ada teks selepas nombor. Padamkan semua selepas 号.',
  },
  browse: 'Atau semak imbas mengikut jenis, tahun dan pengeluar',
  type: 'Jenis dokumen',
  anyType: 'Semua jenis',
  year: 'Tahun',
  anyYear: 'Semua tahun',
  organ: 'Badan pengeluar',
  anyOrgan: 'Semua pengeluar',
  show: 'Tunjukkan dokumen',
  results: 'Dokumen ditemui: {{count}}',
  noResults: 'Tiada dokumen yang sepadan dengan pilihan ini.',
} satisfies Translation<DocumentLookupStrings>;
