/** Japanese strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'メッセージを送る',
  intro: 'ご質問、ご提案、苦情をお寄せください。すべてのメッセージに回答します。',
  kind: 'メッセージの種類',
  kindChoose: '選択してください',
  kindConsultation: '質問',
  kindSuggestion: '提案',
  kindComplaint: '苦情',
  subject: '件名',
  subjectHint: 'メッセージの内容を短くまとめてください。',
  body: 'メッセージ',
  bodyHint: '身分証番号、電話番号、メールアドレスはここに書かないでください。',
  piiWarning:
    'メッセージに個人情報（{{found}}）が含まれているようです。回答は公開される場合があります。必要でなければ削除してください。',
  piiIdNumber: '身分証番号',
  piiPhone: '電話番号',
  piiEmail: 'メールアドレス',
  contact: '連絡先（任意）',
  contactHint: '回答のためにのみ使用し、公開しません。',
  name: '氏名',
  email: 'メールアドレス',
  phone: '電話番号',
  phoneHint: '数字、スペース、+ - ( ) のみ使用できます。',
  phoneInvalid: '電話番号は数字、スペース、+ - ( ) のみで入力してください',
  publish: '氏名と連絡先を除き、私のメッセージと回答を公開することに同意します',
  submit: '送信する',
  sending: 'メッセージを送信しています…',
  draftSaved: '下書きをこの端末に保存しました。',
  draftRestored: '未送信の下書きを復元しました。',
  offlineDraft: 'オフラインです。下書きはこの端末に保存されています。',
  offlineQueued: 'オフラインです。メッセージはこの端末に保存され、接続が回復すると送信されます。',
  failed:
    'メッセージはまだ送信されていません。この端末に保存されています。もう一度お試しください。',
  rejected: '「{{label}}」は受け付けられませんでした。確認して再送信してください。',
  tooLarge: 'メッセージが大きすぎて送信できません。短くして再送信してください。',
  rateLimited:
    'この接続から送信されたメッセージが多すぎます。{{time}} 以降にもう一度お試しください。',
  changed:
    '最後の変更の前にメッセージはすでに受け付けられていました。変更内容は送信されていません。',
  notConfigured: 'このページは設定されていないため、メッセージを送信できません。',
  received: 'メッセージを受け付けました',
  trackingNumber: '受付番号',
  accessCode: 'アクセスコード',
  keepThese:
    '必ず控えてください。メッセージの状況確認と回答の閲覧に両方が必要です。アクセスコードは再表示されません。',
  copy: 'コピー',
  copied: 'コピーしました。',
  copyManually: '選択しました。Ctrl+C でコピーしてください。',
  due: '5 営業日以内（{{date}}まで）に回答します。',
  another: '別のメッセージを送る',
} satisfies Translation<MessageFormStrings>;
