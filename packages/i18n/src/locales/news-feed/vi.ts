/** Vietnamese strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Tin tức',
  columns: {
    headlines: 'Tin nổi bật',
    updates: 'Tin cập nhật',
    briefs: 'Tin vắn',
  },
  more: 'Xem thêm tin',
  loadingMore: 'Đang tải thêm tin…',
  loading: 'Đang tải tin tức…',
  empty: 'Không có tin nào để hiển thị.',
  error: 'Không thể tải tin tức.',
  errorMore: 'Không thể tải thêm tin.',
  notConfigured: 'Chưa cấu hình nguồn tin.',
  reasons: {
    network: 'Không thể kết nối tới máy chủ tin tức. Hãy kiểm tra kết nối và thử lại.',
    timeout: 'Máy chủ tin tức phản hồi quá lâu.',
    server: 'Máy chủ tin tức gặp sự cố (lỗi {{status}}).',
    refused: 'Máy chủ tin tức đã từ chối yêu cầu (lỗi {{status}}).',
    config: 'Nguồn tin này chưa được thiết lập đúng.',
    unknown: 'Đã xảy ra lỗi ngoài dự kiến.',
  },
  retry: 'Thử lại',
  stale: 'Đang hiển thị nội dung đã lưu; không thể làm mới.',
  loaded_other: 'Đã tải {{count}} tin.',
  loadedMore_other: 'Đã tải thêm {{count}} tin.',
  publishedOn: 'Đăng ngày {{date}}',
} satisfies Translation<NewsFeedStrings>;
