/** Portuguese strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Políticas',
  filters: 'Filtros',
  query: 'Palavras do título ou do texto',
  search: 'Pesquisar',
  sort: 'Ordenar por',
  sorts: {
    newest: 'Mais recentes primeiro',
    relevance: 'Mais relevantes primeiro',
  },
  category: 'Categoria',
  type: 'Tipo de documento',
  organ: 'Órgão emissor',
  year: 'Ano',
  yearFrom: 'De',
  yearTo: 'Até',
  anyYear: 'Qualquer ano',
  moreValues: 'Mais {{n}}',
  validity: 'Vigência',
  results_one: '{{n}} documento encontrado',
  results_many: '{{n}} de documentos encontrados',
  results_other: '{{n}} documentos encontrados',
  empty: 'Nenhum documento corresponde a estes filtros.',
  clearFilters: 'Limpar filtros',
  notConfigured: 'Nenhuma fonte de documentos configurada.',
  amendedBy: 'Alterado por',
  repealedBy: 'Revogado por',
} satisfies Translation<PolicyListStrings>;
