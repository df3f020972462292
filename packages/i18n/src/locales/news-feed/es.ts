/** Spanish strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Noticias',
  columns: {
    headlines: 'Titulares',
    updates: 'Actualidad',
    briefs: 'Breves',
  },
  empty: 'No hay noticias que mostrar.',
  notConfigured: 'No hay ninguna fuente de noticias configurada.',
} satisfies Translation<NewsFeedStrings>;
