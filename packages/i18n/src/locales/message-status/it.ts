/** Italian strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Segui il tuo messaggio',
  intro:
    'Inserisci il numero di pratica e il codice di accesso della ricevuta per vedere a che punto è il tuo messaggio e leggere la risposta.',
  trackingNumber: 'Numero di pratica',
  trackingNumberHint:
    'Come sulla ricevuta, ad esempio M26-7KQ4-9XHC. Maiuscole, spazi e trattini non contano.',
  trackingMistyped: 'Questo numero di pratica sembra digitato male: confrontalo con la ricevuta',
  accessCode: 'Codice di accesso',
  accessCodeHint:
    '16 lettere e cifre, ad esempio 7KQ4-9XHC-2M5R-PWZ8. Non viene mai salvato su questo dispositivo.',
  accessCodeInvalid: 'Inserisci il codice di accesso come sulla ricevuta: 16 lettere e cifre',
  submit: 'Mostra lo stato',
  notFound:
    'Nessun messaggio corrisponde a questo numero di pratica e a questo codice di accesso. Confrontali entrambi con la ricevuta e riprova.',
  notConfigured: 'Da questa pagina non è possibile seguire i messaggi: non è configurata.',
  failed: 'Non è stato possibile caricare lo stato del tuo messaggio.',
  subject: 'Oggetto',
  due: 'Risposta prevista entro il {{date}}',
  daysLeft_one: 'Manca {{count}} giorno lavorativo',
  daysLeft_many: 'Mancano {{count}} di giorni lavorativi',
  daysLeft_other: 'Mancano {{count}} giorni lavorativi',
  dueToday: 'Scade oggi',
  overdue_one: 'In ritardo di {{count}} giorno lavorativo',
  overdue_many: 'In ritardo di {{count}} di giorni lavorativi',
  overdue_other: 'In ritardo di {{count}} giorni lavorativi',
  repliedOn: 'Risposta data il {{date}}',
  timeline: 'Avanzamento',
  received: 'Ricevuto',
  forwarded: 'Inoltrato all’ufficio competente',
  replied: 'Risposta data',
  published: 'Pubblicato con la risposta',
  reply: 'Risposta',
} satisfies Translation<MessageStatusStrings>;
