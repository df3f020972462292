/** Turkish strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Yükleniyor…',
  loadingMore: 'Daha fazlası yükleniyor…',
  more: 'Daha fazla göster',
  empty: 'Gösterilecek bir şey yok.',
  notConfigured: 'Veri kaynağı yapılandırılmamış.',
  error: 'İçerik yüklenemedi.',
  errorMore: 'Daha fazla öğe yüklenemedi.',
  reasons: {
    network: 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
    crossOrigin:
      'Portal hizmetine ({{host}}) ulaşılamadı. Hizmet çalışmıyor olabilir ya da bu sitenin ({{origin}}) isteklerine izin vermiyor olabilir.',
    unreachable:
      'Portal hizmetine ({{host}}) ulaşılamadı. Hizmet çalışmıyor olabilir; daha sonra yeniden deneyin.',
    timeout: 'Sunucu yanıt vermekte çok gecikti.',
    server: 'Sunucuda bir sorun oluştu (hata {{status}}).',
    refused: 'Sunucu isteği reddetti (hata {{status}}).',
    config: 'Bu bileşen doğru ayarlanmamış.',
    unknown: 'Beklenmeyen bir hata oluştu.',
  },
  retry: 'Yeniden dene',
  stale: 'Kaydedilmiş içerik gösteriliyor; yenilenemedi.',
  offline: 'Çevrimdışısınız. Bağlantı geri geldiğinde içerik yeniden yüklenecek.',
  loadedMore_one: '{{count}} öğe daha yüklendi.',
  loadedMore_other: '{{count}} öğe daha yüklendi.',
} satisfies Translation<CommonStrings>;
