/** Korean strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: '메시지: 한 해의 통계',
  year: '연도',
  caption: '{{year}}년에 접수된 메시지와 답변 현황(접수 월별)',
  month: '월',
  received: '접수',
  replied: '답변 완료',
  onTime: '기한 내 답변',
  median: '답변까지 걸린 영업일(중앙값)',
  total: '연간 합계',
  none: '없음',
  summary_other: '{{year}}년: 메시지 {{n}}건 접수, 기한 내 답변 {{percent}}, 중앙값 {{days}}.',
  days_other: '{{n}}영업일',
  unreplied_other: '{{year}}년: 메시지 {{n}}건 접수, 아직 답변 없음.',
  note: '기한 내: 접수 후 5영업일 이내 답변. 비율은 답변한 메시지 기준입니다.',
  empty: '{{year}}년: 접수된 메시지가 없습니다.',
  notConfigured: '통계를 여기에 표시할 수 없습니다: 설정되지 않았습니다.',
} satisfies Translation<MessageStatsStrings>;
