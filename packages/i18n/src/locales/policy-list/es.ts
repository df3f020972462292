/** Spanish strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Políticas',
  filters: 'Filtros',
  query: 'Palabras del título o del texto',
  search: 'Buscar',
  sort: 'Ordenar por',
  sorts: {
    newest: 'Más recientes primero',
    relevance: 'Más relevantes primero',
  },
  category: 'Categoría',
  type: 'Tipo de documento',
  organ: 'Órgano emisor',
  year: 'Año',
  yearFrom: 'Desde',
  yearTo: 'Hasta',
  anyYear: 'Cualquier año',
  moreValues: '{{n}} más',
  validity: 'Vigencia',
  results_one: '{{n}} documento encontrado',
  results_many: '{{n}} de documentos encontrados',
  results_other: '{{n}} documentos encontrados',
  empty: 'Ningún documento coincide con estos filtros.',
  clearFilters: 'Borrar filtros',
  notConfigured: 'No hay ninguna fuente de documentos configurada.',
  amendedBy: 'Modificado por',
  repealedBy: 'Derogado por',
} satisfies Translation<PolicyListStrings>;
