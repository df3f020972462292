/** Russian strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Перейти к основному содержанию',
  searchLabel: 'Поиск по сайту',
  searchButton: 'Найти',
  accessibility: 'Доступность',
  careMode: 'Режим для пожилых',
  careModeHint: 'Крупный текст, высокая контрастность, без анимации',
  notConfigured: 'Шапку здесь показать нельзя: сайт не задан.',
  invalid: 'Шапку нельзя показать: запись сайта нарушает правила именования.',
  invalidFields: 'Исправьте поля:',
  wholeRecord: 'запись целиком',
} satisfies Translation<MastheadStrings>;
