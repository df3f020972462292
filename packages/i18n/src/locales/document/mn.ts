/** Mongolian strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Ийм баримт бичиг байхгүй.',
  notFoundHint: 'Хаягаа шалгах эсвэл баримт бичгийг дугаараар нь хайна уу.',
  fallback: 'Энэ баримт бичиг таны хэлээр байхгүй тул хятад хэлээр харуулж байна.',
  fileNumber: 'Баримт бичгийн дугаар',
  indexNumber: 'Индексийн дугаар',
  issuer: 'Гаргасан байгууллага',
  type: 'Төрөл',
  category: 'Ангилал',
  written: 'Үйлдсэн огноо',
  published: 'Нийтэлсэн огноо',
  effective: 'Хүчин төгөлдөр болсон огноо',
  validity: 'Хүчинтэй байдал',
  replacedBy: 'Орлуулсан баримт бичиг',
  attachments: 'Хавсралт',
  interpretations: 'Тайлбар',
  relations: 'Холбогдох баримт бичиг',
  relationKinds: {
    amends: 'Өөрчилдөг',
    'amended-by': 'Өөрчлөгдсөн',
    repeals: 'Хүчингүй болгодог',
    'repealed-by': 'Хүчингүй болсон',
  },
} satisfies Translation<DocumentStrings>;
