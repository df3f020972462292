/** Malay strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Dasar',
  filters: 'Penapis',
  query: 'Perkataan dalam tajuk atau teks',
  search: 'Cari',
  sort: 'Isih mengikut',
  sorts: {
    newest: 'Terbaharu dahulu',
    relevance: 'Paling relevan dahulu',
  },
  category: 'Kategori',
  type: 'Jenis dokumen',
  organ: 'Badan pengeluar',
  year: 'Tahun',
  yearFrom: 'Dari',
  yearTo: 'Hingga',
  anyYear: 'Semua tahun',
  moreValues: '{{n}} lagi',
  validity: 'Kesahan',
  results_other: '{{n}} dokumen ditemui',
  empty: 'Tiada dokumen yang sepadan dengan penapis ini.',
  clearFilters: 'Kosongkan penapis',
  notConfigured: 'Sumber dokumen belum dikonfigurasikan.',
  amendedBy: 'Dipinda oleh',
  repealedBy: 'Dimansuhkan oleh',
} satisfies Translation<PolicyListStrings>;
