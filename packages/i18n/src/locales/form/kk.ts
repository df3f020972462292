/** Kazakh strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Қате бар',
  errorPrefix: 'Қате:',
  required: '«{{label}}» өрісін толтырыңыз',
  requiredChoice: '«{{label}}» өрісінен таңдаңыз',
  tooLong: '«{{label}}» {{max}} таңбадан аспауы керек',
  tooShort: '«{{label}}» кемінде {{min}} таңба болуы керек',
  pattern: '«{{label}}» өрісінің пішімі дұрыс емес',
  email: '«{{label}}» өрісінің пішімі дұрыс емес, мысалы: name@example.com',
  invalid: '«{{label}}» өрісін тексеріңіз',
  characterLimit: 'Ең көбі {{max}} таңба енгізуге болады',
  truncated: 'Мәтін тым ұзын болды: тек алғашқы {{max}} таңба сақталды',
  charactersLeft_one: '{{count}} таңба қалды',
  charactersLeft_other: '{{count}} таңба қалды',
  charactersOver_one: '{{count}} таңба артық',
  charactersOver_other: '{{count}} таңба артық',
} satisfies Translation<FormStrings>;
