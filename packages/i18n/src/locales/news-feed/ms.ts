/** Malay strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Berita',
  columns: {
    headlines: 'Berita Utama',
    updates: 'Perkembangan Terkini',
    briefs: 'Berita Ringkas',
  },
  empty: 'Tiada berita untuk dipaparkan.',
  notConfigured: 'Sumber berita belum dikonfigurasikan.',
} satisfies Translation<NewsFeedStrings>;
