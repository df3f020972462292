/** Spanish strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Idioma:',
  suggestion: 'Esta página también está disponible en {{language}}.',
  switch: 'Cambiar',
  dismiss: 'No, gracias',
} satisfies Translation<LanguageSwitcherStrings>;
