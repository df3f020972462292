/** Japanese names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: '決議',
    decision: '決定',
    order: '命令',
    communique: '公報',
    announcement: '公告',
    'public-notice': '通告',
    opinion: '意見',
    notice: '通知',
    circular: '通報',
    report: '報告',
    request: '請示（伺い）',
    reply: '批復（回答）',
    motion: '議案',
    letter: '書簡',
    minutes: '議事要録',
  },
  policyCategories: {
    'domestic-trade': '国内貿易',
    'foreign-trade': '対外貿易',
    'foreign-investment': '外資利用',
    'international-cooperation': '国際経済協力',
  },
  publicationKinds: {
    order: '省令',
    announcement: '公告',
    bulletin: '文告',
  },
  validity: {
    'in-force': '現行',
    amended: '改正済み',
    repealed: '廃止',
    expired: '失効',
  },
} satisfies Translation<DomainStrings>;
