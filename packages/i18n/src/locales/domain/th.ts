/** Thai names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'มติ',
    decision: 'คำวินิจฉัย',
    order: 'คำสั่ง',
    communique: 'แถลงการณ์',
    announcement: 'ประกาศ',
    'public-notice': 'ประกาศแจ้งสาธารณะ',
    opinion: 'ความเห็น',
    notice: 'หนังสือแจ้ง',
    circular: 'หนังสือเวียน',
    report: 'รายงาน',
    request: 'หนังสือขอคำสั่ง',
    reply: 'หนังสือตอบ',
    motion: 'ญัตติ',
    letter: 'หนังสือ',
    minutes: 'บันทึกการประชุม',
  },
  policyCategories: {
    'domestic-trade': 'การค้าภายในประเทศ',
    'foreign-trade': 'การค้าต่างประเทศ',
    'foreign-investment': 'การลงทุนจากต่างประเทศ',
    'international-cooperation': 'ความร่วมมือทางเศรษฐกิจระหว่างประเทศ',
  },
  publicationKinds: {
    order: 'คำสั่งกระทรวง',
    announcement: 'ประกาศ',
    bulletin: 'วารสาร',
  },
  validity: {
    'in-force': 'มีผลบังคับใช้',
    amended: 'แก้ไขแล้ว',
    repealed: 'ยกเลิกแล้ว',
    expired: 'หมดอายุ',
  },
} satisfies Translation<DomainStrings>;
