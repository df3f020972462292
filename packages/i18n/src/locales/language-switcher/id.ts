/** Indonesian strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Bahasa:',
  suggestion: 'Halaman ini juga tersedia dalam {{language}}.',
  switch: 'Ganti',
  dismiss: 'Tidak, terima kasih',
} satisfies Translation<LanguageSwitcherStrings>;
