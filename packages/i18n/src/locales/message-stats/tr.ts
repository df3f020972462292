/** Turkish strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Mesajlar: yılın rakamları',
  year: 'Yıl',
  caption: '{{year}} yılında alınan mesajlar ve yanıtlanma durumu, geliş ayına göre',
  month: 'Ay',
  received: 'Alınan',
  replied: 'Yanıtlanan',
  onTime: 'Zamanında yanıtlanan',
  median: 'Yanıta kadar medyan iş günü',
  total: 'Tüm yıl',
  none: 'yok',
  summary_one: '{{year}}: {{n}} mesaj alındı, {{percent}} zamanında yanıtlandı, medyan {{days}}.',
  summary_other: '{{year}}: {{n}} mesaj alındı, {{percent}} zamanında yanıtlandı, medyan {{days}}.',
  days_one: '{{n}} iş günü',
  days_other: '{{n}} iş günü',
  unreplied_one: '{{year}}: {{n}} mesaj alındı, henüz yanıtlanmadı.',
  unreplied_other: '{{year}}: {{n}} mesaj alındı, henüz hiçbiri yanıtlanmadı.',
  note: 'Zamanında: gelişten sonraki 5 iş günü içinde yanıtlanan. Yüzde, yanıtlanan mesajlara göredir.',
  empty: '{{year}}: hiç mesaj alınmadı.',
  notConfigured: 'İstatistikler burada gösterilemiyor: ayarlanmamış.',
} satisfies Translation<MessageStatsStrings>;
