/** Mongolian strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Зурвасаа хянах',
  intro:
    'Баримт дээрх хяналтын дугаар болон нэвтрэх кодыг оруулж зурвасынхаа явцыг харж, хариуг уншина уу.',
  trackingNumber: 'Хяналтын дугаар',
  trackingNumberHint:
    'Баримт дээрхээр, жишээ нь M26-7KQ4-9XHC. Том жижиг үсэг, зай, зураас хамаагүй.',
  trackingMistyped: 'Хяналтын дугаар буруу бичигдсэн бололтой: баримттайгаа тулгана уу',
  accessCode: 'Нэвтрэх код',
  accessCodeHint:
    '16 үсэг ба цифр, жишээ нь 7KQ4-9XHC-2M5R-PWZ8. Энэ төхөөрөмж дээр хэзээ ч хадгалагдахгүй.',
  accessCodeInvalid: 'Нэвтрэх кодыг баримт дээрхээр оруулна уу: 16 үсэг ба цифр',
  submit: 'Явцыг харах',
  notFound:
    'Энэ хяналтын дугаар, нэвтрэх кодтой тохирох зурвас алга. Хоёуланг нь баримттайгаа тулгаад дахин оролдоно уу.',
  notConfigured: 'Энэ хуудаснаас зурвас хянах боломжгүй: тохируулаагүй байна.',
  failed: 'Зурвасын явцыг ачаалж чадсангүй.',
  subject: 'Гарчиг',
  due: 'Хариу өгөх хугацаа: {{date}}',
  daysLeft_one: '{{count}} ажлын өдөр үлдсэн',
  daysLeft_other: '{{count}} ажлын өдөр үлдсэн',
  dueToday: 'Өнөөдөр хугацаа дуусна',
  overdue_one: 'Хугацаа {{count}} ажлын өдрөөр хэтэрсэн',
  overdue_other: 'Хугацаа {{count}} ажлын өдрөөр хэтэрсэн',
  repliedOn: '{{date}}-нд хариулсан',
  timeline: 'Шийдвэрлэлтийн явц',
  received: 'Хүлээн авсан',
  forwarded: 'Хариуцсан хэлтэст шилжүүлсэн',
  replied: 'Хариулсан',
  published: 'Хариултын хамт нийтэлсэн',
  reply: 'Хариу',
} satisfies Translation<MessageStatusStrings>;
