/** French strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Langue :',
  suggestion: 'Cette page est aussi disponible en {{language}}.',
  switch: 'Changer de langue',
  dismiss: 'Non merci',
} satisfies Translation<LanguageSwitcherStrings>;
