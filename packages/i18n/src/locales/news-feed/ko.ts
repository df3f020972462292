/** Korean strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: '뉴스',
  columns: {
    headlines: '주요 뉴스',
    updates: '최신 동향',
    briefs: '단신',
  },
  more: '뉴스 더 보기',
  loadingMore: '뉴스를 더 불러오는 중…',
  loading: '뉴스를 불러오는 중…',
  empty: '표시할 뉴스가 없습니다.',
  error: '뉴스를 불러오지 못했습니다.',
  errorMore: '뉴스를 더 불러오지 못했습니다.',
  notConfigured: '뉴스 출처가 설정되지 않았습니다.',
  reasons: {
    network: '뉴스 서버에 연결할 수 없습니다. 연결을 확인한 후 다시 시도하세요.',
    timeout: '뉴스 서버의 응답 시간이 너무 깁니다.',
    server: '뉴스 서버에 문제가 발생했습니다(오류 {{status}}).',
    refused: '뉴스 서버가 요청을 거부했습니다(오류 {{status}}).',
    config: '이 뉴스 피드의 설정이 올바르지 않습니다.',
    unknown: '예기치 않은 오류가 발생했습니다.',
  },
  retry: '다시 시도',
  stale: '저장된 내용을 표시하고 있습니다. 새로 고치지 못했습니다.',
  loaded_other: '뉴스 {{count}}건을 불러왔습니다.',
  loadedMore_other: '뉴스 {{count}}건을 더 불러왔습니다.',
  publishedOn: '게시일: {{date}}',
} satisfies Translation<NewsFeedStrings>;
