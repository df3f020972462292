/** Arabic strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'متابعة رسالتك',
  intro: 'أدخل رقم المتابعة ورمز الدخول الواردين في الإيصال لمعرفة مرحلة رسالتك وقراءة الرد.',
  trackingNumber: 'رقم المتابعة',
  trackingNumberHint:
    'كما في الإيصال، مثل M26-7KQ4-9XHC. لا يهم حجم الأحرف ولا المسافات ولا الشرطات.',
  trackingMistyped: 'يبدو أن رقم المتابعة مكتوب بشكل خاطئ: طابِقه مع الإيصال',
  accessCode: 'رمز الدخول',
  accessCodeHint: '16 حرفًا ورقمًا، مثل 7KQ4-9XHC-2M5R-PWZ8. لا يُحفظ أبدًا على هذا الجهاز.',
  accessCodeInvalid: 'أدخل رمز الدخول كما في الإيصال: 16 حرفًا ورقمًا',
  submit: 'عرض الحالة',
  notFound:
    'لا توجد رسالة تطابق رقم المتابعة ورمز الدخول هذين. طابِق كليهما مع الإيصال وحاول مرة أخرى.',
  notConfigured: 'لا يمكن متابعة الرسائل من هذه الصفحة: لم يتم إعدادها.',
  failed: 'تعذّر تحميل حالة رسالتك.',
  subject: 'الموضوع',
  due: 'موعد الرد: {{date}}',
  daysLeft_zero: 'لم يتبقَّ أي يوم عمل',
  daysLeft_one: 'يتبقّى يوم عمل واحد',
  daysLeft_two: 'يتبقّى يوما عمل',
  daysLeft_few: 'يتبقّى {{count}} أيام عمل',
  daysLeft_many: 'يتبقّى {{count}} يوم عمل',
  daysLeft_other: 'يتبقّى {{count}} يوم عمل',
  dueToday: 'موعد الرد اليوم',
  overdue_zero: 'لا تأخير',
  overdue_one: 'متأخر يوم عمل واحد',
  overdue_two: 'متأخر يومَي عمل',
  overdue_few: 'متأخر {{count}} أيام عمل',
  overdue_many: 'متأخر {{count}} يوم عمل',
  overdue_other: 'متأخر {{count}} يوم عمل',
  repliedOn: 'تم الرد في {{date}}',
  timeline: 'مراحل المعالجة',
  received: 'وصلت',
  forwarded: 'أُحيلت إلى الإدارة المختصة',
  replied: 'تم الرد',
  published: 'نُشرت مع الرد',
  reply: 'الرد',
} satisfies Translation<MessageStatusStrings>;
