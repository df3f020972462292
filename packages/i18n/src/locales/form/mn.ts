/** Mongolian strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Алдаа гарлаа',
  errorPrefix: 'Алдаа:',
  required: '«{{label}}» талбарыг бөглөнө үү',
  requiredChoice: '«{{label}}» талбараас сонгоно уу',
  tooLong: '«{{label}}» {{max}} тэмдэгтээс хэтрэхгүй байх ёстой',
  tooShort: '«{{label}}» дор хаяж {{min}} тэмдэгт байх ёстой',
  pattern: '«{{label}}» талбарын хэлбэр буруу байна',
  email: '«{{label}}» талбарын хэлбэр буруу байна, жишээ нь name@example.com',
  invalid: '«{{label}}» талбарыг шалгана уу',
  characterLimit: 'Хамгийн ихдээ {{max}} тэмдэгт оруулж болно',
  truncated: 'Текст хэт урт байсан тул эхний {{max}} тэмдэгтийг л хадгаллаа',
  charactersLeft_one: '{{count}} тэмдэгт үлдлээ',
  charactersLeft_other: '{{count}} тэмдэгт үлдлээ',
  charactersOver_one: '{{count}} тэмдэгтээр хэтэрлээ',
  charactersOver_other: '{{count}} тэмдэгтээр хэтэрлээ',
} satisfies Translation<FormStrings>;
