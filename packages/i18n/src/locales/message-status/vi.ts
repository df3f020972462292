/** Vietnamese strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Theo dõi tin nhắn của bạn',
  intro:
    'Nhập mã tra cứu và mã truy cập trên biên nhận để xem tình trạng xử lý tin nhắn và đọc câu trả lời.',
  trackingNumber: 'Mã tra cứu',
  trackingNumberHint:
    'Như trên biên nhận, ví dụ M26-7KQ4-9XHC. Không phân biệt chữ hoa, dấu cách hay dấu gạch ngang.',
  trackingMistyped: 'Mã tra cứu này có vẻ bị gõ sai: hãy đối chiếu với biên nhận',
  accessCode: 'Mã truy cập',
  accessCodeHint:
    '16 chữ cái và chữ số, ví dụ 7KQ4-9XHC-2M5R-PWZ8. Mã không bao giờ được lưu trên thiết bị này.',
  accessCodeInvalid: 'Nhập mã truy cập như trên biên nhận: 16 chữ cái và chữ số',
  submit: 'Xem tình trạng',
  notFound:
    'Không có tin nhắn nào khớp với mã tra cứu và mã truy cập này. Hãy đối chiếu cả hai với biên nhận rồi thử lại.',
  notConfigured: 'Không thể theo dõi tin nhắn từ trang này: trang chưa được thiết lập.',
  failed: 'Không tải được tình trạng tin nhắn của bạn.',
  subject: 'Tiêu đề',
  due: 'Hạn trả lời: {{date}}',
  daysLeft_other: 'Còn {{count}} ngày làm việc',
  dueToday: 'Đến hạn hôm nay',
  overdue_other: 'Quá hạn {{count}} ngày làm việc',
  repliedOn: 'Đã trả lời ngày {{date}}',
  timeline: 'Tiến trình xử lý',
  received: 'Đã nhận',
  forwarded: 'Đã chuyển đến đơn vị phụ trách',
  replied: 'Đã trả lời',
  published: 'Đã công bố kèm câu trả lời',
  reply: 'Câu trả lời',
} satisfies Translation<MessageStatusStrings>;
