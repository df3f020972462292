/** Italian strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'C’è un problema',
  errorPrefix: 'Errore:',
  required: 'Compila il campo «{{label}}»',
  requiredChoice: 'Scegli un’opzione in «{{label}}»',
  tooLong: '«{{label}}» deve avere al massimo {{max}} caratteri',
  tooShort: '«{{label}}» deve avere almeno {{min}} caratteri',
  pattern: 'Il formato di «{{label}}» non è corretto',
  email: 'Il formato di «{{label}}» non è corretto, ad esempio nome@esempio.it',
  invalid: 'Controlla il campo «{{label}}»',
  characterLimit: 'Puoi inserire fino a {{max}} caratteri',
  truncated: 'Il testo era troppo lungo: sono stati conservati solo i primi {{max}} caratteri',
  charactersLeft_one: 'Ti resta {{count}} carattere',
  charactersLeft_many: 'Ti restano {{count}} di caratteri',
  charactersLeft_other: 'Ti restano {{count}} caratteri',
  charactersOver_one: 'Hai {{count}} carattere in più',
  charactersOver_many: 'Hai {{count}} di caratteri in più',
  charactersOver_other: 'Hai {{count}} caratteri in più',
} satisfies Translation<FormStrings>;
