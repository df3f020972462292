/** Vietnamese strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: 'Tìm văn bản theo số hiệu',
  label: 'Số hiệu văn bản',
  hint: 'Nhập đúng như bạn thấy, ví dụ 商资发〔2006〕123号 hoặc 商务部令2004年第14号.',
  readAs: 'Đọc là {{number}}',
  submit: 'Tìm',
  notFound: 'Không có văn bản nào mang số hiệu {{number}}.',
  didYouMean: 'Có phải bạn muốn tìm một trong các văn bản này?',
  suggestionReasons: {
    'other-year': 'khác năm',
    'neighbouring-sequence': 'số liền kề',
    'near-issuer': 'mã cơ quan gần giống',
    'transposed-digits': 'đảo hai chữ số',
  },
  unreadable: 'Máy chủ không đọc được số hiệu này.',
  errors: {
    'not-a-string': 'Hãy nhập số hiệu văn bản dưới dạng chữ.',
    empty: 'Hãy nhập số hiệu văn bản.',
    'too-long': 'Nội dung quá dài so với một số hiệu văn bản. Chỉ nhập số hiệu.',
    'invalid-character':
      'Số hiệu có một ký tự không bao giờ xuất hiện trong số hiệu văn bản. Hãy xóa ký tự đó rồi thử lại.',
    'unknown-form':
      'Đây không giống số hiệu văn bản. Hãy viết cơ quan ban hành, năm và số, ví dụ 商资发〔2006〕123号.',
    'no-issuer':
      'Thiếu cơ quan ban hành. Hãy bắt đầu bằng mã hoặc tên cơ quan, ví dụ 商资发 hoặc 商务部令.',
    'invalid-issuer':
      'Không đọc được cơ quan ban hành. Hãy viết mã hoặc tên bằng chữ Hán, ví dụ 商资发.',
    'no-year':
      'Thiếu năm. Hãy viết năm trong ngoặc, ví dụ 〔2006〕, hoặc trước số, như 2004年第14号.',
    'malformed-year': 'Không đọc được năm. Hãy viết bằng bốn chữ số, ví dụ 2006.',
    'ambiguous-year': 'Năm và số bị viết liền. Hãy đặt năm trong ngoặc, ví dụ 商资发〔2006〕123号.',
    'year-out-of-range': 'Năm phải từ 1949 đến 2100.',
    'no-sequence': 'Thiếu số thứ tự sau năm, ví dụ 123 trong 商资发〔2006〕123号.',
    'malformed-sequence': 'Không đọc được số thứ tự sau năm. Hãy viết bằng chữ số, ví dụ 123.',
    'sequence-out-of-range': 'Số thứ tự sau năm phải từ 1 đến 99999.',
    'trailing-text': 'Có chữ thừa sau số hiệu. Hãy xóa mọi thứ sau 号.',
  },
  browse: 'Hoặc duyệt theo loại, năm và cơ quan ban hành',
  type: 'Loại văn bản',
  anyType: 'Mọi loại',
  year: 'Năm',
  anyYear: 'Mọi năm',
  organ: 'Cơ quan ban hành',
  anyOrgan: 'Mọi cơ quan',
  show: 'Hiển thị văn bản',
  results: 'Số văn bản tìm thấy: {{count}}',
  noResults: 'Không có văn bản nào khớp với lựa chọn này.',
} satisfies Translation<DocumentLookupStrings>;
