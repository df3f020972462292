/** Mongolian strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Захидал: жилийн тоо баримт',
  year: 'Он',
  caption: '{{year}} онд ирсэн захидал ба хариулсан байдал, ирсэн сараар',
  month: 'Сар',
  received: 'Ирсэн',
  replied: 'Хариулсан',
  onTime: 'Хугацаандаа хариулсан',
  median: 'Хариулах хүртэлх ажлын өдрийн медиан',
  total: 'Бүтэн жил',
  none: 'байхгүй',
  summary_one:
    '{{year}} он: {{n}} захидал ирсэн, {{percent}} нь хугацаандаа хариулсан, медиан {{days}}.',
  summary_other:
    '{{year}} он: {{n}} захидал ирсэн, {{percent}} нь хугацаандаа хариулсан, медиан {{days}}.',
  days_one: '{{n}} ажлын өдөр',
  days_other: '{{n}} ажлын өдөр',
  unreplied_one: '{{year}} он: {{n}} захидал ирсэн, одоогоор хариулаагүй.',
  unreplied_other: '{{year}} он: {{n}} захидал ирсэн, одоогоор хариулаагүй.',
  note: 'Хугацаандаа: ирснээс хойш 5 ажлын өдөрт хариулсан. Хувийг хариулсан захидлаас тооцно.',
  empty: '{{year}} он: захидал ирээгүй.',
  notConfigured: 'Статистикийг энд харуулах боломжгүй: тохируулаагүй байна.',
} satisfies Translation<MessageStatsStrings>;
