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
  retry: 'Erneut versuchen',
  stale: 'Gespeicherte Inhalte werden angezeigt; Aktualisierung fehlgeschlagen.',
  loaded_one: '{{count}} Nachricht geladen.',
  loaded_other: '{{count}} Nachrichten geladen.',
  loadedMore_one: '{{count}} weitere Nachricht geladen.',
  loadedMore_other: '{{count}} weitere Nachrichten geladen.',
  publishedOn: 'Veröffentlicht am {{date}}',
} satisfies Translation<NewsFeedStrings>;
