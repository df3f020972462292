/** Korean strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: '사이트 정보',
  organizer: '주관 기관:',
  siteCode: '웹사이트 식별 코드:',
  icp: 'ICP 등록 번호:',
  publicSecurity: '공안 기관 등록 번호:',
  phone: '전화:',
  email: '이메일:',
  address: '주소:',
  contact: '문의하기',
  sitemap: '사이트맵',
  reportError: '이 사이트의 오류 신고',
  external: '외부 사이트',
  notConfigured: '여기에 사이트 정보를 표시할 수 없습니다: 사이트가 설정되지 않았습니다.',
  invalid: '사이트 정보를 표시할 수 없습니다: 사이트 기록이 명명 규칙에 어긋납니다.',
  invalidFields: '수정할 항목:',
  wholeRecord: '기록 전체',
} satisfies Translation<FooterStrings>;
