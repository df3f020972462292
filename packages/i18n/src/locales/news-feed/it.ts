/** Italian strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Notizie',
  columns: {
    headlines: 'In primo piano',
    updates: 'Aggiornamenti',
    briefs: 'Brevi',
  },
  empty: 'Nessuna notizia da mostrare.',
  notConfigured: 'Nessuna fonte di notizie configurata.',
} satisfies Translation<NewsFeedStrings>;
