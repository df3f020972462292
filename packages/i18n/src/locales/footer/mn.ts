/** Mongolian strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Сайтын тухай',
  organizer: 'Эрхлэн гаргагч:',
  siteCode: 'Сайтын таних код:',
  icp: 'ICP бүртгэлийн дугаар:',
  publicSecurity: 'Нийтийн аюулгүй байдлын бүртгэлийн дугаар:',
  phone: 'Утас:',
  email: 'Имэйл:',
  address: 'Хаяг:',
  contact: 'Холбоо барих',
  sitemap: 'Сайтын бүтэц',
  reportError: 'Энэ сайтын алдааг мэдээлэх',
  external: 'Гадны сайт',
  notConfigured: 'Сайтын мэдээллийг энд харуулах боломжгүй: сайт тохируулаагүй байна.',
  invalid: 'Сайтын мэдээллийг харуулах боломжгүй: сайтын бүртгэл нэршлийн дүрэм зөрчиж байна.',
  invalidFields: 'Засах талбарууд:',
  wholeRecord: 'бүртгэл бүхэлдээ',
} satisfies Translation<FooterStrings>;
