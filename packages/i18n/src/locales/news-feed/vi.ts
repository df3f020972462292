/** Vietnamese strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Tin tức',
  columns: {
    headlines: 'Tin nổi bật',
    updates: 'Tin cập nhật',
    briefs: 'Tin vắn',
  },
  empty: 'Không có tin nào để hiển thị.',
  notConfigured: 'Chưa cấu hình nguồn tin.',
} satisfies Translation<NewsFeedStrings>;
