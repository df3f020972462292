/** Simplified Chinese strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: '公开的留言与答复',
  query: '搜索留言与答复',
  search: '搜索',
  results_other: '找到 {{n}} 条留言与答复',
  empty: '尚未公开任何留言与答复。',
  emptySearch: '没有与搜索内容相符的公开留言或答复。',
  clearSearch: '清除搜索',
  notConfigured: '此处无法显示公开留言：列表尚未设置。',
  kindConsultation: '咨询',
  kindSuggestion: '建议',
  kindComplaint: '投诉',
  received: '收到',
  replied: '答复',
  question: '留言',
  reply: '答复',
  moreQuestion: '展开全部留言',
  moreReply: '展开全部答复',
  less: '收起',
  matched: '匹配内容',
} satisfies Translation<MessageListStrings>;
