/** French strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Actualités',
  columns: {
    headlines: 'À la une',
    updates: 'Dernières nouvelles',
    briefs: 'Brèves',
  },
  empty: 'Aucune actualité à afficher.',
  notConfigured: 'Aucune source d’actualités n’est configurée.',
} satisfies Translation<NewsFeedStrings>;
