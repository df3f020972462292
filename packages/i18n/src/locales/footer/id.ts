/** Indonesian strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Tentang situs ini',
  organizer: 'Penyelenggara:',
  siteCode: 'Kode identifikasi situs:',
  icp: 'Nomor pendaftaran ICP:',
  publicSecurity: 'Nomor pendaftaran keamanan publik:',
  phone: 'Telepon:',
  email: 'Surel:',
  address: 'Alamat:',
  contact: 'Hubungi kami',
  sitemap: 'Peta situs',
  reportError: 'Laporkan kesalahan di situs ini',
  external: 'Situs eksternal',
  notConfigured: 'Informasi situs tidak dapat ditampilkan di sini: situs belum ditetapkan.',
  invalid: 'Informasi situs tidak dapat ditampilkan: data situs melanggar aturan penamaan.',
  invalidFields: 'Kolom yang harus diperbaiki:',
  wholeRecord: 'seluruh data',
} satisfies Translation<FooterStrings>;
