/** Thai strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'ไม่มีเอกสารนี้',
  notFoundHint: 'โปรดตรวจสอบที่อยู่ หรือค้นหาเอกสารด้วยเลขที่เอกสาร',
  fallback: 'เอกสารนี้ไม่มีฉบับภาษาของคุณ จึงแสดงเป็นภาษาจีน',
  fileNumber: 'เลขที่เอกสาร',
  indexNumber: 'เลขดัชนี',
  issuer: 'ออกโดย',
  type: 'ประเภท',
  category: 'หมวดหมู่',
  written: 'วันที่จัดทำ',
  published: 'วันที่ประกาศ',
  effective: 'มีผลตั้งแต่',
  validity: 'สถานะการบังคับใช้',
  replacedBy: 'แทนที่โดย',
  attachments: 'ไฟล์แนบ',
  interpretations: 'คำอธิบายนโยบาย',
  relations: 'เอกสารที่เกี่ยวข้อง',
  relationKinds: {
    amends: 'แก้ไข',
    'amended-by': 'ถูกแก้ไขโดย',
    repeals: 'ยกเลิก',
    'repealed-by': 'ถูกยกเลิกโดย',
  },
} satisfies Translation<DocumentStrings>;
