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
  reasons: {
    network: 'Pelayan berita tidak dapat dihubungi. Semak sambungan anda dan cuba lagi.',
    timeout: 'Pelayan berita mengambil masa terlalu lama untuk menjawab.',
    server: 'Pelayan berita menghadapi masalah (ralat {{status}}).',
    refused: 'Pelayan berita menolak permintaan (ralat {{status}}).',
    config: 'Suapan berita ini tidak ditetapkan dengan betul.',
    unknown: 'Ralat yang tidak dijangka telah berlaku.',
  },
  retry: 'Cuba lagi',
  stale: 'Memaparkan kandungan yang disimpan; tidak dapat dimuat semula.',
  loaded_other: '{{count}} berita dimuatkan.',
  loadedMore_other: '{{count}} lagi berita dimuatkan.',
  publishedOn: 'Diterbitkan pada {{date}}',
} satisfies Translation<NewsFeedStrings>;
