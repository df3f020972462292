/** German strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Veröffentlichte Fragen und Antworten',
  query: 'Fragen und Antworten durchsuchen',
  search: 'Suchen',
  results_one: '{{n}} Frage mit Antwort gefunden',
  results_other: '{{n}} Fragen mit Antworten gefunden',
  empty: 'Es wurden noch keine Fragen und Antworten veröffentlicht.',
  emptySearch: 'Keine veröffentlichte Frage oder Antwort entspricht Ihrer Suche.',
  clearSearch: 'Suche zurücksetzen',
  notConfigured:
    'Veröffentlichte Nachrichten können hier nicht angezeigt werden: Die Liste ist nicht eingerichtet.',
  kindConsultation: 'Frage',
  kindSuggestion: 'Vorschlag',
  kindComplaint: 'Beschwerde',
  received: 'Eingegangen',
  replied: 'Beantwortet',
  question: 'Frage',
  reply: 'Antwort',
  moreQuestion: 'Ganze Frage anzeigen',
  moreReply: 'Ganze Antwort anzeigen',
  less: 'Weniger anzeigen',
  matched: 'Gefundene Stelle',
} satisfies Translation<MessageListStrings>;
