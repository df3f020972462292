/** Japanese strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: '言語：',
  suggestion: 'このページは{{language}}でもご覧いただけます。',
  switch: '切り替える',
  dismiss: '今はしない',
} satisfies Translation<LanguageSwitcherStrings>;
