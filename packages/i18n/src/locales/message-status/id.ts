/** Indonesian strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Lacak pesan Anda',
  intro:
    'Masukkan nomor pelacakan dan kode akses dari tanda terima Anda untuk melihat status pesan dan membaca jawabannya.',
  trackingNumber: 'Nomor pelacakan',
  trackingNumberHint:
    'Seperti pada tanda terima, misalnya M26-7KQ4-9XHC. Huruf besar, spasi, dan tanda hubung tidak berpengaruh.',
  trackingMistyped: 'Nomor pelacakan ini tampaknya salah ketik: periksa dengan tanda terima Anda',
  accessCode: 'Kode akses',
  accessCodeHint:
    '16 huruf dan angka, misalnya 7KQ4-9XHC-2M5R-PWZ8. Kode ini tidak pernah disimpan di perangkat ini.',
  accessCodeInvalid: 'Masukkan kode akses seperti pada tanda terima: 16 huruf dan angka',
  submit: 'Tampilkan status',
  notFound:
    'Tidak ada pesan yang cocok dengan nomor pelacakan dan kode akses ini. Periksa keduanya dengan tanda terima Anda, lalu coba lagi.',
  notConfigured: 'Pesan tidak dapat dilacak dari halaman ini: halaman ini belum disiapkan.',
  failed: 'Status pesan Anda tidak dapat dimuat.',
  subject: 'Perihal',
  due: 'Batas waktu jawaban: {{date}}',
  daysLeft_other: 'Sisa {{count}} hari kerja',
  dueToday: 'Jatuh tempo hari ini',
  overdue_other: 'Terlambat {{count}} hari kerja',
  repliedOn: 'Dijawab pada {{date}}',
  timeline: 'Perkembangan',
  received: 'Diterima',
  forwarded: 'Diteruskan ke unit yang berwenang',
  replied: 'Dijawab',
  published: 'Dipublikasikan beserta jawabannya',
  reply: 'Jawaban',
} satisfies Translation<MessageStatusStrings>;
