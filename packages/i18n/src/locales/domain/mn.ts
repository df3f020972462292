/** Mongolian names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Тогтоол',
    decision: 'Шийдвэр',
    order: 'Тушаал',
    communique: 'Албан мэдэгдэл',
    announcement: 'Зарлал',
    'public-notice': 'Олон нийтэд зориулсан зар',
    opinion: 'Санал дүгнэлт',
    notice: 'Мэдэгдэл',
    circular: 'Тойрох бичиг',
    report: 'Илтгэл',
    request: 'Заавар хүссэн бичиг',
    reply: 'Хариу бичиг',
    motion: 'Санал',
    letter: 'Албан бичиг',
    minutes: 'Тэмдэглэл',
  },
  policyCategories: {
    'domestic-trade': 'Дотоод худалдаа',
    'foreign-trade': 'Гадаад худалдаа',
    'foreign-investment': 'Гадаадын хөрөнгө оруулалт',
    'international-cooperation': 'Олон улсын эдийн засгийн хамтын ажиллагаа',
  },
  publicationKinds: {
    order: 'Яамны тушаал',
    announcement: 'Зарлал',
    bulletin: 'Мэдээллийн товхимол',
  },
  validity: {
    'in-force': 'Хүчинтэй',
    amended: 'Өөрчлөгдсөн',
    repealed: 'Хүчингүй болсон',
    expired: 'Хугацаа дууссан',
  },
} satisfies Translation<DomainStrings>;
