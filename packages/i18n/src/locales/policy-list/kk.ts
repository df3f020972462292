/** Kazakh strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Саясат құжаттары',
  filters: 'Сүзгілер',
  query: 'Тақырыптағы немесе мәтіндегі сөздер',
  search: 'Іздеу',
  sort: 'Сұрыптау',
  sorts: {
    newest: 'Алдымен жаңалары',
    relevance: 'Алдымен ең сәйкестері',
  },
  category: 'Санат',
  type: 'Құжат түрі',
  organ: 'Шығарған орган',
  year: 'Жыл',
  yearFrom: 'Бастап',
  yearTo: 'Дейін',
  anyYear: 'Кез келген жыл',
  moreValues: 'Тағы {{n}}',
  validity: 'Қолданылу мәртебесі',
  results_one: '{{n}} құжат табылды',
  results_other: '{{n}} құжат табылды',
  empty: 'Осы сүзгілерге сәйкес құжат жоқ.',
  clearFilters: 'Сүзгілерді тазалау',
  notConfigured: 'Құжаттар көзі бапталмаған.',
  amendedBy: 'Өзгерткен құжат',
  repealedBy: 'Күшін жойған құжат',
} satisfies Translation<PolicyListStrings>;
