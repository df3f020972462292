/** Japanese strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: '公開された質問と回答',
  query: '質問と回答を検索',
  search: '検索',
  results_other: '{{n}} 件の質問と回答が見つかりました',
  empty: '公開された質問と回答はまだありません。',
  emptySearch: '検索に一致する公開済みの質問や回答はありません。',
  clearSearch: '検索をクリア',
  notConfigured: '公開メッセージをここに表示できません：リストが設定されていません。',
  kindConsultation: '質問',
  kindSuggestion: '提案',
  kindComplaint: '苦情',
  received: '受付日',
  replied: '回答日',
  question: '質問',
  reply: '回答',
  moreQuestion: '質問をすべて表示',
  moreReply: '回答をすべて表示',
  less: '折りたたむ',
  matched: '一致した箇所',
} satisfies Translation<MessageListStrings>;
