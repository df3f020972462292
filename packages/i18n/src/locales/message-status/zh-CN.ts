/** Chinese (Simplified) strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: '留言查询',
  intro: '请输入回执上的查询编号和查询密码，查看留言的办理进度和答复。',
  trackingNumber: '查询编号',
  trackingNumberHint: '与回执上的一致，例如 M26-7KQ4-9XHC。大小写、空格和连字符均可。',
  trackingMistyped: '查询编号似乎输错了，请与回执核对',
  accessCode: '查询密码',
  accessCodeHint: '16 位字母和数字，例如 7KQ4-9XHC-2M5R-PWZ8。本设备不会保存查询密码。',
  accessCodeInvalid: '请按回执输入查询密码：16 位字母和数字',
  submit: '查询办理进度',
  notFound: '没有与该查询编号和查询密码相符的留言。请与回执核对后重试。',
  notConfigured: '本页面尚未配置，无法查询留言。',
  failed: '未能获取留言的办理进度。',
  subject: '主题',
  due: '答复期限：{{date}}',
  daysLeft_other: '还剩 {{count}} 个工作日',
  dueToday: '今天到期',
  overdue_other: '已超期 {{count}} 个工作日',
  repliedOn: '已于 {{date}} 答复',
  timeline: '办理进度',
  received: '已收到',
  forwarded: '已转交承办部门',
  replied: '已答复',
  published: '已公开（含答复）',
  reply: '答复内容',
} satisfies Translation<MessageStatusStrings>;
