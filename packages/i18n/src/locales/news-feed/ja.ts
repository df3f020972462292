/** Japanese strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'ニュース',
  columns: {
    headlines: '主要ニュース',
    updates: '商務動向',
    briefs: '商務短信',
  },
  empty: '表示するニュースはありません。',
  notConfigured: 'ニュースの取得元が設定されていません。',
} satisfies Translation<NewsFeedStrings>;
