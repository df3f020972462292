/** Turkish strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'Mesaj gönderin',
  intro: 'Soru sorun, öneride bulunun ya da şikâyet edin. Her mesaja yanıt verilir.',
  kind: 'Mesaj türü',
  kindChoose: 'Birini seçin',
  kindConsultation: 'Soru',
  kindSuggestion: 'Öneri',
  kindComplaint: 'Şikâyet',
  subject: 'Konu',
  subjectHint: 'Mesajınızın ne hakkında olduğunu birkaç kelimeyle yazın.',
  body: 'Mesajınız',
  bodyHint: 'Kimlik numaranızı, telefon numaranızı veya e-posta adresinizi buraya yazmayın.',
  piiWarning:
    'Mesajınız kişisel veri ({{found}}) içeriyor gibi görünüyor. Yanıt yayımlanabilir: gerekli değilse bunları silin.',
  piiIdNumber: 'kimlik numarası',
  piiPhone: 'telefon numarası',
  piiEmail: 'e-posta adresi',
  contact: 'Size nasıl ulaşabiliriz (isteğe bağlı)',
  contactHint: 'Yalnızca size yanıt vermek için kullanılır. Asla yayımlanmaz.',
  name: 'Ad soyad',
  email: 'E-posta adresi',
  phone: 'Telefon numarası',
  phoneHint: 'Yalnızca rakam, boşluk ve + - ( ).',
  phoneInvalid: 'Telefon numarasını yalnızca rakam, boşluk ve + - ( ) kullanarak girin',
  publish:
    'Mesajımın ve yanıtının, adım ve iletişim bilgilerim olmadan yayımlanmasına izin veriyorum',
  submit: 'Mesajı gönder',
  sending: 'Mesajınız gönderiliyor…',
  draftSaved: 'Taslak bu cihaza kaydedildi.',
  draftRestored: 'Gönderilmemiş taslağınız geri yüklendi.',
  offlineDraft: 'Çevrimdışısınız. Taslağınız bu cihazda saklanıyor.',
  offlineQueued:
    'Çevrimdışısınız. Mesajınız bu cihazda saklanıyor ve bağlantı geri geldiğinde gönderilecek.',
  failed: 'Mesajınız henüz gönderilmedi. Bu cihazda saklanıyor: yeniden deneyin.',
  rejected: '“{{label}}” kabul edilmedi. Kontrol edip yeniden gönderin.',
  tooLarge: 'Mesajınız gönderilemeyecek kadar büyük. Kısaltıp yeniden gönderin.',
  rateLimited: 'Bu bağlantıdan çok fazla mesaj gönderildi. {{time}} sonrasında yeniden deneyin.',
  changed: 'Mesajınız son değişikliklerinizden önce alınmıştı; değişiklikler gönderilmedi.',
  notConfigured: 'Bu sayfadan mesaj gönderilemez: sayfa ayarlanmamış.',
  received: 'Mesaj alındı',
  trackingNumber: 'Takip numarası',
  accessCode: 'Erişim kodu',
  keepThese:
    'Bunları saklayın: mesajınızı takip etmek ve yanıtı okumak için ikisine de ihtiyacınız var. Erişim kodu bir daha gösterilmez.',
  copy: 'Kopyala',
  copied: 'Kopyalandı.',
  copyManually: 'Seçildi: kopyalamak için Ctrl+C tuşlarına basın.',
  due: 'En geç {{date}} tarihine kadar, 5 iş günü içinde yanıt alacaksınız.',
  another: 'Başka bir mesaj gönderin',
} satisfies Translation<MessageFormStrings>;
