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
  more: 'Daha fazla haber',
  loadingMore: 'Daha fazla haber yükleniyor…',
  loading: 'Haberler yükleniyor…',
  empty: 'Gösterilecek haber yok.',
  error: 'Haberler yüklenemedi.',
  errorMore: 'Daha fazla haber yüklenemedi.',
  notConfigured: 'Haber kaynağı yapılandırılmamış.',
  reasons: {
    network: 'Haber sunucusuna ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
    timeout: 'Haber sunucusu yanıt vermekte çok gecikti.',
    server: 'Haber sunucusunda bir sorun oluştu (hata {{status}}).',
    refused: 'Haber sunucusu isteği reddetti (hata {{status}}).',
    config: 'Bu haber akışı doğru ayarlanmamış.',
    unknown: 'Beklenmeyen bir hata oluştu.',
  },
  retry: 'Yeniden dene',
  stale: 'Kaydedilmiş içerik gösteriliyor; yenilenemedi.',
  loaded_one: '{{count}} haber yüklendi.',
  loaded_other: '{{count}} haber yüklendi.',
  loadedMore_one: '{{count}} haber daha yüklendi.',
  loadedMore_other: '{{count}} haber daha yüklendi.',
  publishedOn: 'Yayımlanma tarihi: {{date}}',
} satisfies Translation<NewsFeedStrings>;
