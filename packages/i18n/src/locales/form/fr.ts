/** French strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Il y a un problème',
  errorPrefix: 'Erreur :',
  required: 'Renseignez le champ « {{label}} »',
  requiredChoice: 'Choisissez une option pour « {{label}} »',
  tooLong: '« {{label}} » doit compter au plus {{max}} caractères',
  tooShort: '« {{label}} » doit compter au moins {{min}} caractères',
  pattern: 'Le format de « {{label}} » est incorrect',
  email: 'Le format de « {{label}} » est incorrect ; exemple : nom@exemple.fr',
  invalid: 'Vérifiez le champ « {{label}} »',
  characterLimit: 'Vous pouvez saisir jusqu’à {{max}} caractères',
  truncated: 'Le texte était trop long : seuls les {{max}} premiers caractères ont été conservés',
  charactersLeft_one: 'Il vous reste {{count}} caractère',
  charactersLeft_many: 'Il vous reste {{count}} de caractères',
  charactersLeft_other: 'Il vous reste {{count}} caractères',
  charactersOver_one: '{{count}} caractère en trop',
  charactersOver_many: '{{count}} de caractères en trop',
  charactersOver_other: '{{count}} caractères en trop',
} satisfies Translation<FormStrings>;
