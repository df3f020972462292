/** Indonesian strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Dokumen itu tidak ada.',
  notFoundHint: 'Periksa alamatnya, atau cari dokumen berdasarkan nomornya.',
  fallback:
    'Dokumen ini tidak tersedia dalam bahasa Anda. Dokumen ditampilkan dalam bahasa Tionghoa.',
  fileNumber: 'Nomor dokumen',
  indexNumber: 'Nomor indeks',
  issuer: 'Diterbitkan oleh',
  type: 'Jenis',
  category: 'Kategori',
  written: 'Disusun pada',
  published: 'Diterbitkan pada',
  effective: 'Berlaku sejak',
  validity: 'Status berlaku',
  replacedBy: 'Digantikan oleh',
  attachments: 'Lampiran',
  interpretations: 'Penjelasan',
  relations: 'Dokumen terkait',
  relationKinds: {
    amends: 'Mengubah',
    'amended-by': 'Diubah oleh',
    repeals: 'Mencabut',
    'repealed-by': 'Dicabut oleh',
  },
} satisfies Translation<DocumentStrings>;
