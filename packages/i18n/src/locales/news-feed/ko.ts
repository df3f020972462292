/** Korean strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: '뉴스',
  columns: {
    headlines: '주요 뉴스',
    updates: '최신 동향',
    briefs: '단신',
  },
  empty: '표시할 뉴스가 없습니다.',
  notConfigured: '뉴스 출처가 설정되지 않았습니다.',
} satisfies Translation<NewsFeedStrings>;
