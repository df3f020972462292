/** Thai strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'ข้ามไปยังเนื้อหาหลัก',
  searchLabel: 'ค้นหาในเว็บไซต์นี้',
  searchButton: 'ค้นหา',
  accessibility: 'การเข้าถึง',
  careMode: 'โหมดผู้สูงอายุ',
  careModeHint: 'ตัวอักษรใหญ่ขึ้น คอนทราสต์สูงขึ้น ไม่มีภาพเคลื่อนไหว',
  notConfigured: 'ไม่สามารถแสดงส่วนหัวที่นี่ได้: ยังไม่ได้กำหนดเว็บไซต์',
  invalid: 'ไม่สามารถแสดงส่วนหัวได้: ข้อมูลเว็บไซต์ขัดกับกฎการตั้งชื่อ',
  invalidFields: 'ช่องที่ต้องแก้ไข:',
  wholeRecord: 'ทั้งระเบียน',
} satisfies Translation<MastheadStrings>;
