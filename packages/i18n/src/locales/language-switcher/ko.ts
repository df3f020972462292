/** Korean strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: '언어:',
  suggestion: '이 페이지는 {{language}}로도 볼 수 있습니다.',
  switch: '전환하기',
  dismiss: '괜찮습니다',
} satisfies Translation<LanguageSwitcherStrings>;
