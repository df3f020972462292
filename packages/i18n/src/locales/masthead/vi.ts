/** Vietnamese strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Chuyển đến nội dung chính',
  searchLabel: 'Tìm kiếm trong trang',
  searchButton: 'Tìm kiếm',
  accessibility: 'Trợ năng',
  careMode: 'Chế độ chăm sóc',
  careModeHint: 'Chữ to hơn, tương phản mạnh hơn, không chuyển động',
  notConfigured: 'Không thể hiển thị đầu trang ở đây: chưa đặt trang web.',
  invalid: 'Không thể hiển thị đầu trang: hồ sơ trang web vi phạm quy tắc đặt tên.',
  invalidFields: 'Các trường cần sửa:',
  wholeRecord: 'toàn bộ hồ sơ',
} satisfies Translation<MastheadStrings>;
