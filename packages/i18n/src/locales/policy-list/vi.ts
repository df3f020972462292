/** Vietnamese strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Chính sách',
  filters: 'Bộ lọc',
  query: 'Từ trong tiêu đề hoặc nội dung',
  search: 'Tìm kiếm',
  sort: 'Sắp xếp theo',
  sorts: {
    newest: 'Mới nhất trước',
    relevance: 'Liên quan nhất trước',
  },
  category: 'Danh mục',
  type: 'Loại văn bản',
  organ: 'Cơ quan ban hành',
  year: 'Năm',
  yearFrom: 'Từ',
  yearTo: 'Đến',
  anyYear: 'Mọi năm',
  moreValues: 'Thêm {{n}} mục',
  validity: 'Hiệu lực',
  results_other: 'Tìm thấy {{n}} văn bản',
  empty: 'Không có văn bản nào phù hợp với bộ lọc.',
  clearFilters: 'Xóa bộ lọc',
  notConfigured: 'Chưa cấu hình nguồn văn bản.',
  amendedBy: 'Được sửa đổi bởi',
  repealedBy: 'Bị bãi bỏ bởi',
} satisfies Translation<PolicyListStrings>;
