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
  empty: 'Keine Nachrichten vorhanden.',
  notConfigured: 'Es ist keine Nachrichtenquelle konfiguriert.',
} satisfies Translation<NewsFeedStrings>;
