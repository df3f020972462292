/** Arabic strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'توجد مشكلة',
  errorPrefix: 'خطأ:',
  required: 'أدخل {{label}}',
  requiredChoice: 'اختر {{label}}',
  tooLong: 'يجب ألا يتجاوز «{{label}}» {{max}} حرفًا',
  tooShort: 'يجب ألا يقل «{{label}}» عن {{min}} حرفًا',
  pattern: 'صيغة «{{label}}» غير صحيحة',
  email: 'صيغة «{{label}}» غير صحيحة، مثل name@example.com',
  invalid: 'تحقّق من «{{label}}»',
  characterLimit: 'يمكنك إدخال {{max}} حرفًا كحد أقصى',
  truncated: 'النص طويل جدًا: احتُفظ بأول {{max}} حرفًا فقط',
  charactersLeft_zero: 'لم يتبقَّ لك أي حرف',
  charactersLeft_one: 'يتبقّى لك حرف واحد',
  charactersLeft_two: 'يتبقّى لك حرفان',
  charactersLeft_few: 'يتبقّى لك {{count}} أحرف',
  charactersLeft_many: 'يتبقّى لك {{count}} حرفًا',
  charactersLeft_other: 'يتبقّى لك {{count}} حرف',
  charactersOver_zero: 'لا توجد أحرف زائدة',
  charactersOver_one: 'لديك حرف واحد زائد',
  charactersOver_two: 'لديك حرفان زائدان',
  charactersOver_few: 'لديك {{count}} أحرف زائدة',
  charactersOver_many: 'لديك {{count}} حرفًا زائدًا',
  charactersOver_other: 'لديك {{count}} حرف زائد',
} satisfies Translation<FormStrings>;
