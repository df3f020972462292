/** Turkish strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Ana içeriğe geç',
  searchLabel: 'Bu sitede ara',
  searchButton: 'Ara',
  accessibility: 'Erişilebilirlik',
  careMode: 'Bakım modu',
  careModeHint: 'Daha büyük yazı, daha güçlü kontrast, hareket yok',
  notConfigured: 'Site başlığı burada gösterilemiyor: site belirtilmedi.',
  invalid: 'Site başlığı gösterilemiyor: site kaydı adlandırma kurallarına aykırı.',
  invalidFields: 'Düzeltilecek alanlar:',
  wholeRecord: 'kaydın tamamı',
} satisfies Translation<MastheadStrings>;
