/** Chinese (Simplified) strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: '新闻',
  columns: {
    headlines: '商务要闻',
    updates: '商务动态',
    briefs: '商务简讯',
  },
  empty: '暂无新闻。',
  notConfigured: '未配置新闻来源。',
} satisfies Translation<NewsFeedStrings>;
