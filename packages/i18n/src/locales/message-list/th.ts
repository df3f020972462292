/** Thai strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'คำถามและคำตอบที่เผยแพร่',
  query: 'ค้นหาคำถามและคำตอบ',
  search: 'ค้นหา',
  results_other: 'พบคำถามและคำตอบ {{n}} รายการ',
  empty: 'ยังไม่มีคำถามและคำตอบที่เผยแพร่',
  emptySearch: 'ไม่มีคำถามหรือคำตอบที่เผยแพร่ตรงกับการค้นหาของคุณ',
  clearSearch: 'ล้างการค้นหา',
  notConfigured: 'ไม่สามารถแสดงข้อความที่เผยแพร่ที่นี่ได้: ยังไม่ได้ตั้งค่ารายการ',
  kindConsultation: 'สอบถาม',
  kindSuggestion: 'ข้อเสนอแนะ',
  kindComplaint: 'ร้องเรียน',
  received: 'วันที่ได้รับ',
  replied: 'วันที่ตอบ',
  question: 'คำถาม',
  reply: 'คำตอบ',
  moreQuestion: 'แสดงคำถามทั้งหมด',
  moreReply: 'แสดงคำตอบทั้งหมด',
  less: 'แสดงน้อยลง',
  matched: 'ข้อความที่ตรงกัน',
} satisfies Translation<MessageListStrings>;
