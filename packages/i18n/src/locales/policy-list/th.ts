/** Thai strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'นโยบาย',
  filters: 'ตัวกรอง',
  query: 'คำในชื่อเรื่องหรือเนื้อหา',
  search: 'ค้นหา',
  sort: 'เรียงตาม',
  sorts: {
    newest: 'ใหม่ล่าสุดก่อน',
    relevance: 'เกี่ยวข้องที่สุดก่อน',
  },
  category: 'หมวดหมู่',
  type: 'ประเภทเอกสาร',
  organ: 'หน่วยงานที่ออก',
  year: 'ปี',
  yearFrom: 'ตั้งแต่',
  yearTo: 'ถึง',
  anyYear: 'ทุกปี',
  moreValues: 'อีก {{n}} รายการ',
  validity: 'สถานะการบังคับใช้',
  results_other: 'พบเอกสาร {{n}} ฉบับ',
  empty: 'ไม่มีเอกสารที่ตรงกับตัวกรองนี้',
  clearFilters: 'ล้างตัวกรอง',
  notConfigured: 'ยังไม่ได้กำหนดแหล่งเอกสาร',
  amendedBy: 'แก้ไขโดย',
  repealedBy: 'ยกเลิกโดย',
} satisfies Translation<PolicyListStrings>;
