/** Malay strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Bahasa:',
  suggestion: 'Halaman ini juga ada dalam {{language}}.',
  switch: 'Tukar',
  dismiss: 'Tidak, terima kasih',
} satisfies Translation<LanguageSwitcherStrings>;
