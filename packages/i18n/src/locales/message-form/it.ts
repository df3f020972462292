/** Italian strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'Invia un messaggio',
  intro: 'Fai una domanda, un suggerimento o un reclamo. Ogni messaggio riceve una risposta.',
  kind: 'Tipo di messaggio',
  kindChoose: 'Scegli',
  kindConsultation: 'Una domanda',
  kindSuggestion: 'Un suggerimento',
  kindComplaint: 'Un reclamo',
  subject: 'Oggetto',
  subjectHint: 'Poche parole che dicano di cosa parla il messaggio.',
  body: 'Il tuo messaggio',
  bodyHint:
    'Non scrivere qui il numero della carta d’identità, il numero di telefono o l’indirizzo email.',
  piiWarning:
    'Il messaggio sembra contenere dati personali ({{found}}). La risposta potrebbe essere pubblicata: rimuovili se non sono necessari.',
  piiIdNumber: 'un numero di carta d’identità',
  piiPhone: 'un numero di telefono',
  piiEmail: 'un indirizzo email',
  contact: 'Come contattarti (facoltativo)',
  contactHint: 'Usati solo per risponderti. Mai pubblicati.',
  name: 'Nome',
  email: 'Indirizzo email',
  phone: 'Numero di telefono',
  phoneHint: 'Solo cifre, spazi e + - ( ).',
  phoneInvalid: 'Inserisci un numero di telefono usando solo cifre, spazi e + - ( )',
  publish:
    'Acconsento alla pubblicazione del mio messaggio e della risposta, senza nome e recapiti',
  submit: 'Invia messaggio',
  sending: 'Invio del messaggio in corso…',
  draftSaved: 'Bozza salvata su questo dispositivo.',
  draftRestored: 'La bozza non inviata è stata ripristinata.',
  offlineDraft: 'Sei offline. La bozza resta salvata su questo dispositivo.',
  offlineQueued:
    'Sei offline. Il messaggio resta salvato su questo dispositivo e verrà inviato quando la connessione tornerà.',
  failed: 'Il messaggio non è ancora stato inviato. È salvato su questo dispositivo: riprova.',
  rejected: '«{{label}}» non è stato accettato. Controllalo e invia di nuovo.',
  tooLarge: 'Il messaggio è troppo grande per essere inviato. Accorcialo e invia di nuovo.',
  rateLimited:
    'Sono stati inviati troppi messaggi da questa connessione. Riprova dopo le {{time}}.',
  changed:
    'Il messaggio era già stato ricevuto prima delle ultime modifiche; le modifiche non sono state inviate.',
  notConfigured: 'Da questa pagina non è possibile inviare messaggi: non è configurata.',
  received: 'Messaggio ricevuto',
  trackingNumber: 'Numero di pratica',
  accessCode: 'Codice di accesso',
  keepThese:
    'Conservali: servono entrambi per seguire il messaggio e leggere la risposta. Il codice di accesso non verrà mostrato di nuovo.',
  copy: 'Copia',
  copied: 'Copiato.',
  copyManually: 'Selezionato: premi Ctrl+C per copiarlo.',
  due: 'Riceverai una risposta entro 5 giorni lavorativi, entro il {{date}}.',
  another: 'Invia un altro messaggio',
} satisfies Translation<MessageFormStrings>;
