/** Spanish names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Resolución',
    decision: 'Decisión',
    order: 'Orden',
    communique: 'Comunicado',
    announcement: 'Anuncio',
    'public-notice': 'Aviso público',
    opinion: 'Opinión',
    notice: 'Notificación',
    circular: 'Circular',
    report: 'Informe',
    request: 'Solicitud de instrucciones',
    reply: 'Respuesta oficial',
    motion: 'Moción',
    letter: 'Carta',
    minutes: 'Acta',
  },
  policyCategories: {
    'domestic-trade': 'Comercio interior',
    'foreign-trade': 'Comercio exterior',
    'foreign-investment': 'Inversión extranjera',
    'international-cooperation': 'Cooperación económica internacional',
  },
  publicationKinds: {
    order: 'Orden ministerial',
    announcement: 'Anuncio',
    bulletin: 'Boletín',
  },
  validity: {
    'in-force': 'Vigente',
    amended: 'Modificado',
    repealed: 'Derogado',
    expired: 'Caducado',
  },
} satisfies Translation<DomainStrings>;
