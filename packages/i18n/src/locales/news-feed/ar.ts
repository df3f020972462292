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
  empty: 'لا توجد أخبار لعرضها.',
  notConfigured: 'لم يُضبط مصدر للأخبار.',
} satisfies Translation<NewsFeedStrings>;
