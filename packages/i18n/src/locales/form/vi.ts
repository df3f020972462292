/** Vietnamese strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Đã xảy ra sự cố',
  errorPrefix: 'Lỗi:',
  required: 'Nhập {{label}}',
  requiredChoice: 'Chọn {{label}}',
  tooLong: '{{label}} không được dài quá {{max}} ký tự',
  tooShort: '{{label}} phải có ít nhất {{min}} ký tự',
  pattern: '{{label}} không đúng định dạng',
  email: '{{label}} không đúng định dạng, ví dụ: name@example.com',
  invalid: 'Kiểm tra lại {{label}}',
  characterLimit: 'Bạn có thể nhập tối đa {{max}} ký tự',
  truncated: 'Văn bản quá dài: chỉ giữ lại {{max}} ký tự đầu tiên',
  charactersLeft_other: 'Bạn còn {{count}} ký tự',
  charactersOver_other: 'Bạn đã vượt quá {{count}} ký tự',
} satisfies Translation<FormStrings>;
