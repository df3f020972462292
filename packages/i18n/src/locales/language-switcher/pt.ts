/** Portuguese strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Idioma:',
  suggestion: 'Esta página também está disponível em {{language}}.',
  switch: 'Mudar',
  dismiss: 'Não, obrigado',
} satisfies Translation<LanguageSwitcherStrings>;
