/** Korean names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: '결의',
    decision: '결정',
    order: '명령',
    communique: '공보',
    announcement: '공고',
    'public-notice': '통고',
    opinion: '의견',
    notice: '통지',
    circular: '통보',
    report: '보고',
    request: '지시 요청',
    reply: '회답',
    motion: '의안',
    letter: '서한',
    minutes: '회의록',
  },
  policyCategories: {
    'domestic-trade': '국내 무역',
    'foreign-trade': '대외 무역',
    'foreign-investment': '외자 이용',
    'international-cooperation': '국제 경제 협력',
  },
  publicationKinds: {
    order: '부령',
    announcement: '공고',
    bulletin: '회보',
  },
  validity: {
    'in-force': '시행 중',
    amended: '개정됨',
    repealed: '폐지됨',
    expired: '효력 상실',
  },
} satisfies Translation<DomainStrings>;
