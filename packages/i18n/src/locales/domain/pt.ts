/** Portuguese names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Resolução',
    decision: 'Decisão',
    order: 'Ordem',
    communique: 'Comunicado',
    announcement: 'Anúncio',
    'public-notice': 'Aviso público',
    opinion: 'Parecer',
    notice: 'Notificação',
    circular: 'Circular',
    report: 'Relatório',
    request: 'Pedido de instruções',
    reply: 'Resposta oficial',
    motion: 'Moção',
    letter: 'Carta',
    minutes: 'Ata',
  },
  policyCategories: {
    'domestic-trade': 'Comércio interno',
    'foreign-trade': 'Comércio externo',
    'foreign-investment': 'Investimento estrangeiro',
    'international-cooperation': 'Cooperação económica internacional',
  },
  publicationKinds: {
    order: 'Portaria ministerial',
    announcement: 'Anúncio',
    bulletin: 'Boletim',
  },
  validity: {
    'in-force': 'Em vigor',
    amended: 'Alterado',
    repealed: 'Revogado',
    expired: 'Caducado',
  },
} satisfies Translation<DomainStrings>;
