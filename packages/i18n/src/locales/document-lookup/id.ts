/** Indonesian strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: 'Cari dokumen berdasarkan nomornya',
  label: 'Nomor dokumen',
  hint: 'Ketik seperti yang Anda lihat, misalnya 商资发〔2006〕123号 atau 商务部令2004年第14号.',
  readAs: 'Terbaca sebagai {{number}}',
  submit: 'Cari',
  notFound: 'Tidak ada dokumen dengan nomor {{number}}.',
  didYouMean: 'Apakah maksud Anda salah satu dari ini?',
  suggestionReasons: {
    'other-year': 'tahun lain',
    'neighbouring-sequence': 'nomor berdekatan',
    'near-issuer': 'kode penerbit yang mirip',
    'transposed-digits': 'dua angka tertukar',
  },
  unreadable: 'Server tidak dapat membaca nomor ini.',
  errors: {
    'not-a-string': 'Masukkan nomor dokumen sebagai teks.',
    empty: 'Masukkan nomor dokumen.',
    'too-long': 'Terlalu panjang untuk nomor dokumen. Masukkan nomornya saja.',
    'invalid-character':
      'Nomor ini berisi karakter yang tidak pernah ada dalam nomor dokumen. Hapus lalu coba lagi.',
    'unknown-form':
      'Ini tidak tampak seperti nomor dokumen. Tulis penerbit, tahun, dan nomornya, misalnya 商资发〔2006〕123号.',
    'no-issuer':
      'Penerbit tidak ada. Mulailah dengan kode atau namanya, misalnya 商资发 atau 商务部令.',
    'invalid-issuer':
      'Penerbit tidak terbaca. Tulis kode atau namanya dalam aksara Tionghoa, misalnya 商资发.',
    'no-year':
      'Tahun tidak ada. Tulis dalam kurung, misalnya 〔2006〕, atau sebelum nomor, seperti 2004年第14号.',
    'malformed-year': 'Tahun tidak terbaca. Tulis dengan empat angka, misalnya 2006.',
    'ambiguous-year':
      'Tahun dan nomor menyatu. Letakkan tahun dalam kurung, misalnya 商资发〔2006〕123号.',
    'year-out-of-range': 'Tahun harus antara 1949 dan 2100.',
    'no-sequence': 'Nomor urut setelah tahun tidak ada, misalnya 123 dalam 商资发〔2006〕123号.',
    'malformed-sequence':
      'Nomor urut setelah tahun tidak terbaca. Tulis dengan angka, misalnya 123.',
    'sequence-out-of-range': 'Nomor urut setelah tahun harus antara 1 dan 99999.',
    'trailing-text': 'Ada teks setelah nomor. Hapus semua yang ada setelah 号.',
  },
  browse: 'Atau telusuri menurut jenis, tahun, dan penerbit',
  type: 'Jenis dokumen',
  anyType: 'Semua jenis',
  year: 'Tahun',
  anyYear: 'Semua tahun',
  organ: 'Instansi penerbit',
  anyOrgan: 'Semua penerbit',
  show: 'Tampilkan dokumen',
  results: 'Dokumen ditemukan: {{count}}',
  noResults: 'Tidak ada dokumen yang sesuai dengan pilihan ini.',
} satisfies Translation<DocumentLookupStrings>;
