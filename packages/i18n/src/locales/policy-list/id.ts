/** Indonesian strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'Kebijakan',
  filters: 'Filter',
  query: 'Kata dalam judul atau teks',
  search: 'Cari',
  sort: 'Urutkan',
  sorts: {
    newest: 'Terbaru dahulu',
    relevance: 'Paling relevan dahulu',
  },
  category: 'Kategori',
  type: 'Jenis dokumen',
  organ: 'Instansi penerbit',
  year: 'Tahun',
  yearFrom: 'Dari',
  yearTo: 'Sampai',
  anyYear: 'Semua tahun',
  moreValues: '{{n}} lainnya',
  validity: 'Masa berlaku',
  results_other: '{{n}} dokumen ditemukan',
  empty: 'Tidak ada dokumen yang cocok dengan filter ini.',
  clearFilters: 'Hapus filter',
  notConfigured: 'Sumber dokumen belum dikonfigurasi.',
  amendedBy: 'Diubah oleh',
  repealedBy: 'Dicabut oleh',
} satisfies Translation<PolicyListStrings>;
