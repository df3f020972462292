/** Malay names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Resolusi',
    decision: 'Keputusan',
    order: 'Perintah',
    communique: 'Komunike',
    announcement: 'Pengumuman',
    'public-notice': 'Notis awam',
    opinion: 'Pandangan',
    notice: 'Notis',
    circular: 'Pekeliling',
    report: 'Laporan',
    request: 'Permohonan arahan',
    reply: 'Jawapan rasmi',
    motion: 'Usul',
    letter: 'Surat',
    minutes: 'Minit',
  },
  policyCategories: {
    'domestic-trade': 'Perdagangan dalam negeri',
    'foreign-trade': 'Perdagangan luar negeri',
    'foreign-investment': 'Pelaburan asing',
    'international-cooperation': 'Kerjasama ekonomi antarabangsa',
  },
  publicationKinds: {
    order: 'Perintah menteri',
    announcement: 'Pengumuman',
    bulletin: 'Buletin',
  },
  validity: {
    'in-force': 'Berkuat kuasa',
    amended: 'Dipinda',
    repealed: 'Dimansuhkan',
    expired: 'Luput',
  },
} satisfies Translation<DomainStrings>;
