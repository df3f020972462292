/** Arabic strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'الأسئلة والردود المنشورة',
  query: 'البحث في الأسئلة والردود',
  search: 'بحث',
  results_zero: 'لم يُعثر على أي سؤال ورد',
  results_one: 'عُثر على سؤال ورد واحد',
  results_two: 'عُثر على سؤالين وردّين',
  results_few: 'عُثر على {{n}} أسئلة وردود',
  results_many: 'عُثر على {{n}} سؤالًا وردًا',
  results_other: 'عُثر على {{n}} سؤال ورد',
  empty: 'لم يُنشر أي سؤال ورد بعد.',
  emptySearch: 'لا يطابق بحثك أي سؤال أو رد منشور.',
  clearSearch: 'مسح البحث',
  notConfigured: 'لا يمكن عرض الرسائل المنشورة هنا: لم يتم إعداد القائمة.',
  kindConsultation: 'استفسار',
  kindSuggestion: 'اقتراح',
  kindComplaint: 'شكوى',
  received: 'تاريخ الاستلام',
  replied: 'تاريخ الرد',
  question: 'السؤال',
  reply: 'الرد',
  moreQuestion: 'عرض السؤال كاملًا',
  moreReply: 'عرض الرد كاملًا',
  less: 'عرض أقل',
  matched: 'النص المطابق',
} satisfies Translation<MessageListStrings>;
