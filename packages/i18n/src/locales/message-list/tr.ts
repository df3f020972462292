/** Turkish strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Yayımlanan sorular ve yanıtlar',
  query: 'Sorularda ve yanıtlarda ara',
  search: 'Ara',
  results_one: '{{n}} soru ve yanıt bulundu',
  results_other: '{{n}} soru ve yanıt bulundu',
  empty: 'Henüz yayımlanmış soru ve yanıt yok.',
  emptySearch: 'Aramanızla eşleşen yayımlanmış soru veya yanıt yok.',
  clearSearch: 'Aramayı temizle',
  notConfigured: 'Yayımlanan mesajlar burada gösterilemiyor: liste ayarlanmamış.',
  kindConsultation: 'Soru',
  kindSuggestion: 'Öneri',
  kindComplaint: 'Şikâyet',
  received: 'Alındı',
  replied: 'Yanıtlandı',
  question: 'Soru',
  reply: 'Yanıt',
  moreQuestion: 'Sorunun tamamını göster',
  moreReply: 'Yanıtın tamamını göster',
  less: 'Daha az göster',
  matched: 'Eşleşen metin',
} satisfies Translation<MessageListStrings>;
