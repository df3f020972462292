/** Persian strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'مشکلی وجود دارد',
  errorPrefix: 'خطا:',
  required: '«{{label}}» را وارد کنید',
  requiredChoice: '«{{label}}» را انتخاب کنید',
  tooLong: '«{{label}}» باید حداکثر {{max}} نویسه باشد',
  tooShort: '«{{label}}» باید دست‌کم {{min}} نویسه باشد',
  pattern: 'قالب «{{label}}» درست نیست',
  email: 'قالب «{{label}}» درست نیست؛ مانند name@example.com',
  invalid: '«{{label}}» را بررسی کنید',
  characterLimit: 'می‌توانید حداکثر {{max}} نویسه وارد کنید',
  truncated: 'متن بیش از حد بلند بود: فقط {{max}} نویسهٔ نخست نگه داشته شد',
  charactersLeft_one: '{{count}} نویسه باقی مانده است',
  charactersLeft_other: '{{count}} نویسه باقی مانده است',
  charactersOver_one: '{{count}} نویسه بیش از حد مجاز است',
  charactersOver_other: '{{count}} نویسه بیش از حد مجاز است',
} satisfies Translation<FormStrings>;
