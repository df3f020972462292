/** Indonesian strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Memuat…',
  loadingMore: 'Memuat lainnya…',
  more: 'Tampilkan lainnya',
  empty: 'Tidak ada yang dapat ditampilkan.',
  notConfigured: 'Sumber data belum dikonfigurasi.',
  error: 'Konten tidak dapat dimuat.',
  errorMore: 'Item lainnya tidak dapat dimuat.',
  reasons: {
    network: 'Server tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.',
    crossOrigin:
      'Layanan portal ({{host}}) tidak dapat dihubungi. Layanan mungkin sedang tidak aktif atau tidak mengizinkan permintaan dari situs ini ({{origin}}).',
    unreachable:
      'Layanan portal ({{host}}) tidak dapat dihubungi. Layanan mungkin sedang tidak aktif; coba lagi nanti.',
    timeout: 'Server terlalu lama merespons.',
    server: 'Server mengalami masalah (galat {{status}}).',
    refused: 'Server menolak permintaan (galat {{status}}).',
    config: 'Komponen ini tidak diatur dengan benar.',
    unknown: 'Terjadi kesalahan yang tidak terduga.',
  },
  retry: 'Coba lagi',
  stale: 'Menampilkan konten tersimpan; tidak dapat memperbarui.',
  offline: 'Anda sedang luring. Konten akan dimuat ulang saat koneksi kembali.',
  loadedMore_other: '{{count}} item lagi dimuat.',
} satisfies Translation<CommonStrings>;
