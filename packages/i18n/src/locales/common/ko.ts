/** Korean strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: '불러오는 중…',
  loadingMore: '더 불러오는 중…',
  more: '더 보기',
  empty: '표시할 내용이 없습니다.',
  notConfigured: '데이터 출처가 설정되지 않았습니다.',
  error: '내용을 불러오지 못했습니다.',
  errorMore: '항목을 더 불러오지 못했습니다.',
  reasons: {
    network: '서버에 연결할 수 없습니다. 연결을 확인한 후 다시 시도하세요.',
    crossOrigin:
      '포털 서비스({{host}})에 연결할 수 없습니다. 서비스가 중단되었거나 이 사이트({{origin}})의 요청을 허용하지 않을 수 있습니다.',
    unreachable:
      '포털 서비스({{host}})에 연결할 수 없습니다. 서비스가 중단되었을 수 있습니다. 나중에 다시 시도하세요.',
    timeout: '서버의 응답 시간이 너무 깁니다.',
    server: '서버에 문제가 발생했습니다(오류 {{status}}).',
    refused: '서버가 요청을 거부했습니다(오류 {{status}}).',
    config: '이 구성 요소의 설정이 올바르지 않습니다.',
    unknown: '예기치 않은 오류가 발생했습니다.',
  },
  retry: '다시 시도',
  stale: '저장된 내용을 표시하고 있습니다. 새로 고치지 못했습니다.',
  offline: '오프라인 상태입니다. 연결이 복구되면 내용을 다시 불러옵니다.',
  loadedMore_other: '{{count}}개 항목을 더 불러왔습니다.',
} satisfies Translation<CommonStrings>;
