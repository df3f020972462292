/** Persian strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'دربارهٔ این وبگاه',
  organizer: 'برگزارکننده:',
  siteCode: 'کد شناسایی وبگاه:',
  icp: 'شمارهٔ ثبت ICP:',
  publicSecurity: 'شمارهٔ ثبت امنیت عمومی:',
  phone: 'تلفن:',
  email: 'رایانامه:',
  address: 'نشانی:',
  contact: 'تماس با ما',
  sitemap: 'نقشهٔ وبگاه',
  reportError: 'گزارش خطا در این وبگاه',
  external: 'وبگاه بیرونی',
  notConfigured: 'اطلاعات وبگاه را اینجا نمی‌توان نشان داد: وبگاهی تعیین نشده است.',
  invalid: 'اطلاعات وبگاه را نمی‌توان نشان داد: رکورد وبگاه قواعد نام‌گذاری را نقض می‌کند.',
  invalidFields: 'فیلدهایی که باید اصلاح شوند:',
  wholeRecord: 'کل رکورد',
} satisfies Translation<FooterStrings>;
