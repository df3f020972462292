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
  empty: 'خبری برای نمایش وجود ندارد.',
  notConfigured: 'هیچ منبع خبری پیکربندی نشده است.',
} satisfies Translation<NewsFeedStrings>;
