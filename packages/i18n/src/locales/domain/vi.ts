/** Vietnamese names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Nghị quyết',
    decision: 'Quyết định',
    order: 'Mệnh lệnh',
    communique: 'Thông cáo',
    announcement: 'Công cáo',
    'public-notice': 'Bố cáo',
    opinion: 'Ý kiến',
    notice: 'Thông tri',
    circular: 'Thông báo',
    report: 'Báo cáo',
    request: 'Tờ trình',
    reply: 'Văn bản trả lời',
    motion: 'Kiến nghị',
    letter: 'Công văn',
    minutes: 'Biên bản',
  },
  policyCategories: {
    'domestic-trade': 'Thương mại nội địa',
    'foreign-trade': 'Ngoại thương',
    'foreign-investment': 'Thu hút đầu tư nước ngoài',
    'international-cooperation': 'Hợp tác kinh tế quốc tế',
  },
  publicationKinds: {
    order: 'Lệnh của Bộ',
    announcement: 'Công cáo',
    bulletin: 'Công báo',
  },
  validity: {
    'in-force': 'Còn hiệu lực',
    amended: 'Đã sửa đổi',
    repealed: 'Đã bãi bỏ',
    expired: 'Hết hiệu lực',
  },
} satisfies Translation<DomainStrings>;
