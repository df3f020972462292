/** Persian strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'زبان:',
  suggestion: 'این صفحه به زبان {{language}} نیز در دسترس است.',
  switch: 'تغییر زبان',
  dismiss: 'نه، متشکرم',
} satisfies Translation<LanguageSwitcherStrings>;
