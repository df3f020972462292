/** German strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Politikdokumente',
  filters: 'Filter',
  query: 'Wörter in Titel oder Text',
  search: 'Suchen',
  sort: 'Sortieren nach',
  sorts: {
    newest: 'Neueste zuerst',
    relevance: 'Relevanteste zuerst',
  },
  category: 'Kategorie',
  type: 'Dokumentart',
  organ: 'Herausgebende Behörde',
  year: 'Jahr',
  yearFrom: 'Von',
  yearTo: 'Bis',
  anyYear: 'Alle Jahre',
  moreValues: '{{n}} weitere',
  validity: 'Gültigkeit',
  results_one: '{{n}} Dokument gefunden',
  results_other: '{{n}} Dokumente gefunden',
  empty: 'Keine Dokumente entsprechen diesen Filtern.',
  clearFilters: 'Filter zurücksetzen',
  notConfigured: 'Keine Dokumentquelle eingerichtet.',
  amendedBy: 'Geändert durch',
  repealedBy: 'Aufgehoben durch',
} satisfies Translation<PolicyListStrings>;
