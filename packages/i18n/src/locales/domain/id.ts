/** Indonesian names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Resolusi',
    decision: 'Keputusan',
    order: 'Perintah',
    communique: 'Komunike',
    announcement: 'Pengumuman',
    'public-notice': 'Pemberitahuan publik',
    opinion: 'Pendapat',
    notice: 'Pemberitahuan',
    circular: 'Surat edaran',
    report: 'Laporan',
    request: 'Permohonan arahan',
    reply: 'Jawaban resmi',
    motion: 'Usulan',
    letter: 'Surat',
    minutes: 'Notulen',
  },
  policyCategories: {
    'domestic-trade': 'Perdagangan dalam negeri',
    'foreign-trade': 'Perdagangan luar negeri',
    'foreign-investment': 'Penanaman modal asing',
    'international-cooperation': 'Kerja sama ekonomi internasional',
  },
  publicationKinds: {
    order: 'Peraturan menteri',
    announcement: 'Pengumuman',
    bulletin: 'Buletin',
  },
  validity: {
    'in-force': 'Berlaku',
    amended: 'Diubah',
    repealed: 'Dicabut',
    expired: 'Kedaluwarsa',
  },
} satisfies Translation<DomainStrings>;
