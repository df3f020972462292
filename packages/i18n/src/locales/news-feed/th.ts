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
  more: 'ข่าวเพิ่มเติม',
  loadingMore: 'กำลังโหลดข่าวเพิ่มเติม…',
  loading: 'กำลังโหลดข่าว…',
  empty: 'ไม่มีข่าวที่จะแสดง',
  error: 'ไม่สามารถโหลดข่าวได้',
  errorMore: 'ไม่สามารถโหลดข่าวเพิ่มเติมได้',
  notConfigured: 'ยังไม่ได้กำหนดแหล่งข่าว',
  retry: 'ลองอีกครั้ง',
  stale: 'กำลังแสดงเนื้อหาที่บันทึกไว้ ไม่สามารถรีเฟรชได้',
  loaded_other: 'โหลดข่าวแล้ว {{count}} รายการ',
  loadedMore_other: 'โหลดข่าวเพิ่มอีก {{count}} รายการ',
  publishedOn: 'เผยแพร่เมื่อ {{date}}',
} satisfies Translation<NewsFeedStrings>;
