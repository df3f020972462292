/** Turkish strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Bir sorun var',
  errorPrefix: 'Hata:',
  required: '“{{label}}” alanını doldurun',
  requiredChoice: '“{{label}}” alanında bir seçim yapın',
  tooLong: '“{{label}}” en fazla {{max}} karakter olmalıdır',
  tooShort: '“{{label}}” en az {{min}} karakter olmalıdır',
  pattern: '“{{label}}” alanının biçimi doğru değil',
  email: '“{{label}}” alanının biçimi doğru değil, örneğin ad@ornek.com.tr',
  invalid: '“{{label}}” alanını kontrol edin',
  characterLimit: 'En fazla {{max}} karakter girebilirsiniz',
  truncated: 'Metin çok uzundu: yalnızca ilk {{max}} karakter tutuldu',
  charactersLeft_one: '{{count}} karakter hakkınız kaldı',
  charactersLeft_other: '{{count}} karakter hakkınız kaldı',
  charactersOver_one: '{{count}} karakter fazla yazdınız',
  charactersOver_other: '{{count}} karakter fazla yazdınız',
} satisfies Translation<FormStrings>;
