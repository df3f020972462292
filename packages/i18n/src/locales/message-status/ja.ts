/** Japanese strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'メッセージの状況確認',
  intro: '受付票の受付番号とアクセスコードを入力すると、メッセージの処理状況と回答を確認できます。',
  trackingNumber: '受付番号',
  trackingNumberHint:
    '受付票のとおりに入力してください（例：M26-7KQ4-9XHC）。大文字・小文字、空白、ハイフンは問いません。',
  trackingMistyped: '受付番号が間違っているようです。受付票と照らし合わせてください',
  accessCode: 'アクセスコード',
  accessCodeHint: '英数字 16 文字（例：7KQ4-9XHC-2M5R-PWZ8）。この端末には保存されません。',
  accessCodeInvalid: '受付票のとおりにアクセスコード（英数字 16 文字）を入力してください',
  submit: '状況を表示',
  notFound:
    'この受付番号とアクセスコードに該当するメッセージはありません。両方を受付票と照らし合わせて、もう一度お試しください。',
  notConfigured: 'このページは設定されていないため、メッセージの状況を確認できません。',
  failed: 'メッセージの状況を読み込めませんでした。',
  subject: '件名',
  due: '回答期限：{{date}}',
  daysLeft_other: '残り {{count}} 営業日',
  dueToday: '本日が期限',
  overdue_other: '期限を {{count}} 営業日超過',
  repliedOn: '{{date}}に回答済み',
  timeline: '処理状況',
  received: '受付',
  forwarded: '担当部署へ回付',
  replied: '回答済み',
  published: '回答とともに公開',
  reply: '回答',
} satisfies Translation<MessageStatusStrings>;
