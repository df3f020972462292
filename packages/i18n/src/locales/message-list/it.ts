/** Italian strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Domande e risposte pubblicate',
  query: 'Cerca nelle domande e risposte',
  search: 'Cerca',
  results_one: '{{n}} domanda con risposta trovata',
  results_many: '{{n}} di domande con risposta trovate',
  results_other: '{{n}} domande con risposta trovate',
  empty: 'Non è ancora stata pubblicata alcuna domanda con risposta.',
  emptySearch: 'Nessuna domanda o risposta pubblicata corrisponde alla ricerca.',
  clearSearch: 'Cancella la ricerca',
  notConfigured:
    "I messaggi pubblicati non possono essere mostrati qui: l'elenco non è configurato.",
  kindConsultation: 'Domanda',
  kindSuggestion: 'Proposta',
  kindComplaint: 'Reclamo',
  received: 'Ricevuto',
  replied: 'Risposto',
  question: 'Domanda',
  reply: 'Risposta',
  moreQuestion: 'Mostra tutta la domanda',
  moreReply: 'Mostra tutta la risposta',
  less: 'Mostra meno',
  matched: 'Testo trovato',
} satisfies Translation<MessageListStrings>;
