/** Italian strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Politiche',
  filters: 'Filtri',
  query: 'Parole nel titolo o nel testo',
  search: 'Cerca',
  sort: 'Ordina per',
  sorts: {
    newest: 'Prima i più recenti',
    relevance: 'Prima i più pertinenti',
  },
  category: 'Categoria',
  type: 'Tipo di documento',
  organ: 'Organo emittente',
  year: 'Anno',
  yearFrom: 'Dal',
  yearTo: 'Al',
  anyYear: 'Qualsiasi anno',
  moreValues: 'Altri {{n}}',
  validity: 'Validità',
  results_one: '{{n}} documento trovato',
  results_many: '{{n}} di documenti trovati',
  results_other: '{{n}} documenti trovati',
  empty: 'Nessun documento corrisponde a questi filtri.',
  clearFilters: 'Cancella filtri',
  notConfigured: 'Nessuna fonte di documenti configurata.',
  amendedBy: 'Modificato da',
  repealedBy: 'Abrogato da',
} satisfies Translation<PolicyListStrings>;
