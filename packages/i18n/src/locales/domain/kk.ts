/** Kazakh names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Қарар',
    decision: 'Шешім',
    order: 'Бұйрық',
    communique: 'Коммюнике',
    announcement: 'Хабарландыру',
    'public-notice': 'Жалпыға арналған хабарлама',
    opinion: 'Пікір',
    notice: 'Хабарлама',
    circular: 'Циркуляр',
    report: 'Баяндама',
    request: 'Нұсқау сұрау',
    reply: 'Ресми жауап',
    motion: 'Ұсыныс',
    letter: 'Хат',
    minutes: 'Хаттама',
  },
  policyCategories: {
    'domestic-trade': 'Ішкі сауда',
    'foreign-trade': 'Сыртқы сауда',
    'foreign-investment': 'Шетелдік инвестиция',
    'international-cooperation': 'Халықаралық экономикалық ынтымақтастық',
  },
  publicationKinds: {
    order: 'Министрлік бұйрығы',
    announcement: 'Хабарландыру',
    bulletin: 'Бюллетень',
  },
  validity: {
    'in-force': 'Күшінде',
    amended: 'Өзгертілген',
    repealed: 'Күшін жойған',
    expired: 'Мерзімі өткен',
  },
} satisfies Translation<DomainStrings>;
