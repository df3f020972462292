/** Chinese (Simplified) names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: '决议',
    decision: '决定',
    order: '命令（令）',
    communique: '公报',
    announcement: '公告',
    'public-notice': '通告',
    opinion: '意见',
    notice: '通知',
    circular: '通报',
    report: '报告',
    request: '请示',
    reply: '批复',
    motion: '议案',
    letter: '函',
    minutes: '纪要',
  },
  policyCategories: {
    'domestic-trade': '国内贸易',
    'foreign-trade': '对外贸易',
    'foreign-investment': '利用外资',
    'international-cooperation': '国际经济合作',
  },
  publicationKinds: {
    order: '部令',
    announcement: '公告',
    bulletin: '文告',
  },
  validity: {
    'in-force': '有效',
    amended: '已修订',
    repealed: '已废止',
    expired: '已失效',
  },
} satisfies Translation<DomainStrings>;
