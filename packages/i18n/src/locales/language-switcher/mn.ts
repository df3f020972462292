/** Mongolian strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Хэл:',
  suggestion: 'Энэ хуудас {{language}} хэлээр бас байна.',
  switch: 'Солих',
  dismiss: 'Үгүй, баярлалаа',
} satisfies Translation<LanguageSwitcherStrings>;
