/** Korean strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: '공개된 질문과 답변',
  query: '질문과 답변 검색',
  search: '검색',
  results_other: '질문과 답변 {{n}}건을 찾았습니다',
  empty: '아직 공개된 질문과 답변이 없습니다.',
  emptySearch: '검색어와 일치하는 공개 질문이나 답변이 없습니다.',
  clearSearch: '검색 지우기',
  notConfigured: '공개 메시지를 여기에 표시할 수 없습니다: 목록이 설정되지 않았습니다.',
  kindConsultation: '문의',
  kindSuggestion: '제안',
  kindComplaint: '민원',
  received: '접수일',
  replied: '답변일',
  question: '질문',
  reply: '답변',
  moreQuestion: '질문 전체 보기',
  moreReply: '답변 전체 보기',
  less: '접기',
  matched: '일치하는 부분',
} satisfies Translation<MessageListStrings>;
