/** Indonesian strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Berita',
  columns: {
    headlines: 'Berita Utama',
    updates: 'Kabar Terkini',
    briefs: 'Berita Singkat',
  },
  empty: 'Tidak ada berita untuk ditampilkan.',
  notConfigured: 'Sumber berita belum dikonfigurasi.',
} satisfies Translation<NewsFeedStrings>;
