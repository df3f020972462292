/** German strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Nachrichten',
  columns: {
    headlines: 'Schlagzeilen',
    updates: 'Aktuelles',
    briefs: 'Kurzmeldungen',
  },
  more: 'Weitere Nachrichten',
  loadingMore: 'Weitere Nachrichten werden geladen …',
  loading: 'Nachrichten werden geladen …',
  empty: 'Keine Nachrichten vorhanden.',
  error: 'Die Nachrichten konnten nicht geladen werden.',
  errorMore: 'Weitere Nachrichten konnten nicht geladen werden.',
  notConfigured: 'Es ist keine Nachrichtenquelle konfiguriert.',
  reasons: {
    network:
      'Der Nachrichtenserver ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Der Nachrichtenserver hat zu lange nicht geantwortet.',
    server: 'Beim Nachrichtenserver ist ein Problem aufgetreten (Fehler {{status}}).',
    refused: 'Der Nachrichtenserver hat die Anfrage abgelehnt (Fehler {{status}}).',
    config: 'Dieser Nachrichten-Feed ist nicht richtig eingerichtet.',
    unknown: 'Ein unerwarteter Fehler ist aufgetreten.',
  },
  retry: 'Erneut versuchen',
  stale: 'Gespeicherte Inhalte werden angezeigt; Aktualisierung fehlgeschlagen.',
  loaded_one: '{{count}} Nachricht geladen.',
  loaded_other: '{{count}} Nachrichten geladen.',
  loadedMore_one: '{{count}} weitere Nachricht geladen.',
  loadedMore_other: '{{count}} weitere Nachrichten geladen.',
  publishedOn: 'Veröffentlicht am {{date}}',
} satisfies Translation<NewsFeedStrings>;
