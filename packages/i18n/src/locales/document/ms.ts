/** Malay strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Dokumen itu tidak wujud.',
  notFoundHint: 'Semak alamatnya, atau cari dokumen mengikut nombornya.',
  fallback: 'Dokumen ini tiada dalam bahasa anda. Ia dipaparkan dalam bahasa Cina.',
  fileNumber: 'Nombor dokumen',
  indexNumber: 'Nombor indeks',
  issuer: 'Dikeluarkan oleh',
  type: 'Jenis',
  category: 'Kategori',
  written: 'Ditulis pada',
  published: 'Diterbitkan pada',
  effective: 'Berkuat kuasa dari',
  validity: 'Status kuat kuasa',
  replacedBy: 'Digantikan oleh',
  attachments: 'Lampiran',
  interpretations: 'Penjelasan dasar',
  relations: 'Dokumen berkaitan',
  relationKinds: {
    amends: 'Meminda',
    'amended-by': 'Dipinda oleh',
    repeals: 'Memansuhkan',
    'repealed-by': 'Dimansuhkan oleh',
  },
} satisfies Translation<DocumentStrings>;
