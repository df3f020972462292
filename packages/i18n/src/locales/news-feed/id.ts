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
  more: 'Berita lainnya',
  loadingMore: 'Memuat berita lainnya…',
  loading: 'Memuat berita…',
  empty: 'Tidak ada berita untuk ditampilkan.',
  error: 'Berita tidak dapat dimuat.',
  errorMore: 'Berita lainnya tidak dapat dimuat.',
  notConfigured: 'Sumber berita belum dikonfigurasi.',
  reasons: {
    network: 'Server berita tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.',
    timeout: 'Server berita terlalu lama merespons.',
    server: 'Server berita mengalami masalah (galat {{status}}).',
    refused: 'Server berita menolak permintaan (galat {{status}}).',
    config: 'Umpan berita ini tidak diatur dengan benar.',
    unknown: 'Terjadi kesalahan yang tidak terduga.',
  },
  retry: 'Coba lagi',
  stale: 'Menampilkan konten tersimpan; tidak dapat memperbarui.',
  loaded_other: '{{count}} berita dimuat.',
  loadedMore_other: '{{count}} berita lagi dimuat.',
  publishedOn: 'Diterbitkan {{date}}',
} satisfies Translation<NewsFeedStrings>;
