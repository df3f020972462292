/** Japanese strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'メッセージ：年間の数字',
  year: '年',
  caption: '{{year}}年に受け付けたメッセージと回答状況（受付月別）',
  month: '月',
  received: '受付',
  replied: '回答済み',
  onTime: '期限内に回答',
  median: '回答までの営業日数（中央値）',
  total: '年間合計',
  none: 'なし',
  summary_other: '{{year}}年：受付 {{n}} 件、期限内回答率 {{percent}}、回答日数の中央値 {{days}}。',
  days_other: '{{n}} 営業日',
  unreplied_other: '{{year}}年：受付 {{n}} 件、まだ回答はありません。',
  note: '期限内：受付から5営業日以内に回答。割合は回答済みのメッセージに対するものです。',
  empty: '{{year}}年：受け付けたメッセージはありません。',
  notConfigured: '統計をここに表示できません：設定されていません。',
} satisfies Translation<MessageStatsStrings>;
