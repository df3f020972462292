/** Turkish strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Bu site hakkında',
  organizer: 'Düzenleyen kurum:',
  siteCode: 'Site tanımlama kodu:',
  icp: 'ICP kayıt numarası:',
  publicSecurity: 'Kamu güvenliği kayıt numarası:',
  phone: 'Telefon:',
  email: 'E-posta:',
  address: 'Adres:',
  contact: 'Bize ulaşın',
  sitemap: 'Site haritası',
  reportError: 'Bu sitedeki bir hatayı bildirin',
  external: 'Harici site',
  notConfigured: 'Site bilgileri burada gösterilemiyor: site belirtilmedi.',
  invalid: 'Site bilgileri gösterilemiyor: site kaydı adlandırma kurallarına aykırı.',
  invalidFields: 'Düzeltilecek alanlar:',
  wholeRecord: 'kaydın tamamı',
} satisfies Translation<FooterStrings>;
