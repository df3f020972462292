/** Russian strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Нормативные документы',
  filters: 'Фильтры',
  query: 'Слова в заголовке или тексте',
  search: 'Найти',
  sort: 'Сортировка',
  sorts: {
    newest: 'Сначала новые',
    relevance: 'Сначала наиболее релевантные',
  },
  category: 'Категория',
  type: 'Вид документа',
  organ: 'Издавший орган',
  year: 'Год',
  yearFrom: 'С',
  yearTo: 'По',
  anyYear: 'Любой год',
  moreValues: 'Ещё {{n}}',
  validity: 'Статус действия',
  results_one: 'Найден {{n}} документ',
  results_few: 'Найдено {{n}} документа',
  results_many: 'Найдено {{n}} документов',
  results_other: 'Найдено {{n}} документа',
  empty: 'Нет документов, соответствующих фильтрам.',
  clearFilters: 'Сбросить фильтры',
  notConfigured: 'Источник документов не настроен.',
  amendedBy: 'Изменён документом',
  repealedBy: 'Отменён документом',
} satisfies Translation<PolicyListStrings>;
