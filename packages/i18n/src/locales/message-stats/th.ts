/** Thai strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'ข้อความ: สถิติประจำปี',
  year: 'ปี',
  caption: 'ข้อความที่ได้รับในปี {{year}} และการตอบกลับ แยกตามเดือนที่ได้รับ',
  month: 'เดือน',
  received: 'ได้รับ',
  replied: 'ตอบแล้ว',
  onTime: 'ตอบตรงเวลา',
  median: 'ค่ามัธยฐานของวันทำการจนถึงการตอบ',
  total: 'ทั้งปี',
  none: 'ไม่มี',
  summary_other: 'ปี {{year}}: ได้รับข้อความ {{n}} รายการ ตอบตรงเวลา {{percent}} ค่ามัธยฐาน {{days}}',
  days_other: '{{n}} วันทำการ',
  unreplied_other: 'ปี {{year}}: ได้รับข้อความ {{n}} รายการ ยังไม่มีการตอบ',
  note: 'ตรงเวลา: ตอบภายใน 5 วันทำการหลังได้รับ ร้อยละคิดจากข้อความที่ตอบแล้ว',
  empty: 'ปี {{year}}: ไม่ได้รับข้อความ',
  notConfigured: 'ไม่สามารถแสดงสถิติที่นี่ได้: ยังไม่ได้ตั้งค่า',
} satisfies Translation<MessageStatsStrings>;
