/** German names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Resolution',
    decision: 'Beschluss',
    order: 'Anordnung',
    communique: 'Kommuniqué',
    announcement: 'Bekanntmachung',
    'public-notice': 'Öffentliche Mitteilung',
    opinion: 'Stellungnahme',
    notice: 'Mitteilung',
    circular: 'Rundschreiben',
    report: 'Bericht',
    request: 'Ersuchen um Weisung',
    reply: 'Antwortbescheid',
    motion: 'Antrag',
    letter: 'Schreiben',
    minutes: 'Protokoll',
  },
  policyCategories: {
    'domestic-trade': 'Binnenhandel',
    'foreign-trade': 'Außenhandel',
    'foreign-investment': 'Auslandsinvestitionen',
    'international-cooperation': 'Internationale Wirtschaftszusammenarbeit',
  },
  publicationKinds: {
    order: 'Ministerialverordnung',
    announcement: 'Bekanntmachung',
    bulletin: 'Bulletin',
  },
  validity: {
    'in-force': 'In Kraft',
    amended: 'Geändert',
    repealed: 'Aufgehoben',
    expired: 'Außer Kraft',
  },
} satisfies Translation<DomainStrings>;
