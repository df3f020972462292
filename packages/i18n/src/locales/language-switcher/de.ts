/** German strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Sprache:',
  suggestion: 'Diese Seite gibt es auch auf {{language}}.',
  switch: 'Wechseln',
  dismiss: 'Nein, danke',
} satisfies Translation<LanguageSwitcherStrings>;
