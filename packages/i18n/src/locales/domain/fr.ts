/** French names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Résolution',
    decision: 'Décision',
    order: 'Ordre',
    communique: 'Communiqué',
    announcement: 'Annonce',
    'public-notice': 'Avis public',
    opinion: 'Avis',
    notice: 'Circulaire',
    circular: 'Communication',
    report: 'Rapport',
    request: "Demande d'instructions",
    reply: 'Réponse officielle',
    motion: 'Motion',
    letter: 'Lettre',
    minutes: 'Procès-verbal',
  },
  policyCategories: {
    'domestic-trade': 'Commerce intérieur',
    'foreign-trade': 'Commerce extérieur',
    'foreign-investment': 'Investissement étranger',
    'international-cooperation': 'Coopération économique internationale',
  },
  publicationKinds: {
    order: 'Arrêté ministériel',
    announcement: 'Annonce',
    bulletin: 'Bulletin',
  },
  validity: {
    'in-force': 'En vigueur',
    amended: 'Modifié',
    repealed: 'Abrogé',
    expired: 'Expiré',
  },
} satisfies Translation<DomainStrings>;
