/** Simplified Chinese strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: '跳到主要内容',
  searchLabel: '站内搜索',
  searchButton: '搜索',
  accessibility: '无障碍',
  careMode: '关怀版',
  careModeHint: '字号更大、对比更强、无动画',
  notConfigured: '此处无法显示页头：未设置网站。',
  invalid: '无法显示页头：网站记录不符合命名规则。',
  invalidFields: '需更正的字段：',
  wholeRecord: '整条记录',
} satisfies Translation<MastheadStrings>;
