/** Kazakh strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Тіл:',
  suggestion: 'Бұл бетті мына тілде де оқуға болады: {{language}}.',
  switch: 'Ауыстыру',
  dismiss: 'Жоқ, рақмет',
} satisfies Translation<LanguageSwitcherStrings>;
