/** Kazakh strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Мұндай құжат жоқ.',
  notFoundHint: 'Мекенжайды тексеріңіз немесе құжатты нөмірі бойынша іздеңіз.',
  fallback: 'Бұл құжат сіздің тіліңізде жоқ, сондықтан қытай тілінде көрсетілді.',
  fileNumber: 'Құжат нөмірі',
  indexNumber: 'Индекс нөмірі',
  issuer: 'Шығарған орган',
  type: 'Түрі',
  category: 'Санаты',
  written: 'Жасалған күні',
  published: 'Жарияланған күні',
  effective: 'Күшіне енген күні',
  validity: 'Күші',
  replacedBy: 'Орнын басқан құжат',
  attachments: 'Тіркемелер',
  interpretations: 'Түсіндірмелер',
  relations: 'Байланысты құжаттар',
  relationKinds: {
    amends: 'Өзгертеді',
    'amended-by': 'Өзгертілген',
    repeals: 'Күшін жояды',
    'repealed-by': 'Күші жойылған',
  },
} satisfies Translation<DocumentStrings>;
