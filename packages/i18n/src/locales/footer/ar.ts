/** Arabic strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'حول هذا الموقع',
  organizer: 'الجهة المنظِّمة:',
  siteCode: 'رمز تعريف الموقع:',
  icp: 'رقم تسجيل ICP:',
  publicSecurity: 'رقم تسجيل الأمن العام:',
  phone: 'الهاتف:',
  email: 'البريد الإلكتروني:',
  address: 'العنوان:',
  contact: 'اتصل بنا',
  sitemap: 'خريطة الموقع',
  reportError: 'الإبلاغ عن خطأ في هذا الموقع',
  external: 'موقع خارجي',
  notConfigured: 'لا يمكن عرض معلومات الموقع هنا: لم يُحدَّد أي موقع.',
  invalid: 'لا يمكن عرض معلومات الموقع: سجل الموقع يخالف قواعد التسمية.',
  invalidFields: 'الحقول المطلوب تصحيحها:',
  wholeRecord: 'السجل بأكمله',
} satisfies Translation<FooterStrings>;
