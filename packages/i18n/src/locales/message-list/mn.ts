/** Mongolian strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Нийтлэгдсэн асуулт, хариулт',
  query: 'Асуулт, хариултаас хайх',
  search: 'Хайх',
  results_one: '{{n}} асуулт, хариулт олдлоо',
  results_other: '{{n}} асуулт, хариулт олдлоо',
  empty: 'Одоогоор нийтлэгдсэн асуулт, хариулт алга.',
  emptySearch: 'Таны хайлтад тохирох нийтлэгдсэн асуулт, хариулт алга.',
  clearSearch: 'Хайлтыг арилгах',
  notConfigured: 'Нийтлэгдсэн захидлыг энд харуулах боломжгүй: жагсаалтыг тохируулаагүй байна.',
  kindConsultation: 'Асуулт',
  kindSuggestion: 'Санал',
  kindComplaint: 'Гомдол',
  received: 'Хүлээн авсан',
  replied: 'Хариулсан',
  question: 'Асуулт',
  reply: 'Хариулт',
  moreQuestion: 'Асуултыг бүтнээр харах',
  moreReply: 'Хариултыг бүтнээр харах',
  less: 'Хураах',
  matched: 'Тохирсон хэсэг',
} satisfies Translation<MessageListStrings>;
