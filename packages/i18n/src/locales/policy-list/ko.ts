/** Korean strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: '정책 문서',
  filters: '필터',
  query: '제목 또는 본문의 단어',
  search: '검색',
  sort: '정렬',
  sorts: {
    newest: '최신순',
    relevance: '관련도순',
  },
  category: '분류',
  type: '문서 유형',
  organ: '발행 기관',
  year: '연도',
  yearFrom: '시작',
  yearTo: '끝',
  anyYear: '모든 연도',
  moreValues: '{{n}}개 더 보기',
  validity: '효력',
  results_other: '문서 {{n}}건',
  empty: '필터에 맞는 문서가 없습니다.',
  clearFilters: '필터 지우기',
  notConfigured: '문서 출처가 설정되지 않았습니다.',
  amendedBy: '개정 문서',
  repealedBy: '폐지 문서',
} satisfies Translation<PolicyListStrings>;
