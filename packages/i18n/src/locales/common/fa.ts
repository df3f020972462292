/** Persian strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'در حال بارگیری…',
  loadingMore: 'در حال بارگیری موارد بیشتر…',
  more: 'نمایش بیشتر',
  empty: 'چیزی برای نمایش وجود ندارد.',
  notConfigured: 'هیچ منبع داده‌ای پیکربندی نشده است.',
  error: 'بارگیری محتوا ممکن نشد.',
  errorMore: 'بارگیری موارد بیشتر ممکن نشد.',
  reasons: {
    network: 'دسترسی به کارساز ممکن نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
    crossOrigin:
      'دسترسی به سرویس درگاه (\u2068{{host}}\u2069) ممکن نشد. ممکن است سرویس از کار افتاده باشد یا درخواست‌های این وب‌گاه (\u2068{{origin}}\u2069) را نپذیرد.',
    unreachable:
      'دسترسی به سرویس درگاه (\u2068{{host}}\u2069) ممکن نشد. ممکن است سرویس از کار افتاده باشد؛ بعداً دوباره تلاش کنید.',
    timeout: 'پاسخ کارساز بیش از حد طول کشید.',
    server: 'کارساز با مشکل روبه‌رو شد (خطای {{status}}).',
    refused: 'کارساز درخواست را رد کرد (خطای {{status}}).',
    config: 'این مؤلفه درست تنظیم نشده است.',
    unknown: 'خطای غیرمنتظره‌ای رخ داد.',
  },
  retry: 'تلاش دوباره',
  stale: 'محتوای ذخیره‌شده نمایش داده می‌شود؛ به‌روزرسانی ممکن نشد.',
  offline: 'شما آفلاین هستید. با برقراری دوبارهٔ اتصال، محتوا دوباره بارگیری می‌شود.',
  loadedMore_one: '{{count}} مورد دیگر بارگیری شد.',
  loadedMore_other: '{{count}} مورد دیگر بارگیری شد.',
} satisfies Translation<CommonStrings>;
