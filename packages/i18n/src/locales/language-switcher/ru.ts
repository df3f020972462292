/** Russian strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Язык:',
  suggestion: 'Эта страница доступна и на этом языке: {{language}}.',
  switch: 'Переключить',
  dismiss: 'Нет, спасибо',
} satisfies Translation<LanguageSwitcherStrings>;
