/** Chinese (Simplified) strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: '语言：',
  suggestion: '本页面也有{{language}}版本。',
  switch: '切换',
  dismiss: '不用了',
} satisfies Translation<LanguageSwitcherStrings>;
