/** Indonesian strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Ada masalah',
  errorPrefix: 'Galat:',
  required: 'Isi {{label}}',
  requiredChoice: 'Pilih {{label}}',
  tooLong: '{{label}} paling banyak {{max}} karakter',
  tooShort: '{{label}} paling sedikit {{min}} karakter',
  pattern: 'Format {{label}} tidak benar',
  email: 'Format {{label}} tidak benar, contoh: nama@contoh.id',
  invalid: 'Periksa {{label}}',
  characterLimit: 'Anda dapat mengetik hingga {{max}} karakter',
  truncated: 'Teks terlalu panjang: hanya {{max}} karakter pertama yang disimpan',
  charactersLeft_other: 'Sisa {{count}} karakter',
  charactersOver_other: 'Kelebihan {{count}} karakter',
} satisfies Translation<FormStrings>;
