/** German strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Über diese Website',
  organizer: 'Betreiber:',
  siteCode: 'Website-Kennung:',
  icp: 'ICP-Registrierung:',
  publicSecurity: 'Registrierung bei der öffentlichen Sicherheit:',
  phone: 'Telefon:',
  email: 'E-Mail:',
  address: 'Adresse:',
  contact: 'Kontakt',
  sitemap: 'Seitenübersicht',
  reportError: 'Fehler auf dieser Website melden',
  external: 'Externe Website',
  notConfigured:
    'Die Angaben zur Website können hier nicht angezeigt werden: Es ist keine Website festgelegt.',
  invalid:
    'Die Angaben zur Website können nicht angezeigt werden: Der Website-Eintrag verstößt gegen die Namensregeln.',
  invalidFields: 'Zu korrigierende Felder:',
  wholeRecord: 'der ganze Eintrag',
} satisfies Translation<FooterStrings>;
