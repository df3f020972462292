/** Bahasa Indonesia. */
import type { LanguagePack } from '../multilingual.js';

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

export const id: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `Perdagangan barang Tiongkok naik 4,6 persen secara tahunan pada ${MONTHS[month - 1]} ${year}`,
      `Statistik kepabeanan menunjukkan perdagangan barang Tiongkok pada ${MONTHS[month - 1]} ${year} mencapai 3,82 triliun yuan, naik 4,6 persen dibanding periode yang sama tahun lalu, dengan ekspor naik 6,1 persen menjadi 2,2 triliun yuan dan impor naik 2,7 persen menjadi 1,62 triliun yuan.`,
      'Seorang pejabat Kementerian Perdagangan mengatakan perdagangan luar negeri terus tumbuh stabil. Perdagangan dengan pasar negara berkembang meluas, dan produk mesin dan elektronik menyumbang hampir 60 persen ekspor.',
    ],
    investmentMeasures: [
      'Kementerian Perdagangan Tiongkok terbitkan 16 langkah untuk lebih menstabilkan investasi asing',
      'Kementerian Perdagangan Tiongkok menerbitkan 16 langkah untuk lebih menstabilkan investasi asing, yang mencakup perluasan akses pasar, perlakuan setara dalam pengadaan pemerintah dan penyusunan standar, serta kemudahan arus data lintas batas bagi perusahaan penanaman modal asing.',
      'Forum meja bundar rutin dengan perusahaan asing akan menanggapi keluhan mereka dengan lebih cepat. Kementerian akan bekerja sama dengan instansi terkait dan pemerintah daerah untuk melaksanakan langkah-langkah tersebut.',
    ],
    cantonFair: [
      'Pameran Impor dan Ekspor Tiongkok dibuka di Guangzhou dengan lebih dari 30.000 peserta pameran',
      'Pameran Impor dan Ekspor Tiongkok, yang dikenal sebagai Canton Fair, dibuka di Guangzhou dengan lebih dari 30.000 peserta pameran dan lebih dari 200.000 pembeli luar negeri yang telah mendaftar lebih dahulu.',
      'Penyelenggaraan kali ini berfokus pada manufaktur maju, produk rumah tangga berkualitas, serta barang hijau rendah karbon, dan peserta baru mencakup sekitar seperlima dari total. Platform daring juga beroperasi sepanjang tahun mendampingi pameran.',
    ],
    jointCommission: [
      'Tiongkok dan Brasil gelar sidang komisi ekonomi dan perdagangan, sepakat perluas kerja sama pertanian dan industri hijau',
      'Tiongkok dan Brasil menggelar sidang komisi bersama kerja sama ekonomi dan perdagangan di Beijing dan sepakat memperluas kerja sama di bidang pertanian, industri hijau, dan ekonomi digital.',
      'Kedua pihak meninjau pertumbuhan perdagangan dan investasi bilateral yang stabil, serta menandatangani risalah tentang fasilitasi perdagangan, promosi investasi, dan karantina produk pertanian.',
    ],
    consumptionSeason: [
      'Kementerian Perdagangan Tiongkok luncurkan Musim Konsumsi Jasa nasional',
      'Kementerian Perdagangan Tiongkok meluncurkan Musim Konsumsi Jasa tingkat nasional dengan lebih dari 5.000 kegiatan di bidang kuliner, pariwisata, budaya, olahraga, dan layanan lansia.',
      'Dinas perdagangan daerah bersama platform daring dan pelaku usaha akan menawarkan diskon serta layanan baru, sementara kementerian memantau penjualan melalui sistem pemantauan mahadata.',
    ],
    ecommerceAgreement: [
      'Tiongkok dan Kazakhstan tandatangani nota kesepahaman kerja sama perdagangan elektronik',
      'Kementerian Perdagangan Tiongkok dan kementerian Kazakhstan yang membidangi perdagangan menandatangani nota kesepahaman kerja sama perdagangan elektronik serta membentuk kelompok kerja perdagangan daring lintas batas dan logistik.',
      'Kedua pihak akan berbagi pengalaman kebijakan perdagangan digital, melatih usaha kecil untuk berjualan secara daring, dan membantu lebih banyak produk berkualitas dari kedua negara menjangkau konsumen.',
    ],
    tradeRemedy: [
      'Kementerian Perdagangan Tiongkok keluarkan putusan akhir penyelidikan antidumping atas impor polifenilena sulfida',
      'Kementerian Perdagangan Tiongkok memutuskan bahwa impor polifenilena sulfida dari negara-negara yang diselidiki terbukti dumping dan menimbulkan kerugian material bagi industri dalam negeri, serta akan mengenakan bea antidumping sebesar 5,9 hingga 43,6 persen selama lima tahun.',
      'Penyelidikan dilakukan sesuai hukum Tiongkok dan aturan WTO, dan seluruh pihak berkepentingan telah diberi kesempatan penuh untuk menyampaikan pandangan. Bea tersebut berlaku mulai hari berikutnya setelah pengumuman diterbitkan.',
    ],
    wtoStatement: [
      'Juru bicara Kementerian Perdagangan: Tiongkok dukung sistem perdagangan multilateral dengan WTO sebagai intinya',
      'Juru bicara Kementerian Perdagangan Tiongkok mengatakan Tiongkok dengan teguh mendukung sistem perdagangan multilateral berbasis aturan yang berintikan Organisasi Perdagangan Dunia dan akan berpartisipasi secara konstruktif dalam reformasi WTO, termasuk memulihkan sistem penyelesaian sengketa yang berfungsi penuh.',
      'Juru bicara itu menambahkan bahwa Tiongkok siap bekerja sama dengan semua anggota untuk mencapai hasil di bidang perdagangan elektronik, fasilitasi investasi untuk pembangunan, dan subsidi perikanan.',
    ],
    ftaUpgrade: [
      'Tiongkok dan Swiss gelar putaran baru perundingan peningkatan perjanjian perdagangan bebas',
      'Para perunding Tiongkok dan Swiss menggelar putaran baru perundingan di Beijing mengenai peningkatan Perjanjian Perdagangan Bebas Tiongkok-Swiss dan mencapai kemajuan dalam perdagangan barang dan jasa, investasi, serta ketentuan asal barang.',
      'Kedua pihak sepakat mempercepat perundingan agar perjanjian hasil peningkatan yang berstandar tinggi dan saling menguntungkan dapat segera tercapai, serta menggelar putaran berikutnya dalam beberapa bulan mendatang.',
    ],
    servicesPilot: [
      'Delapan kota baru bergabung dalam program percontohan nasional pengembangan inovatif perdagangan jasa',
      'Kementerian Perdagangan Tiongkok menambahkan delapan kota ke dalam program percontohan nasional pengembangan inovatif perdagangan jasa, sehingga jumlah wilayah percontohan menjadi 36.',
      'Kota-kota percontohan baru akan menguji coba pembayaran lintas batas yang lebih mudah, pengakuan bersama kualifikasi profesi, dan model baru perdagangan jasa digital, lalu menyebarluaskan praktik yang berhasil ke seluruh negeri.',
    ],
    exportControl: [
      'Kementerian Perdagangan Tiongkok terbitkan pedoman terbaru kepatuhan pengendalian ekspor bagi perusahaan',
      'Kementerian Perdagangan Tiongkok menerbitkan pedoman terbaru tentang program kepatuhan internal untuk pengendalian ekspor barang penggunaan ganda, lengkap dengan prosedur baku untuk klasifikasi barang, pemeriksaan pengguna akhir, dan penyimpanan catatan.',
      'Pedoman ini dimaksudkan untuk membantu eksportir, terutama usaha kecil dan menengah, memenuhi kewajiban mereka dan berdagang dengan lancar; kementerian juga akan menggelar pelatihan bagi perusahaan di sejumlah provinsi.',
    ],
    tradeIn: [
      'Program tukar tambah barang konsumsi dorong penjualan lebih dari 1,6 triliun yuan sejak awal tahun',
      'Data Kementerian Perdagangan Tiongkok menunjukkan bahwa sejak awal tahun lebih dari 10 juta mobil dan 120 juta peralatan rumah tangga telah ditukar tambah melalui program tukar tambah barang konsumsi, mendorong penjualan lebih dari 1,6 triliun yuan.',
      'Kementerian menyatakan akan terus menyalurkan dana untuk program ini, menyederhanakan pengajuan subsidi, dan menindak kecurangan agar konsumen memperoleh manfaat sepenuhnya.',
    ],
  },
  office: {
    promotion: (place, f) => [
      `Konferensi promosi perdagangan dan investasi Tiongkok-${place} hasilkan ${f.deals} perjanjian kerja sama`,
      `Kantor Ekonomi dan Perdagangan menyelenggarakan konferensi promosi perdagangan dan investasi Tiongkok-${place} yang dihadiri ${f.firms} perusahaan Tiongkok dan ${f.localFirms} perusahaan lokal, dengan ${f.deals} perjanjian kerja sama ditandatangani.`,
      'Para peserta membahas kerja sama di bidang produk pertanian, energi baru, ekonomi digital, dan logistik. Kantor akan menindaklanjuti perjanjian tersebut dan membantu lebih banyak perusahaan kedua pihak menemukan mitra.',
    ],
    survey: (place, f) => [
      `Survei: ${f.stable} persen perusahaan Tiongkok di ${place} perkirakan usaha stabil atau tumbuh`,
      `Survei Kantor Ekonomi dan Perdagangan terhadap ${f.surveyed} perusahaan Tiongkok di ${place} menunjukkan ${f.stable} persen di antaranya memperkirakan usaha mereka tetap stabil atau tumbuh dalam dua belas bulan ke depan.`,
      'Perusahaan menyebut permintaan pasar dan mitra lokal sebagai kekuatan utama, serta meminta percepatan izin kerja dan regulasi yang lebih dapat diprediksi. Kantor akan menyampaikan masukan tersebut kepada otoritas yang berwenang.',
    ],
    brief: (place, f) => [
      `Laporan pasar: impor peralatan rumah tangga dan produk energi baru dari Tiongkok ke ${place} naik ${f.growth} persen`,
      `Laporan pasar terbaru Kantor Ekonomi dan Perdagangan menunjukkan impor peralatan rumah tangga dan produk energi baru dari Tiongkok ke ${place} naik ${f.growth} persen dalam dua belas bulan terakhir.`,
      'Laporan itu menyarankan eksportir untuk memahami persyaratan sertifikasi dan pelabelan setempat, membangun jaringan layanan purnajual, dan menyepakati syarat pembayaran yang jelas dengan pembeli.',
    ],
    safety: (place) => [
      `Kantor Ekonomi dan Perdagangan imbau perusahaan Tiongkok di ${place} tingkatkan kewaspadaan keamanan`,
      `Kantor Ekonomi dan Perdagangan mengimbau perusahaan dan warga negara Tiongkok di ${place} untuk mencermati situasi keamanan setempat, meningkatkan kewaspadaan, dan memperbarui rencana tanggap darurat.`,
      'Dalam keadaan darurat, mereka diminta segera menghubungi Kedutaan Besar atau Konsulat Jenderal Tiongkok dan mematuhi hukum serta peraturan setempat.',
    ],
  },
};
