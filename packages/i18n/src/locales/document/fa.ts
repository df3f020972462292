/** Persian strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'چنین سندی وجود ندارد.',
  notFoundHint: 'نشانی را بررسی کنید یا سند را با شماره‌اش جست‌وجو کنید.',
  fallback: 'این سند به زبان شما موجود نیست و به زبان چینی نمایش داده می‌شود.',
  fileNumber: 'شمارهٔ سند',
  indexNumber: 'شمارهٔ نمایه',
  issuer: 'صادرکننده',
  type: 'نوع',
  category: 'دسته',
  written: 'تاریخ نگارش',
  published: 'تاریخ انتشار',
  effective: 'لازم‌الاجرا از',
  validity: 'اعتبار',
  replacedBy: 'جایگزین‌شده با',
  attachments: 'پیوست‌ها',
  interpretations: 'تفسیرها',
  relations: 'اسناد مرتبط',
  relationKinds: {
    amends: 'اصلاح می‌کند',
    'amended-by': 'اصلاح‌شده با',
    repeals: 'لغو می‌کند',
    'repealed-by': 'لغوشده با',
  },
} satisfies Translation<DocumentStrings>;
