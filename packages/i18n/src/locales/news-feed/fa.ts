/** Persian strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'اخبار',
  columns: {
    headlines: 'اخبار مهم',
    updates: 'تازه‌ها',
    briefs: 'اخبار کوتاه',
  },
  more: 'اخبار بیشتر',
  loadingMore: 'در حال بارگیری اخبار بیشتر…',
  loading: 'در حال بارگیری اخبار…',
  empty: 'خبری برای نمایش وجود ندارد.',
  error: 'بارگیری اخبار ممکن نشد.',
  errorMore: 'بارگیری اخبار بیشتر ممکن نشد.',
  notConfigured: 'هیچ منبع خبری پیکربندی نشده است.',
  reasons: {
    network: 'دسترسی به کارساز اخبار ممکن نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
    timeout: 'پاسخ کارساز اخبار بیش از حد طول کشید.',
    server: 'کارساز اخبار با مشکل روبه‌رو شد (خطای {{status}}).',
    refused: 'کارساز اخبار درخواست را رد کرد (خطای {{status}}).',
    config: 'این خوراک خبری درست تنظیم نشده است.',
    unknown: 'خطای غیرمنتظره‌ای رخ داد.',
  },
  retry: 'تلاش دوباره',
  stale: 'محتوای ذخیره‌شده نمایش داده می‌شود؛ به‌روزرسانی ممکن نشد.',
  loaded_one: '{{count}} خبر بارگیری شد.',
  loaded_other: '{{count}} خبر بارگیری شد.',
  loadedMore_one: '{{count}} خبر دیگر بارگیری شد.',
  loadedMore_other: '{{count}} خبر دیگر بارگیری شد.',
  publishedOn: 'منتشرشده در {{date}}',
} satisfies Translation<NewsFeedStrings>;
