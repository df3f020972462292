/** Vietnamese strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Câu hỏi và trả lời đã công bố',
  query: 'Tìm trong câu hỏi và trả lời',
  search: 'Tìm kiếm',
  results_other: 'Tìm thấy {{n}} câu hỏi và trả lời',
  empty: 'Chưa có câu hỏi và trả lời nào được công bố.',
  emptySearch: 'Không có câu hỏi hoặc trả lời đã công bố nào khớp với tìm kiếm của bạn.',
  clearSearch: 'Xóa tìm kiếm',
  notConfigured: 'Không thể hiển thị thư đã công bố ở đây: danh sách chưa được thiết lập.',
  kindConsultation: 'Hỏi đáp',
  kindSuggestion: 'Góp ý',
  kindComplaint: 'Khiếu nại',
  received: 'Ngày nhận',
  replied: 'Ngày trả lời',
  question: 'Câu hỏi',
  reply: 'Trả lời',
  moreQuestion: 'Xem toàn bộ câu hỏi',
  moreReply: 'Xem toàn bộ câu trả lời',
  less: 'Thu gọn',
  matched: 'Đoạn khớp',
} satisfies Translation<MessageListStrings>;
