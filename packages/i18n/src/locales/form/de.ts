/** German strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Es ist ein Problem aufgetreten',
  errorPrefix: 'Fehler:',
  required: 'Füllen Sie das Feld „{{label}}“ aus',
  requiredChoice: 'Wählen Sie etwas im Feld „{{label}}“ aus',
  tooLong: '„{{label}}“ darf höchstens {{max}} Zeichen lang sein',
  tooShort: '„{{label}}“ muss mindestens {{min}} Zeichen lang sein',
  pattern: 'Das Format von „{{label}}“ ist nicht korrekt',
  email: 'Das Format von „{{label}}“ ist nicht korrekt, z. B. name@beispiel.de',
  invalid: 'Prüfen Sie das Feld „{{label}}“',
  characterLimit: 'Sie können bis zu {{max}} Zeichen eingeben',
  truncated: 'Der Text war zu lang: Nur die ersten {{max}} Zeichen wurden übernommen',
  charactersLeft_one: 'Sie haben noch {{count}} Zeichen übrig',
  charactersLeft_other: 'Sie haben noch {{count}} Zeichen übrig',
  charactersOver_one: 'Sie haben {{count}} Zeichen zu viel',
  charactersOver_other: 'Sie haben {{count}} Zeichen zu viel',
} satisfies Translation<FormStrings>;
