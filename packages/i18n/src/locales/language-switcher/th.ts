/** Thai strings of `<portal-language-switcher>`. */
import type { Translation } from '../../namespace.js';
import type { LanguageSwitcherStrings } from './index.js';

export default {
  label: 'ภาษา:',
  suggestion: 'หน้านี้มีเป็นภาษา{{language}}ด้วย',
  switch: 'เปลี่ยนภาษา',
  dismiss: 'ไม่เป็นไร',
} satisfies Translation<LanguageSwitcherStrings>;
