/** Vietnamese strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'Ngôn ngữ:',
  suggestion: 'Trang này cũng có bằng {{language}}.',
  switch: 'Chuyển',
  dismiss: 'Không, cảm ơn',
} satisfies Translation<LanguageSwitcherStrings>;
