/** Arabic strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'لا توجد وثيقة بهذا العنوان.',
  notFoundHint: 'تحقق من العنوان، أو ابحث عن الوثيقة برقمها.',
  fallback: 'هذه الوثيقة غير متاحة بلغتك، لذا تُعرض باللغة الصينية.',
  fileNumber: 'رقم الوثيقة',
  indexNumber: 'رقم الفهرسة',
  issuer: 'الجهة المصدِرة',
  type: 'النوع',
  category: 'الفئة',
  written: 'تاريخ التحرير',
  published: 'تاريخ النشر',
  effective: 'سارية اعتبارًا من',
  validity: 'حالة السريان',
  replacedBy: 'حلّت محلها',
  attachments: 'المرفقات',
  interpretations: 'الشروح',
  relations: 'وثائق ذات صلة',
  relationKinds: {
    amends: 'تعدّل',
    'amended-by': 'عُدّلت بموجب',
    repeals: 'تلغي',
    'repealed-by': 'أُلغيت بموجب',
  },
} satisfies Translation<DocumentStrings>;
