/** Mongolian strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Үндсэн агуулга руу шилжих',
  searchLabel: 'Сайтаас хайх',
  searchButton: 'Хайх',
  accessibility: 'Хүртээмж',
  careMode: 'Ахмад настны горим',
  careModeHint: 'Том үсэг, өндөр ялгарал, хөдөлгөөнгүй',
  notConfigured: 'Толгой хэсгийг энд харуулах боломжгүй: сайт тохируулаагүй байна.',
  invalid: 'Толгой хэсгийг харуулах боломжгүй: сайтын бүртгэл нэршлийн дүрэм зөрчиж байна.',
  invalidFields: 'Засах талбарууд:',
  wholeRecord: 'бүртгэл бүхэлдээ',
} satisfies Translation<MastheadStrings>;
