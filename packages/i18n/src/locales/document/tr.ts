/** Turkish strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Böyle bir belge yok.',
  notFoundHint: 'Adresi kontrol edin veya belgeyi numarasıyla arayın.',
  fallback: 'Bu belge sizin dilinizde yok. Çince olarak gösteriliyor.',
  fileNumber: 'Belge numarası',
  indexNumber: 'Dizin numarası',
  issuer: 'Yayımlayan',
  type: 'Tür',
  category: 'Kategori',
  written: 'Yazıldığı tarih',
  published: 'Yayımlandığı tarih',
  effective: 'Yürürlük tarihi',
  validity: 'Geçerlilik',
  replacedBy: 'Yerine geçen',
  attachments: 'Ekler',
  interpretations: 'Açıklamalar',
  relations: 'İlgili belgeler',
  relationKinds: {
    amends: 'Değiştirdiği',
    'amended-by': 'Değiştiren',
    repeals: 'Yürürlükten kaldırdığı',
    'repealed-by': 'Yürürlükten kaldıran',
  },
} satisfies Translation<DocumentStrings>;
