/** Korean strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: '문제가 있습니다',
  errorPrefix: '오류:',
  required: '{{label}}을(를) 입력하세요',
  requiredChoice: '{{label}}을(를) 선택하세요',
  tooLong: '{{label}}은(는) {{max}}자 이하여야 합니다',
  tooShort: '{{label}}은(는) {{min}}자 이상이어야 합니다',
  pattern: '{{label}}의 형식이 올바르지 않습니다',
  email: '{{label}}의 형식이 올바르지 않습니다(예: name@example.com)',
  invalid: '{{label}}을(를) 확인하세요',
  characterLimit: '최대 {{max}}자까지 입력할 수 있습니다',
  truncated: '텍스트가 너무 길어 처음 {{max}}자만 남겼습니다',
  charactersLeft_other: '{{count}}자 남았습니다',
  charactersOver_other: '{{count}}자 초과했습니다',
} satisfies Translation<FormStrings>;
