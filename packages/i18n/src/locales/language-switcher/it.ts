/** Italian strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Lingua:',
  suggestion: 'Questa pagina è disponibile anche in {{language}}.',
  switch: 'Cambia lingua',
  dismiss: 'No, grazie',
} satisfies Translation<LanguageSwitcherStrings>;
