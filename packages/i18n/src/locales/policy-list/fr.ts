/** French strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Politiques',
  filters: 'Filtres',
  query: 'Mots du titre ou du texte',
  search: 'Rechercher',
  sort: 'Trier par',
  sorts: {
    newest: 'Plus récents d’abord',
    relevance: 'Plus pertinents d’abord',
  },
  category: 'Catégorie',
  type: 'Type de document',
  organ: 'Organe émetteur',
  year: 'Année',
  yearFrom: 'De',
  yearTo: 'À',
  anyYear: 'Toutes les années',
  moreValues: '{{n}} de plus',
  validity: 'Validité',
  results_one: '{{n}} document trouvé',
  results_many: '{{n}} de documents trouvés',
  results_other: '{{n}} documents trouvés',
  empty: 'Aucun document ne correspond à ces filtres.',
  clearFilters: 'Effacer les filtres',
  notConfigured: 'Aucune source de documents n’est configurée.',
  amendedBy: 'Modifié par',
  repealedBy: 'Abrogé par',
} satisfies Translation<PolicyListStrings>;
