/** Spanish strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Hay un problema',
  errorPrefix: 'Error:',
  required: 'Rellene el campo «{{label}}»',
  requiredChoice: 'Elija una opción en «{{label}}»',
  tooLong: '«{{label}}» debe tener {{max}} caracteres como máximo',
  tooShort: '«{{label}}» debe tener {{min}} caracteres como mínimo',
  pattern: 'El formato de «{{label}}» no es correcto',
  email: 'El formato de «{{label}}» no es correcto; por ejemplo: nombre@ejemplo.es',
  invalid: 'Revise el campo «{{label}}»',
  characterLimit: 'Puede escribir hasta {{max}} caracteres',
  truncated: 'El texto era demasiado largo: solo se han conservado los primeros {{max}} caracteres',
  charactersLeft_one: 'Le queda {{count}} carácter',
  charactersLeft_many: 'Le quedan {{count}} de caracteres',
  charactersLeft_other: 'Le quedan {{count}} caracteres',
  charactersOver_one: 'Sobra {{count}} carácter',
  charactersOver_many: 'Sobran {{count}} de caracteres',
  charactersOver_other: 'Sobran {{count}} caracteres',
} satisfies Translation<FormStrings>;
