/** Portuguese strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Há um problema',
  errorPrefix: 'Erro:',
  required: 'Preencha o campo «{{label}}»',
  requiredChoice: 'Escolha uma opção em «{{label}}»',
  tooLong: '«{{label}}» deve ter no máximo {{max}} caracteres',
  tooShort: '«{{label}}» deve ter pelo menos {{min}} caracteres',
  pattern: 'O formato de «{{label}}» não está correto',
  email: 'O formato de «{{label}}» não está correto; por exemplo: nome@exemplo.pt',
  invalid: 'Verifique o campo «{{label}}»',
  characterLimit: 'Pode escrever até {{max}} caracteres',
  truncated: 'O texto era demasiado longo: só foram mantidos os primeiros {{max}} caracteres',
  charactersLeft_one: 'Resta {{count}} carácter',
  charactersLeft_many: 'Restam {{count}} de caracteres',
  charactersLeft_other: 'Restam {{count}} caracteres',
  charactersOver_one: 'Excedeu em {{count}} carácter',
  charactersOver_many: 'Excedeu em {{count}} de caracteres',
  charactersOver_other: 'Excedeu em {{count}} caracteres',
} satisfies Translation<FormStrings>;
