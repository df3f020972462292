/** Malay strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'Hantar mesej',
  intro: 'Ajukan soalan, cadangan atau aduan. Setiap mesej akan dijawab.',
  kind: 'Jenis mesej',
  kindChoose: 'Pilih satu',
  kindConsultation: 'Soalan',
  kindSuggestion: 'Cadangan',
  kindComplaint: 'Aduan',
  subject: 'Subjek',
  subjectHint: 'Beberapa perkataan tentang perkara mesej anda.',
  body: 'Mesej anda',
  bodyHint: 'Jangan tulis nombor kad pengenalan, nombor telefon atau alamat e-mel anda di sini.',
  piiWarning:
    'Mesej anda seolah-olah mengandungi maklumat peribadi ({{found}}). Jawapan mungkin diterbitkan: buang maklumat itu jika tidak perlu.',
  piiIdNumber: 'nombor kad pengenalan',
  piiPhone: 'nombor telefon',
  piiEmail: 'alamat e-mel',
  contact: 'Cara menghubungi anda (pilihan)',
  contactHint: 'Digunakan hanya untuk menjawab anda. Tidak akan diterbitkan.',
  name: 'Nama',
  email: 'Alamat e-mel',
  phone: 'Nombor telefon',
  phoneHint: 'Hanya digit, ruang dan + - ( ).',
  phoneInvalid: 'Masukkan nombor telefon dengan digit, ruang dan + - ( ) sahaja',
  publish: 'Mesej saya dan jawapannya boleh diterbitkan, tanpa nama dan butiran hubungan saya',
  submit: 'Hantar mesej',
  sending: 'Menghantar mesej anda…',
  draftSaved: 'Draf disimpan pada peranti ini.',
  draftRestored: 'Draf anda yang belum dihantar telah dipulihkan.',
  offlineDraft: 'Anda di luar talian. Draf anda disimpan pada peranti ini.',
  offlineQueued:
    'Anda di luar talian. Mesej anda disimpan pada peranti ini dan akan dihantar apabila sambungan pulih.',
  failed: 'Mesej anda belum dihantar. Ia disimpan pada peranti ini: cuba lagi.',
  rejected: '“{{label}}” tidak diterima. Semak dan hantar semula.',
  tooLarge: 'Mesej anda terlalu besar untuk dihantar. Pendekkan dan hantar semula.',
  rateLimited: 'Terlalu banyak mesej dihantar daripada sambungan ini. Cuba lagi selepas {{time}}.',
  changed:
    'Mesej anda sudah diterima sebelum perubahan terakhir anda; perubahan itu tidak dihantar.',
  notConfigured: 'Mesej tidak boleh dihantar dari halaman ini: ia belum disediakan.',
  received: 'Mesej diterima',
  trackingNumber: 'Nombor penjejakan',
  accessCode: 'Kod akses',
  keepThese:
    'Simpan kedua-duanya: anda memerlukannya untuk menjejaki mesej dan membaca jawapan. Kod akses tidak akan dipaparkan lagi.',
  copy: 'Salin',
  copied: 'Disalin.',
  copyManually: 'Telah dipilih: tekan Ctrl+C untuk menyalin.',
  due: 'Anda akan menerima jawapan dalam tempoh 5 hari bekerja, selewat-lewatnya pada {{date}}.',
  another: 'Hantar mesej lain',
} satisfies Translation<MessageFormStrings>;
