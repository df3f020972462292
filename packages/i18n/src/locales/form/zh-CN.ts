/** Chinese (Simplified) strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: '存在问题',
  errorPrefix: '错误：',
  required: '请输入{{label}}',
  requiredChoice: '请选择{{label}}',
  tooLong: '{{label}}不得超过 {{max}} 个字符',
  tooShort: '{{label}}至少需要 {{min}} 个字符',
  pattern: '{{label}}的格式不正确',
  email: '{{label}}的格式不正确，应类似 name@example.com',
  invalid: '请检查{{label}}',
  characterLimit: '最多可输入 {{max}} 个字符',
  truncated: '文本过长，只保留了前 {{max}} 个字符',
  charactersLeft_other: '还可输入 {{count}} 个字符',
  charactersOver_other: '超出 {{count}} 个字符',
} satisfies Translation<FormStrings>;
