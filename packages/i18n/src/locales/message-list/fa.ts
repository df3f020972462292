/** Persian strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'پرسش‌ها و پاسخ‌های منتشرشده',
  query: 'جست‌وجو در پرسش‌ها و پاسخ‌ها',
  search: 'جست‌وجو',
  results_one: '{{n}} پرسش و پاسخ یافت شد',
  results_other: '{{n}} پرسش و پاسخ یافت شد',
  empty: 'هنوز هیچ پرسش و پاسخی منتشر نشده است.',
  emptySearch: 'هیچ پرسش یا پاسخ منتشرشده‌ای با جست‌وجوی شما مطابقت ندارد.',
  clearSearch: 'پاک کردن جست‌وجو',
  notConfigured: 'پیام‌های منتشرشده را نمی‌توان اینجا نشان داد: فهرست تنظیم نشده است.',
  kindConsultation: 'پرسش',
  kindSuggestion: 'پیشنهاد',
  kindComplaint: 'شکایت',
  received: 'دریافت',
  replied: 'پاسخ',
  question: 'پرسش',
  reply: 'پاسخ',
  moreQuestion: 'نمایش کامل پرسش',
  moreReply: 'نمایش کامل پاسخ',
  less: 'نمایش کمتر',
  matched: 'متن مطابق',
} satisfies Translation<MessageListStrings>;
