/** Turkish names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'İlke kararı',
    decision: 'Karar',
    order: 'Emir',
    communique: 'Bildiri',
    announcement: 'Duyuru',
    'public-notice': 'Kamu ilanı',
    opinion: 'Görüş',
    notice: 'Bildirim',
    circular: 'Genelge',
    report: 'Rapor',
    request: 'Talimat talebi',
    reply: 'Resmî yanıt',
    motion: 'Önerge',
    letter: 'Yazı',
    minutes: 'Tutanak',
  },
  policyCategories: {
    'domestic-trade': 'İç ticaret',
    'foreign-trade': 'Dış ticaret',
    'foreign-investment': 'Yabancı yatırım',
    'international-cooperation': 'Uluslararası ekonomik iş birliği',
  },
  publicationKinds: {
    order: 'Bakanlık emri',
    announcement: 'Duyuru',
    bulletin: 'Bülten',
  },
  validity: {
    'in-force': 'Yürürlükte',
    amended: 'Değiştirildi',
    repealed: 'Yürürlükten kaldırıldı',
    expired: 'Süresi doldu',
  },
} satisfies Translation<DomainStrings>;
