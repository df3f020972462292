/** Vietnamese strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Thư: số liệu trong năm',
  year: 'Năm',
  caption: 'Thư nhận được năm {{year}} và việc trả lời, theo tháng nhận',
  month: 'Tháng',
  received: 'Đã nhận',
  replied: 'Đã trả lời',
  onTime: 'Trả lời đúng hạn',
  median: 'Số ngày làm việc trung vị để trả lời',
  total: 'Cả năm',
  none: 'không có',
  summary_other:
    'Năm {{year}}: nhận {{n}} thư, {{percent}} được trả lời đúng hạn, trung vị {{days}}.',
  days_other: '{{n}} ngày làm việc',
  unreplied_other: 'Năm {{year}}: nhận {{n}} thư, chưa có thư nào được trả lời.',
  note: 'Đúng hạn: trả lời trong vòng 5 ngày làm việc kể từ khi nhận. Tỷ lệ tính trên số thư đã trả lời.',
  empty: 'Năm {{year}}: không nhận được thư nào.',
  notConfigured: 'Không thể hiển thị số liệu thống kê ở đây: chưa được thiết lập.',
} satisfies Translation<MessageStatsStrings>;
