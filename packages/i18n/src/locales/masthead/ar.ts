/** Arabic strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'انتقل إلى المحتوى الرئيسي',
  searchLabel: 'البحث في هذا الموقع',
  searchButton: 'بحث',
  accessibility: 'إمكانية الوصول',
  careMode: 'وضع الرعاية',
  careModeHint: 'نص أكبر وتباين أقوى وبلا حركة',
  notConfigured: 'لا يمكن عرض ترويسة الموقع هنا: لم يُحدَّد أي موقع.',
  invalid: 'لا يمكن عرض ترويسة الموقع: سجل الموقع يخالف قواعد التسمية.',
  invalidFields: 'الحقول المطلوب تصحيحها:',
  wholeRecord: 'السجل بأكمله',
} satisfies Translation<MastheadStrings>;
