/** Malay strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Memuatkan…',
  loadingMore: 'Memuatkan lagi…',
  more: 'Tunjukkan lagi',
  empty: 'Tiada apa-apa untuk dipaparkan.',
  notConfigured: 'Sumber data belum dikonfigurasikan.',
  error: 'Kandungan tidak dapat dimuatkan.',
  errorMore: 'Item tambahan tidak dapat dimuatkan.',
  reasons: {
    network: 'Pelayan tidak dapat dihubungi. Semak sambungan anda dan cuba lagi.',
    crossOrigin:
      'Perkhidmatan portal ({{host}}) tidak dapat dihubungi. Perkhidmatan itu mungkin tidak berfungsi atau tidak membenarkan permintaan daripada laman ini ({{origin}}).',
    unreachable:
      'Perkhidmatan portal ({{host}}) tidak dapat dihubungi. Perkhidmatan itu mungkin tidak berfungsi; cuba lagi kemudian.',
    timeout: 'Pelayan mengambil masa terlalu lama untuk menjawab.',
    server: 'Pelayan menghadapi masalah (ralat {{status}}).',
    refused: 'Pelayan menolak permintaan (ralat {{status}}).',
    config: 'Komponen ini tidak ditetapkan dengan betul.',
    unknown: 'Ralat yang tidak dijangka telah berlaku.',
  },
  retry: 'Cuba lagi',
  stale: 'Memaparkan kandungan yang disimpan; tidak dapat dimuat semula.',
  offline: 'Anda di luar talian. Kandungan akan dimuatkan semula apabila sambungan pulih.',
  loadedMore_other: '{{count}} lagi item dimuatkan.',
} satisfies Translation<CommonStrings>;
