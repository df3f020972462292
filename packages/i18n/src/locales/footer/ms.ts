/** Malay strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Perihal laman ini',
  organizer: 'Penganjur:',
  siteCode: 'Kod pengenalan laman:',
  icp: 'Nombor pendaftaran ICP:',
  publicSecurity: 'Nombor pendaftaran keselamatan awam:',
  phone: 'Telefon:',
  email: 'E-mel:',
  address: 'Alamat:',
  contact: 'Hubungi kami',
  sitemap: 'Peta laman',
  reportError: 'Laporkan ralat di laman ini',
  external: 'Laman luar',
  notConfigured: 'Maklumat laman tidak dapat dipaparkan di sini: tiada laman ditetapkan.',
  invalid: 'Maklumat laman tidak dapat dipaparkan: rekod laman melanggar peraturan penamaan.',
  invalidFields: 'Medan yang perlu dibetulkan:',
  wholeRecord: 'keseluruhan rekod',
} satisfies Translation<FooterStrings>;
