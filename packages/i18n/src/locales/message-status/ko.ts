/** Korean strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: '메시지 처리 상황 조회',
  intro: '접수증의 접수 번호와 조회 코드를 입력하면 메시지 처리 상황과 답변을 확인할 수 있습니다.',
  trackingNumber: '접수 번호',
  trackingNumberHint:
    '접수증에 적힌 대로 입력하세요(예: M26-7KQ4-9XHC). 대소문자, 공백, 하이픈은 상관없습니다.',
  trackingMistyped: '접수 번호를 잘못 입력한 것 같습니다. 접수증과 대조해 보세요',
  accessCode: '조회 코드',
  accessCodeHint: '영문자와 숫자 16자(예: 7KQ4-9XHC-2M5R-PWZ8). 이 기기에는 저장되지 않습니다.',
  accessCodeInvalid: '접수증에 적힌 대로 조회 코드(영문자와 숫자 16자)를 입력하세요',
  submit: '처리 상황 보기',
  notFound:
    '이 접수 번호와 조회 코드에 해당하는 메시지가 없습니다. 두 가지 모두 접수증과 대조한 뒤 다시 시도하세요.',
  notConfigured: '이 페이지는 설정되어 있지 않아 메시지를 조회할 수 없습니다.',
  failed: '메시지 처리 상황을 불러오지 못했습니다.',
  subject: '제목',
  due: '답변 기한: {{date}}',
  daysLeft_other: '영업일 {{count}}일 남음',
  dueToday: '오늘 기한',
  overdue_other: '기한을 영업일 {{count}}일 초과',
  repliedOn: '{{date}}에 답변함',
  timeline: '처리 상황',
  received: '접수됨',
  forwarded: '담당 부서로 이관됨',
  replied: '답변함',
  published: '답변과 함께 공개됨',
  reply: '답변',
} satisfies Translation<MessageStatusStrings>;
