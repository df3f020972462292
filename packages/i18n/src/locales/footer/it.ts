/** Italian strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Informazioni sul sito',
  organizer: 'Organizzatore:',
  siteCode: 'Codice identificativo del sito:',
  icp: 'Registrazione ICP:',
  publicSecurity: 'Registrazione di pubblica sicurezza:',
  phone: 'Telefono:',
  email: 'E-mail:',
  address: 'Indirizzo:',
  contact: 'Contatti',
  sitemap: 'Mappa del sito',
  reportError: 'Segnala un errore su questo sito',
  external: 'Sito esterno',
  notConfigured: 'Le informazioni del sito non possono essere mostrate qui: nessun sito impostato.',
  invalid:
    'Le informazioni del sito non possono essere mostrate: la scheda del sito viola le regole sui nomi.',
  invalidFields: 'Campi da correggere:',
  wholeRecord: "l'intera scheda",
} satisfies Translation<FooterStrings>;
