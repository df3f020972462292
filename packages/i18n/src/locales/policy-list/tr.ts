/** Turkish strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Politikalar',
  filters: 'Filtreler',
  query: 'Başlık veya metindeki sözcükler',
  search: 'Ara',
  sort: 'Sıralama',
  sorts: {
    newest: 'Önce en yeni',
    relevance: 'Önce en ilgili',
  },
  category: 'Kategori',
  type: 'Belge türü',
  organ: 'Yayımlayan kurum',
  year: 'Yıl',
  yearFrom: 'Başlangıç',
  yearTo: 'Bitiş',
  anyYear: 'Tüm yıllar',
  moreValues: '{{n}} tane daha',
  validity: 'Geçerlilik',
  results_one: '{{n}} belge bulundu',
  results_other: '{{n}} belge bulundu',
  empty: 'Bu filtrelere uyan belge yok.',
  clearFilters: 'Filtreleri temizle',
  notConfigured: 'Belge kaynağı yapılandırılmamış.',
  amendedBy: 'Değiştiren belge',
  repealedBy: 'Yürürlükten kaldıran belge',
} satisfies Translation<PolicyListStrings>;
