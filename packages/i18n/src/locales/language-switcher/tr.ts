/** Turkish strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Dil:',
  suggestion: 'Bu sayfa {{language}} olarak da mevcut.',
  switch: 'Değiştir',
  dismiss: 'Hayır, teşekkürler',
} satisfies Translation<LanguageSwitcherStrings>;
