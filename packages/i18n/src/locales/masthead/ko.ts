/** Korean strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: '본문 바로가기',
  searchLabel: '사이트 내 검색',
  searchButton: '검색',
  accessibility: '웹 접근성',
  careMode: '어르신 모드',
  careModeHint: '큰 글자, 높은 대비, 움직임 없음',
  notConfigured: '여기에 머리글을 표시할 수 없습니다: 사이트가 설정되지 않았습니다.',
  invalid: '머리글을 표시할 수 없습니다: 사이트 기록이 명명 규칙에 어긋납니다.',
  invalidFields: '수정할 항목:',
  wholeRecord: '기록 전체',
} satisfies Translation<MastheadStrings>;
