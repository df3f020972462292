/** Thai strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'ติดตามข้อความของคุณ',
  intro: 'กรอกหมายเลขติดตามและรหัสเข้าถึงจากใบรับเรื่อง เพื่อดูความคืบหน้าของข้อความและอ่านคำตอบ',
  trackingNumber: 'หมายเลขติดตาม',
  trackingNumberHint: 'ตามที่ระบุในใบรับเรื่อง เช่น M26-7KQ4-9XHC ตัวพิมพ์เล็กหรือใหญ่ ช่องว่าง และขีดกลางไม่มีผล',
  trackingMistyped: 'หมายเลขติดตามนี้ดูเหมือนพิมพ์ผิด โปรดตรวจสอบกับใบรับเรื่อง',
  accessCode: 'รหัสเข้าถึง',
  accessCodeHint: 'ตัวอักษรและตัวเลข 16 ตัว เช่น 7KQ4-9XHC-2M5R-PWZ8 จะไม่ถูกบันทึกไว้ในอุปกรณ์นี้',
  accessCodeInvalid: 'กรอกรหัสเข้าถึงตามใบรับเรื่อง: ตัวอักษรและตัวเลข 16 ตัว',
  submit: 'ดูสถานะ',
  notFound: 'ไม่พบข้อความที่ตรงกับหมายเลขติดตามและรหัสเข้าถึงนี้ โปรดตรวจสอบทั้งสองอย่างกับใบรับเรื่องแล้วลองอีกครั้ง',
  notConfigured: 'ไม่สามารถติดตามข้อความจากหน้านี้ได้ เนื่องจากยังไม่ได้ตั้งค่า',
  failed: 'ไม่สามารถโหลดสถานะข้อความของคุณได้',
  subject: 'เรื่อง',
  due: 'กำหนดตอบภายในวันที่ {{date}}',
  daysLeft_other: 'เหลืออีก {{count}} วันทำการ',
  dueToday: 'ครบกำหนดวันนี้',
  overdue_other: 'เกินกำหนด {{count}} วันทำการ',
  repliedOn: 'ตอบแล้วเมื่อวันที่ {{date}}',
  timeline: 'ความคืบหน้า',
  received: 'ได้รับแล้ว',
  forwarded: 'ส่งต่อไปยังหน่วยงานที่รับผิดชอบ',
  replied: 'ตอบแล้ว',
  published: 'เผยแพร่พร้อมคำตอบแล้ว',
  reply: 'คำตอบ',
} satisfies Translation<MessageStatusStrings>;
