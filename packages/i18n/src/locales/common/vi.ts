/** Vietnamese strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Đang tải…',
  loadingMore: 'Đang tải thêm…',
  more: 'Xem thêm',
  empty: 'Không có gì để hiển thị.',
  notConfigured: 'Chưa cấu hình nguồn dữ liệu.',
  error: 'Không thể tải nội dung.',
  errorMore: 'Không thể tải thêm mục.',
  reasons: {
    network: 'Không thể kết nối tới máy chủ. Hãy kiểm tra kết nối và thử lại.',
    crossOrigin:
      'Không thể kết nối tới dịch vụ cổng thông tin ({{host}}). Dịch vụ có thể đang ngừng hoạt động hoặc không cho phép yêu cầu từ trang này ({{origin}}).',
    unreachable:
      'Không thể kết nối tới dịch vụ cổng thông tin ({{host}}). Dịch vụ có thể đang ngừng hoạt động; hãy thử lại sau.',
    timeout: 'Máy chủ phản hồi quá lâu.',
    server: 'Máy chủ gặp sự cố (lỗi {{status}}).',
    refused: 'Máy chủ đã từ chối yêu cầu (lỗi {{status}}).',
    config: 'Thành phần này chưa được thiết lập đúng.',
    unknown: 'Đã xảy ra lỗi ngoài dự kiến.',
  },
  retry: 'Thử lại',
  stale: 'Đang hiển thị nội dung đã lưu; không thể làm mới.',
  offline: 'Bạn đang ngoại tuyến. Nội dung sẽ được tải lại khi có kết nối.',
  loadedMore_other: 'Đã tải thêm {{count}} mục.',
} satisfies Translation<CommonStrings>;
