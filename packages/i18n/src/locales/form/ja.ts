/** Japanese strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: '入力内容に問題があります',
  errorPrefix: 'エラー：',
  required: '{{label}}を入力してください',
  requiredChoice: '{{label}}を選択してください',
  tooLong: '{{label}}は{{max}}文字以内で入力してください',
  tooShort: '{{label}}は{{min}}文字以上で入力してください',
  pattern: '{{label}}の形式が正しくありません',
  email: '{{label}}の形式が正しくありません（例：name@example.com）',
  invalid: '{{label}}を確認してください',
  characterLimit: '最大{{max}}文字まで入力できます',
  truncated: 'テキストが長すぎるため、先頭の{{max}}文字だけを残しました',
  charactersLeft_other: '残り{{count}}文字です',
  charactersOver_other: '{{count}}文字超過しています',
} satisfies Translation<FormStrings>;
