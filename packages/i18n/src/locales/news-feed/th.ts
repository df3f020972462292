/** Thai strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'ข่าว',
  columns: {
    headlines: 'ข่าวเด่น',
    updates: 'ความเคลื่อนไหว',
    briefs: 'ข่าวสั้น',
  },
  empty: 'ไม่มีข่าวที่จะแสดง',
  notConfigured: 'ยังไม่ได้กำหนดแหล่งข่าว',
} satisfies Translation<NewsFeedStrings>;
