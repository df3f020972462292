/** Malay strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Jejak mesej anda',
  intro:
    'Masukkan nombor penjejakan dan kod akses daripada resit anda untuk melihat status mesej dan membaca jawapannya.',
  trackingNumber: 'Nombor penjejakan',
  trackingNumberHint:
    'Seperti pada resit anda, contohnya M26-7KQ4-9XHC. Huruf besar, ruang dan sempang tidak penting.',
  trackingMistyped: 'Nombor penjejakan ini kelihatan tersalah taip: semak dengan resit anda',
  accessCode: 'Kod akses',
  accessCodeHint:
    '16 huruf dan digit, contohnya 7KQ4-9XHC-2M5R-PWZ8. Kod ini tidak pernah disimpan pada peranti ini.',
  accessCodeInvalid: 'Masukkan kod akses seperti pada resit anda: 16 huruf dan digit',
  submit: 'Tunjukkan status',
  notFound:
    'Tiada mesej yang sepadan dengan nombor penjejakan dan kod akses ini. Semak kedua-duanya dengan resit anda dan cuba lagi.',
  notConfigured: 'Mesej tidak dapat dijejak dari halaman ini: halaman ini belum disediakan.',
  failed: 'Status mesej anda tidak dapat dimuatkan.',
  subject: 'Perkara',
  due: 'Jawapan perlu diberi selewat-lewatnya pada {{date}}',
  daysLeft_other: 'Tinggal {{count}} hari bekerja',
  dueToday: 'Tamat tempoh hari ini',
  overdue_other: 'Lewat {{count}} hari bekerja',
  repliedOn: 'Dijawab pada {{date}}',
  timeline: 'Kemajuan',
  received: 'Diterima',
  forwarded: 'Dimajukan kepada jabatan yang berkenaan',
  replied: 'Dijawab',
  published: 'Diterbitkan bersama jawapannya',
  reply: 'Jawapan',
} satisfies Translation<MessageStatusStrings>;
