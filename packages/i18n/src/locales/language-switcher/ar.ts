/** Arabic strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'اللغة:',
  suggestion: 'هذه الصفحة متاحة أيضًا باللغة {{language}}.',
  switch: 'التبديل',
  dismiss: 'لا، شكرًا',
} satisfies Translation<LanguageSwitcherStrings>;
