/** Italian names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Risoluzione',
    decision: 'Decisione',
    order: 'Ordine',
    communique: 'Comunicato',
    announcement: 'Annuncio',
    'public-notice': 'Avviso pubblico',
    opinion: 'Parere',
    notice: 'Notifica',
    circular: 'Circolare',
    report: 'Relazione',
    request: 'Richiesta di istruzioni',
    reply: 'Risposta ufficiale',
    motion: 'Mozione',
    letter: 'Lettera',
    minutes: 'Verbale',
  },
  policyCategories: {
    'domestic-trade': 'Commercio interno',
    'foreign-trade': 'Commercio estero',
    'foreign-investment': 'Investimenti esteri',
    'international-cooperation': 'Cooperazione economica internazionale',
  },
  publicationKinds: {
    order: 'Decreto ministeriale',
    announcement: 'Annuncio',
    bulletin: 'Bollettino',
  },
  validity: {
    'in-force': 'In vigore',
    amended: 'Modificato',
    repealed: 'Abrogato',
    expired: 'Scaduto',
  },
} satisfies Translation<DomainStrings>;
