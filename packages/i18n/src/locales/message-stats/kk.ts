/** Kazakh strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Хаттар: жыл сандармен',
  year: 'Жыл',
  caption: '{{year}} жылы түскен хаттар және оларға жауап беру, түскен айы бойынша',
  month: 'Ай',
  received: 'Түскені',
  replied: 'Жауап берілгені',
  onTime: 'Мерзімінде жауап берілгені',
  median: 'Жауапқа дейінгі жұмыс күндерінің медианасы',
  total: 'Жыл бойы',
  none: 'жоқ',
  summary_one:
    '{{year}} жыл: {{n}} хат түсті, {{percent}} мерзімінде жауап берілді, медиана {{days}}.',
  summary_other:
    '{{year}} жыл: {{n}} хат түсті, {{percent}} мерзімінде жауап берілді, медиана {{days}}.',
  days_one: '{{n}} жұмыс күні',
  days_other: '{{n}} жұмыс күні',
  unreplied_one: '{{year}} жыл: {{n}} хат түсті, әлі жауап берілмеді.',
  unreplied_other: '{{year}} жыл: {{n}} хат түсті, әлі жауап берілмеді.',
  note: 'Мерзімінде: түскеннен кейін 5 жұмыс күні ішінде жауап берілген. Пайыз жауап берілген хаттардан есептеледі.',
  empty: '{{year}} жыл: хат түскен жоқ.',
  notConfigured: 'Статистиканы мұнда көрсету мүмкін емес: бапталмаған.',
} satisfies Translation<MessageStatsStrings>;
