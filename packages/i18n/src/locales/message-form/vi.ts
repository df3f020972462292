/** Vietnamese strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'Gửi tin nhắn',
  intro: 'Đặt câu hỏi, góp ý hoặc khiếu nại. Mọi tin nhắn đều được trả lời.',
  kind: 'Loại tin nhắn',
  kindChoose: 'Chọn một loại',
  kindConsultation: 'Câu hỏi',
  kindSuggestion: 'Góp ý',
  kindComplaint: 'Khiếu nại',
  subject: 'Tiêu đề',
  subjectHint: 'Vài từ cho biết tin nhắn của bạn nói về điều gì.',
  body: 'Nội dung tin nhắn',
  bodyHint: 'Không ghi số căn cước, số điện thoại hoặc địa chỉ email ở đây.',
  piiWarning:
    'Tin nhắn của bạn có vẻ chứa thông tin cá nhân ({{found}}). Câu trả lời có thể được công bố: hãy xóa nếu không cần thiết.',
  piiIdNumber: 'số căn cước',
  piiPhone: 'số điện thoại',
  piiEmail: 'địa chỉ email',
  contact: 'Cách liên hệ với bạn (không bắt buộc)',
  contactHint: 'Chỉ dùng để trả lời bạn. Không bao giờ công bố.',
  name: 'Họ tên',
  email: 'Địa chỉ email',
  phone: 'Số điện thoại',
  phoneHint: 'Chỉ gồm chữ số, khoảng trắng và + - ( ).',
  phoneInvalid: 'Nhập số điện thoại chỉ gồm chữ số, khoảng trắng và + - ( )',
  publish:
    'Tôi đồng ý công bố tin nhắn và câu trả lời, không kèm họ tên và thông tin liên hệ của tôi',
  submit: 'Gửi tin nhắn',
  sending: 'Đang gửi tin nhắn…',
  draftSaved: 'Đã lưu bản nháp trên thiết bị này.',
  draftRestored: 'Đã khôi phục bản nháp chưa gửi của bạn.',
  offlineDraft: 'Bạn đang ngoại tuyến. Bản nháp được lưu trên thiết bị này.',
  offlineQueued:
    'Bạn đang ngoại tuyến. Tin nhắn được lưu trên thiết bị này và sẽ được gửi khi có kết nối trở lại.',
  failed: 'Tin nhắn chưa được gửi. Tin nhắn vẫn được lưu trên thiết bị này: hãy thử lại.',
  rejected: '«{{label}}» không được chấp nhận. Hãy kiểm tra và gửi lại.',
  tooLarge: 'Tin nhắn quá lớn để gửi. Hãy rút ngắn và gửi lại.',
  rateLimited: 'Đã có quá nhiều tin nhắn gửi từ kết nối này. Hãy thử lại sau {{time}}.',
  changed: 'Tin nhắn của bạn đã được nhận trước lần sửa gần nhất; phần sửa chưa được gửi.',
  notConfigured: 'Không thể gửi tin nhắn từ trang này: trang chưa được thiết lập.',
  received: 'Đã nhận tin nhắn',
  trackingNumber: 'Mã tra cứu',
  accessCode: 'Mã truy cập',
  keepThese:
    'Hãy lưu lại: bạn cần cả hai để theo dõi tin nhắn và đọc câu trả lời. Mã truy cập sẽ không hiển thị lại.',
  copy: 'Sao chép',
  copied: 'Đã sao chép.',
  copyManually: 'Đã chọn: nhấn Ctrl+C để sao chép.',
  due: 'Bạn sẽ nhận được trả lời trong vòng 5 ngày làm việc, chậm nhất ngày {{date}}.',
  another: 'Gửi tin nhắn khác',
} satisfies Translation<MessageFormStrings>;
