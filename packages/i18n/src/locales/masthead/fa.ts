/** Persian strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'رفتن به محتوای اصلی',
  searchLabel: 'جستجو در این وبگاه',
  searchButton: 'جستجو',
  accessibility: 'دسترس‌پذیری',
  careMode: 'حالت سالمندان',
  careModeHint: 'متن بزرگ‌تر، تضاد بیشتر، بدون حرکت',
  notConfigured: 'سرصفحه را اینجا نمی‌توان نشان داد: وبگاهی تعیین نشده است.',
  invalid: 'سرصفحه را نمی‌توان نشان داد: رکورد وبگاه قواعد نام‌گذاری را نقض می‌کند.',
  invalidFields: 'فیلدهایی که باید اصلاح شوند:',
  wholeRecord: 'کل رکورد',
} satisfies Translation<MastheadStrings>;
