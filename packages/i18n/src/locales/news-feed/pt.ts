/** Portuguese strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Notícias',
  columns: {
    headlines: 'Destaques',
    updates: 'Atualidades',
    briefs: 'Notas breves',
  },
  empty: 'Não há notícias para mostrar.',
  notConfigured: 'Nenhuma fonte de notícias está configurada.',
} satisfies Translation<NewsFeedStrings>;
