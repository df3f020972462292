/** Arabic strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'جارٍ التحميل…',
  loadingMore: 'جارٍ تحميل المزيد…',
  more: 'عرض المزيد',
  empty: 'لا يوجد ما يُعرض.',
  notConfigured: 'لم يُضبط مصدر للبيانات.',
  error: 'تعذّر تحميل المحتوى.',
  errorMore: 'تعذّر تحميل المزيد من العناصر.',
  reasons: {
    network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك ثم أعد المحاولة.',
    crossOrigin:
      'تعذّر الوصول إلى خدمة البوابة (\u2068{{host}}\u2069). ربما تكون متوقفة، أو لا تسمح بالطلبات من هذا الموقع (\u2068{{origin}}\u2069).',
    unreachable:
      'تعذّر الوصول إلى خدمة البوابة (\u2068{{host}}\u2069). ربما تكون متوقفة؛ أعد المحاولة لاحقًا.',
    timeout: 'استغرق الخادم وقتًا طويلًا في الرد.',
    server: 'حدثت مشكلة في الخادم (الخطأ {{status}}).',
    refused: 'رفض الخادم الطلب (الخطأ {{status}}).',
    config: 'لم يُضبط هذا المكوّن بشكل صحيح.',
    unknown: 'حدث خطأ غير متوقع.',
  },
  retry: 'إعادة المحاولة',
  stale: 'يُعرض محتوى محفوظ؛ تعذّر التحديث.',
  offline: 'أنت غير متصل بالإنترنت. سيُعاد تحميل المحتوى عند عودة الاتصال.',
  loadedMore_zero: 'لم يُحمَّل أي عنصر إضافي.',
  loadedMore_one: 'تم تحميل عنصر إضافي واحد.',
  loadedMore_two: 'تم تحميل عنصرين إضافيين.',
  loadedMore_few: 'تم تحميل {{count}} عناصر إضافية.',
  loadedMore_many: 'تم تحميل {{count}} عنصرًا إضافيًا.',
  loadedMore_other: 'تم تحميل {{count}} عنصر إضافي.',
} satisfies Translation<CommonStrings>;
