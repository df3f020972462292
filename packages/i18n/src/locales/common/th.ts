/** Thai strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'กำลังโหลด…',
  loadingMore: 'กำลังโหลดเพิ่มเติม…',
  more: 'แสดงเพิ่มเติม',
  empty: 'ไม่มีรายการที่จะแสดง',
  notConfigured: 'ยังไม่ได้กำหนดแหล่งข้อมูล',
  error: 'ไม่สามารถโหลดเนื้อหาได้',
  errorMore: 'ไม่สามารถโหลดรายการเพิ่มเติมได้',
  reasons: {
    network: 'ไม่สามารถเชื่อมต่อเซิร์ฟเวอร์ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
    timeout: 'เซิร์ฟเวอร์ใช้เวลาตอบสนองนานเกินไป',
    server: 'เซิร์ฟเวอร์เกิดปัญหา (ข้อผิดพลาด {{status}})',
    refused: 'เซิร์ฟเวอร์ปฏิเสธคำขอ (ข้อผิดพลาด {{status}})',
    config: 'การตั้งค่าคอมโพเนนต์นี้ไม่ถูกต้อง',
    unknown: 'เกิดข้อผิดพลาดที่ไม่คาดคิด',
  },
  retry: 'ลองอีกครั้ง',
  stale: 'กำลังแสดงเนื้อหาที่บันทึกไว้ ไม่สามารถรีเฟรชได้',
  offline: 'คุณออฟไลน์อยู่ เนื้อหาจะโหลดใหม่เมื่อกลับมาเชื่อมต่อได้',
  loadedMore_other: 'โหลดเพิ่มอีก {{count}} รายการ',
} satisfies Translation<CommonStrings>;
