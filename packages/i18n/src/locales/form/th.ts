/** Thai strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'พบปัญหา',
  errorPrefix: 'ข้อผิดพลาด:',
  required: 'กรอก{{label}}',
  requiredChoice: 'เลือก{{label}}',
  tooLong: '{{label}}ต้องมีไม่เกิน {{max}} อักขระ',
  tooShort: '{{label}}ต้องมีอย่างน้อย {{min}} อักขระ',
  pattern: 'รูปแบบของ{{label}}ไม่ถูกต้อง',
  email: 'รูปแบบของ{{label}}ไม่ถูกต้อง เช่น name@example.com',
  invalid: 'ตรวจสอบ{{label}}',
  characterLimit: 'กรอกได้สูงสุด {{max}} อักขระ',
  truncated: 'ข้อความยาวเกินไป จึงเก็บไว้เพียง {{max}} อักขระแรก',
  charactersLeft_other: 'เหลืออีก {{count}} อักขระ',
  charactersOver_other: 'เกินมา {{count}} อักขระ',
} satisfies Translation<FormStrings>;
