/** Mongolian strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Бодлогын баримт бичиг',
  filters: 'Шүүлтүүр',
  query: 'Гарчиг эсвэл эх бичвэр дэх үг',
  search: 'Хайх',
  sort: 'Эрэмбэлэх',
  sorts: {
    newest: 'Шинэ нь эхэндээ',
    relevance: 'Хамааралтай нь эхэндээ',
  },
  category: 'Ангилал',
  type: 'Баримт бичгийн төрөл',
  organ: 'Гаргасан байгууллага',
  year: 'Он',
  yearFrom: 'Эхлэх',
  yearTo: 'Дуусах',
  anyYear: 'Бүх он',
  moreValues: 'Өөр {{n}}',
  validity: 'Хүчин төгөлдөр байдал',
  results_one: '{{n}} баримт бичиг олдлоо',
  results_other: '{{n}} баримт бичиг олдлоо',
  empty: 'Шүүлтүүрт тохирох баримт бичиг алга.',
  clearFilters: 'Шүүлтүүрийг арилгах',
  notConfigured: 'Баримт бичгийн эх сурвалж тохируулаагүй байна.',
  amendedBy: 'Өөрчлөлт оруулсан',
  repealedBy: 'Хүчингүй болгосон',
} satisfies Translation<PolicyListStrings>;
