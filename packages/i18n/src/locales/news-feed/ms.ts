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
  more: 'Lagi berita',
  loadingMore: 'Memuatkan lagi berita…',
  loading: 'Memuatkan berita…',
  empty: 'Tiada berita untuk dipaparkan.',
  error: 'Berita tidak dapat dimuatkan.',
  errorMore: 'Berita tambahan tidak dapat dimuatkan.',
  notConfigured: 'Sumber berita belum dikonfigurasikan.',
  retry: 'Cuba lagi',
  stale: 'Memaparkan kandungan yang disimpan; tidak dapat dimuat semula.',
  loaded_other: '{{count}} berita dimuatkan.',
  loadedMore_other: '{{count}} lagi berita dimuatkan.',
  publishedOn: 'Diterbitkan pada {{date}}',
} satisfies Translation<NewsFeedStrings>;
