/** Arabic strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'الأخبار',
  columns: {
    headlines: 'أهم الأخبار',
    updates: 'المستجدات',
    briefs: 'أخبار موجزة',
  },
  more: 'مزيد من الأخبار',
  loadingMore: 'جارٍ تحميل المزيد من الأخبار…',
  loading: 'جارٍ تحميل الأخبار…',
  empty: 'لا توجد أخبار لعرضها.',
  error: 'تعذّر تحميل الأخبار.',
  errorMore: 'تعذّر تحميل المزيد من الأخبار.',
  notConfigured: 'لم يُضبط مصدر للأخبار.',
  reasons: {
    network: 'تعذّر الوصول إلى خادم الأخبار. تحقّق من اتصالك ثم أعد المحاولة.',
    timeout: 'استغرق خادم الأخبار وقتًا طويلًا في الرد.',
    server: 'حدثت مشكلة في خادم الأخبار (الخطأ {{status}}).',
    refused: 'رفض خادم الأخبار الطلب (الخطأ {{status}}).',
    config: 'لم يُضبط موجز الأخبار هذا بشكل صحيح.',
    unknown: 'حدث خطأ غير متوقع.',
  },
  retry: 'إعادة المحاولة',
  stale: 'يُعرض محتوى محفوظ؛ تعذّر التحديث.',
  loaded_zero: 'لم يُحمَّل أي خبر.',
  loaded_one: 'تم تحميل خبر واحد.',
  loaded_two: 'تم تحميل خبرين.',
  loaded_few: 'تم تحميل {{count}} أخبار.',
  loaded_many: 'تم تحميل {{count}} خبرًا.',
  loaded_other: 'تم تحميل {{count}} خبر.',
  loadedMore_zero: 'لم يُحمَّل أي خبر إضافي.',
  loadedMore_one: 'تم تحميل خبر إضافي واحد.',
  loadedMore_two: 'تم تحميل خبرين إضافيين.',
  loadedMore_few: 'تم تحميل {{count}} أخبار إضافية.',
  loadedMore_many: 'تم تحميل {{count}} خبرًا إضافيًا.',
  loadedMore_other: 'تم تحميل {{count}} خبر إضافي.',
  publishedOn: 'نُشر في {{date}}',
} satisfies Translation<NewsFeedStrings>;
