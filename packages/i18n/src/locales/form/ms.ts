/** Malay strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Terdapat masalah',
  errorPrefix: 'Ralat:',
  required: 'Masukkan {{label}}',
  requiredChoice: 'Pilih {{label}}',
  tooLong: '{{label}} mestilah tidak melebihi {{max}} aksara',
  tooShort: '{{label}} mestilah sekurang-kurangnya {{min}} aksara',
  pattern: 'Format {{label}} tidak betul',
  email: 'Format {{label}} tidak betul, contohnya nama@contoh.my',
  invalid: 'Semak {{label}}',
  characterLimit: 'Anda boleh menaip sehingga {{max}} aksara',
  truncated: 'Teks terlalu panjang: hanya {{max}} aksara pertama disimpan',
  charactersLeft_other: 'Baki {{count}} aksara',
  charactersOver_other: 'Terlebih {{count}} aksara',
} satisfies Translation<FormStrings>;
