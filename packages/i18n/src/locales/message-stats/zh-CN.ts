/** Simplified Chinese strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: '留言办理年度统计',
  year: '年份',
  caption: '{{year}}年收到的留言及答复情况（按收到月份）',
  month: '月份',
  received: '收到',
  replied: '已答复',
  onTime: '按时答复',
  median: '答复用时中位数（工作日）',
  total: '全年',
  none: '无',
  summary_other: '{{year}}年：收到留言 {{n}} 条，按时答复率 {{percent}}，答复用时中位数 {{days}}。',
  days_other: '{{n}} 个工作日',
  unreplied_other: '{{year}}年：收到留言 {{n}} 条，尚无答复。',
  note: '按时：收到后 5 个工作日内答复。百分比以已答复的留言为基数。',
  empty: '{{year}}年：未收到留言。',
  notConfigured: '此处无法显示统计数据：尚未设置。',
} satisfies Translation<MessageStatsStrings>;
