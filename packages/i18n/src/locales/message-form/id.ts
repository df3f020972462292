/** Indonesian strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'Kirim pesan',
  intro: 'Ajukan pertanyaan, saran, atau pengaduan. Setiap pesan akan dijawab.',
  kind: 'Jenis pesan',
  kindChoose: 'Pilih salah satu',
  kindConsultation: 'Pertanyaan',
  kindSuggestion: 'Saran',
  kindComplaint: 'Pengaduan',
  subject: 'Subjek',
  subjectHint: 'Beberapa kata tentang isi pesan Anda.',
  body: 'Pesan Anda',
  bodyHint: 'Jangan tulis nomor kartu identitas, nomor telepon, atau alamat email Anda di sini.',
  piiWarning:
    'Pesan Anda tampaknya berisi data pribadi ({{found}}). Jawaban dapat dipublikasikan: hapus data tersebut jika tidak diperlukan.',
  piiIdNumber: 'nomor kartu identitas',
  piiPhone: 'nomor telepon',
  piiEmail: 'alamat email',
  contact: 'Cara menghubungi Anda (opsional)',
  contactHint: 'Hanya dipakai untuk menjawab Anda. Tidak pernah dipublikasikan.',
  name: 'Nama',
  email: 'Alamat email',
  phone: 'Nomor telepon',
  phoneHint: 'Hanya angka, spasi, dan + - ( ).',
  phoneInvalid: 'Masukkan nomor telepon hanya dengan angka, spasi, dan + - ( )',
  publish: 'Pesan saya dan jawabannya boleh dipublikasikan, tanpa nama dan kontak saya',
  submit: 'Kirim pesan',
  sending: 'Mengirim pesan Anda…',
  draftSaved: 'Draf disimpan di perangkat ini.',
  draftRestored: 'Draf Anda yang belum terkirim telah dipulihkan.',
  offlineDraft: 'Anda sedang luring. Draf Anda tetap tersimpan di perangkat ini.',
  offlineQueued:
    'Anda sedang luring. Pesan Anda tersimpan di perangkat ini dan akan dikirim saat koneksi pulih.',
  failed: 'Pesan Anda belum terkirim. Pesan tersimpan di perangkat ini: coba lagi.',
  rejected: '“{{label}}” tidak diterima. Periksa lalu kirim lagi.',
  tooLarge: 'Pesan Anda terlalu besar untuk dikirim. Persingkat lalu kirim lagi.',
  rateLimited: 'Terlalu banyak pesan dikirim dari koneksi ini. Coba lagi setelah pukul {{time}}.',
  changed:
    'Pesan Anda sudah diterima sebelum perubahan terakhir; perubahan tersebut tidak terkirim.',
  notConfigured: 'Pesan tidak dapat dikirim dari halaman ini: halaman belum diatur.',
  received: 'Pesan diterima',
  trackingNumber: 'Nomor pelacakan',
  accessCode: 'Kode akses',
  keepThese:
    'Simpan keduanya: Anda memerlukannya untuk memantau pesan dan membaca jawaban. Kode akses tidak akan ditampilkan lagi.',
  copy: 'Salin',
  copied: 'Disalin.',
  copyManually: 'Sudah dipilih: tekan Ctrl+C untuk menyalin.',
  due: 'Anda akan menerima jawaban dalam 5 hari kerja, paling lambat {{date}}.',
  another: 'Kirim pesan lain',
} satisfies Translation<MessageFormStrings>;
