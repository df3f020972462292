/** Persian strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'پیگیری پیام شما',
  intro:
    'شمارهٔ پیگیری و کد دسترسی رسید خود را وارد کنید تا وضعیت پیام را ببینید و پاسخ را بخوانید.',
  trackingNumber: 'شمارهٔ پیگیری',
  trackingNumberHint:
    'همان‌طور که در رسید آمده، مثلاً M26-7KQ4-9XHC. حروف بزرگ و کوچک، فاصله و خط تیره مهم نیست.',
  trackingMistyped: 'به نظر می‌رسد شمارهٔ پیگیری اشتباه تایپ شده است: آن را با رسید خود مقایسه کنید',
  accessCode: 'کد دسترسی',
  accessCodeHint: '۱۶ حرف و رقم، مثلاً 7KQ4-9XHC-2M5R-PWZ8. هرگز روی این دستگاه ذخیره نمی‌شود.',
  accessCodeInvalid: 'کد دسترسی را همان‌طور که در رسید آمده وارد کنید: ۱۶ حرف و رقم',
  submit: 'نمایش وضعیت',
  notFound:
    'هیچ پیامی با این شمارهٔ پیگیری و کد دسترسی مطابقت ندارد. هر دو را با رسید خود مقایسه کنید و دوباره تلاش کنید.',
  notConfigured: 'از این صفحه نمی‌توان پیام‌ها را پیگیری کرد: صفحه تنظیم نشده است.',
  failed: 'وضعیت پیام شما بارگیری نشد.',
  subject: 'موضوع',
  due: 'مهلت پاسخ: {{date}}',
  daysLeft_one: '{{count}} روز کاری مانده است',
  daysLeft_other: '{{count}} روز کاری مانده است',
  dueToday: 'مهلت امروز تمام می‌شود',
  overdue_one: '{{count}} روز کاری از مهلت گذشته است',
  overdue_other: '{{count}} روز کاری از مهلت گذشته است',
  repliedOn: 'پاسخ داده شده در {{date}}',
  timeline: 'روند رسیدگی',
  received: 'دریافت شد',
  forwarded: 'به بخش مسئول ارجاع شد',
  replied: 'پاسخ داده شد',
  published: 'همراه با پاسخ منتشر شد',
  reply: 'پاسخ',
} satisfies Translation<MessageStatusStrings>;
