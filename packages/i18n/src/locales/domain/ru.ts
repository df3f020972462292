/** Russian names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'Резолюция',
    decision: 'Решение',
    order: 'Приказ',
    communique: 'Коммюнике',
    announcement: 'Объявление',
    'public-notice': 'Публичное уведомление',
    opinion: 'Заключение',
    notice: 'Уведомление',
    circular: 'Циркуляр',
    report: 'Доклад',
    request: 'Запрос указаний',
    reply: 'Ответ',
    motion: 'Предложение',
    letter: 'Письмо',
    minutes: 'Протокол',
  },
  policyCategories: {
    'domestic-trade': 'Внутренняя торговля',
    'foreign-trade': 'Внешняя торговля',
    'foreign-investment': 'Иностранные инвестиции',
    'international-cooperation': 'Международное экономическое сотрудничество',
  },
  publicationKinds: {
    order: 'Приказ министерства',
    announcement: 'Объявление',
    bulletin: 'Бюллетень',
  },
  validity: {
    'in-force': 'Действует',
    amended: 'Изменён',
    repealed: 'Отменён',
    expired: 'Утратил силу',
  },
} satisfies Translation<DomainStrings>;
