/** Thai strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'เกี่ยวกับเว็บไซต์นี้',
  organizer: 'หน่วยงานเจ้าของ:',
  siteCode: 'รหัสประจำเว็บไซต์:',
  icp: 'เลขทะเบียน ICP:',
  publicSecurity: 'เลขทะเบียนความมั่นคงสาธารณะ:',
  phone: 'โทรศัพท์:',
  email: 'อีเมล:',
  address: 'ที่อยู่:',
  contact: 'ติดต่อเรา',
  sitemap: 'แผนผังเว็บไซต์',
  reportError: 'แจ้งข้อผิดพลาดบนเว็บไซต์นี้',
  external: 'เว็บไซต์ภายนอก',
  notConfigured: 'ไม่สามารถแสดงข้อมูลเว็บไซต์ที่นี่ได้: ยังไม่ได้กำหนดเว็บไซต์',
  invalid: 'ไม่สามารถแสดงข้อมูลเว็บไซต์ได้: ข้อมูลเว็บไซต์ขัดกับกฎการตั้งชื่อ',
  invalidFields: 'ช่องที่ต้องแก้ไข:',
  wholeRecord: 'ทั้งระเบียน',
} satisfies Translation<FooterStrings>;
