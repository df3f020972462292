/** Turkish strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Mesajınızı takip edin',
  intro:
    'Mesajınızın hangi aşamada olduğunu görmek ve yanıtı okumak için alındı belgenizdeki takip numarasını ve erişim kodunu girin.',
  trackingNumber: 'Takip numarası',
  trackingNumberHint:
    'Alındı belgenizdeki gibi, örneğin M26-7KQ4-9XHC. Büyük küçük harf, boşluk ve tire fark etmez.',
  trackingMistyped: 'Bu takip numarası yanlış yazılmış görünüyor: alındı belgenizle karşılaştırın',
  accessCode: 'Erişim kodu',
  accessCodeHint: '16 harf ve rakam, örneğin 7KQ4-9XHC-2M5R-PWZ8. Bu cihazda asla kaydedilmez.',
  accessCodeInvalid: 'Erişim kodunu alındı belgenizdeki gibi girin: 16 harf ve rakam',
  submit: 'Durumu göster',
  notFound:
    'Bu takip numarası ve erişim koduyla eşleşen bir mesaj yok. İkisini de alındı belgenizle karşılaştırıp yeniden deneyin.',
  notConfigured: 'Bu sayfadan mesaj takip edilemez: sayfa ayarlanmamış.',
  failed: 'Mesajınızın durumu yüklenemedi.',
  subject: 'Konu',
  due: 'Yanıt için son gün: {{date}}',
  daysLeft_one: '{{count}} iş günü kaldı',
  daysLeft_other: '{{count}} iş günü kaldı',
  dueToday: 'Süre bugün doluyor',
  overdue_one: '{{count}} iş günü gecikti',
  overdue_other: '{{count}} iş günü gecikti',
  repliedOn: '{{date}} tarihinde yanıtlandı',
  timeline: 'İşlem durumu',
  received: 'Alındı',
  forwarded: 'Yetkili birime iletildi',
  replied: 'Yanıtlandı',
  published: 'Yanıtıyla birlikte yayımlandı',
  reply: 'Yanıt',
} satisfies Translation<MessageStatusStrings>;
