/** Vietnamese strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Không có văn bản này.',
  notFoundHint: 'Hãy kiểm tra địa chỉ hoặc tìm văn bản theo số hiệu.',
  fallback: 'Văn bản này chưa có bản bằng ngôn ngữ của bạn nên được hiển thị bằng tiếng Trung.',
  fileNumber: 'Số hiệu văn bản',
  indexNumber: 'Số chỉ mục',
  issuer: 'Cơ quan ban hành',
  type: 'Loại văn bản',
  category: 'Lĩnh vực',
  written: 'Ngày soạn thảo',
  published: 'Ngày công bố',
  effective: 'Có hiệu lực từ',
  validity: 'Hiệu lực',
  replacedBy: 'Được thay thế bởi',
  attachments: 'Tệp đính kèm',
  interpretations: 'Giải thích chính sách',
  relations: 'Văn bản liên quan',
  relationKinds: {
    amends: 'Sửa đổi',
    'amended-by': 'Được sửa đổi bởi',
    repeals: 'Bãi bỏ',
    'repealed-by': 'Bị bãi bỏ bởi',
  },
} satisfies Translation<DocumentStrings>;
