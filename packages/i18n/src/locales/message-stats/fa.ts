/** Persian strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'پیام‌ها: سال در یک نگاه',
  year: 'سال',
  caption: 'پیام‌های دریافت‌شده در {{year}} و نحوهٔ پاسخ به آن‌ها، به تفکیک ماه دریافت',
  month: 'ماه',
  received: 'دریافتی',
  replied: 'پاسخ‌داده‌شده',
  onTime: 'پاسخ به‌موقع',
  median: 'میانهٔ روزهای کاری تا پاسخ',
  total: 'کل سال',
  none: 'هیچ',
  summary_one:
    'در {{year}}: {{n}} پیام دریافت شد، {{percent}} به‌موقع پاسخ داده شد، میانه {{days}}.',
  summary_other:
    'در {{year}}: {{n}} پیام دریافت شد، {{percent}} به‌موقع پاسخ داده شد، میانه {{days}}.',
  days_one: '{{n}} روز کاری',
  days_other: '{{n}} روز کاری',
  unreplied_one: 'در {{year}}: {{n}} پیام دریافت شد، هنوز پاسخی داده نشده است.',
  unreplied_other: 'در {{year}}: {{n}} پیام دریافت شد، هنوز به هیچ‌کدام پاسخ داده نشده است.',
  note: 'به‌موقع: پاسخ در ۵ روز کاری پس از دریافت. درصد نسبت به پیام‌های پاسخ‌داده‌شده است.',
  empty: 'در {{year}}: هیچ پیامی دریافت نشد.',
  notConfigured: 'آمار را نمی‌توان اینجا نشان داد: تنظیم نشده است.',
} satisfies Translation<MessageStatsStrings>;
