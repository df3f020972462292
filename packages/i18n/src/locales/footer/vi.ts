/** Vietnamese strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Về trang web này',
  organizer: 'Đơn vị chủ quản:',
  siteCode: 'Mã định danh trang web:',
  icp: 'Số đăng ký ICP:',
  publicSecurity: 'Số đăng ký công an:',
  phone: 'Điện thoại:',
  email: 'Thư điện tử:',
  address: 'Địa chỉ:',
  contact: 'Liên hệ',
  sitemap: 'Sơ đồ trang',
  reportError: 'Báo lỗi trên trang web này',
  external: 'Trang web bên ngoài',
  notConfigured: 'Không thể hiển thị thông tin trang web ở đây: chưa đặt trang web.',
  invalid: 'Không thể hiển thị thông tin trang web: hồ sơ trang web vi phạm quy tắc đặt tên.',
  invalidFields: 'Các trường cần sửa:',
  wholeRecord: 'toàn bộ hồ sơ',
} satisfies Translation<FooterStrings>;
