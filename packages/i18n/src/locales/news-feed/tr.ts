/** Turkish strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Haberler',
  columns: {
    headlines: 'Manşetler',
    updates: 'Güncel Gelişmeler',
    briefs: 'Kısa Haberler',
  },
  empty: 'Gösterilecek haber yok.',
  notConfigured: 'Haber kaynağı yapılandırılmamış.',
} satisfies Translation<NewsFeedStrings>;
