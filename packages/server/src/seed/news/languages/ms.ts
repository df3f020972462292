/** Bahasa Melayu. */
import type { LanguagePack } from '../multilingual.js';

const MONTHS = [
  'Januari',
  'Februari',
  'Mac',
  'April',
  'Mei',
  'Jun',
  'Julai',
  'Ogos',
  'September',
  'Oktober',
  'November',
  'Disember',
] as const;

export const ms: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `Perdagangan barangan China meningkat 4.6 peratus tahun ke tahun pada bulan ${MONTHS[month - 1]} ${year}`,
      `Statistik kastam menunjukkan perdagangan barangan China pada bulan ${MONTHS[month - 1]} ${year} mencecah 3.82 trilion yuan, meningkat 4.6 peratus berbanding tempoh sama tahun lalu, dengan eksport naik 6.1 peratus kepada 2.2 trilion yuan dan import naik 2.7 peratus kepada 1.62 trilion yuan.`,
      'Seorang pegawai Kementerian Perdagangan berkata perdagangan luar negara terus berkembang secara stabil. Perdagangan dengan pasaran baharu muncul semakin meluas, dan produk mekanikal dan elektrik menyumbang hampir 60 peratus daripada eksport.',
    ],
    investmentMeasures: [
      'Kementerian Perdagangan China umumkan 16 langkah bagi terus menstabilkan pelaburan asing',
      'Kementerian Perdagangan China mengumumkan 16 langkah bagi terus menstabilkan pelaburan asing, merangkumi akses pasaran yang lebih luas, layanan sama rata dalam perolehan kerajaan dan penggubalan piawaian, serta kemudahan aliran data rentas sempadan bagi syarikat pelaburan asing.',
      'Meja bulat berkala bersama syarikat asing akan membolehkan kebimbangan mereka ditangani dengan lebih pantas. Kementerian akan bekerjasama dengan jabatan lain dan kerajaan tempatan bagi melaksanakan langkah-langkah tersebut.',
    ],
    cantonFair: [
      'Pameran Import dan Eksport China dibuka di Guangzhou dengan lebih 30,000 pempamer',
      'Pameran Import dan Eksport China, atau Pameran Canton, dibuka di Guangzhou dengan penyertaan lebih 30,000 pempamer, manakala lebih 200,000 pembeli asing telah mendaftar lebih awal.',
      'Edisi kali ini memberi tumpuan kepada pembuatan termaju, barangan rumah berkualiti dan produk hijau rendah karbon, dengan pempamer baharu merangkumi kira-kira satu perlima daripada jumlah keseluruhan. Sebuah platform dalam talian turut beroperasi sepanjang tahun seiring dengan pameran itu.',
    ],
    jointCommission: [
      'China dan Brazil adakan mesyuarat suruhanjaya ekonomi dan perdagangan, setuju perluas kerjasama pertanian dan industri hijau',
      'China dan Brazil mengadakan mesyuarat suruhanjaya bersama kerjasama ekonomi dan perdagangan di Beijing dan bersetuju memperluas kerjasama dalam bidang pertanian, industri hijau dan ekonomi digital.',
      'Kedua-dua pihak meneliti pertumbuhan stabil perdagangan dan pelaburan dua hala serta menandatangani minit mesyuarat mengenai pemudahcaraan perdagangan, promosi pelaburan dan kuarantin produk pertanian.',
    ],
    consumptionSeason: [
      'Kementerian Perdagangan China lancar Musim Penggunaan Perkhidmatan peringkat kebangsaan',
      'Kementerian Perdagangan China melancarkan Musim Penggunaan Perkhidmatan peringkat kebangsaan dengan lebih 5,000 acara dalam bidang makanan dan minuman, pelancongan, kebudayaan, sukan dan penjagaan warga emas.',
      'Jabatan perdagangan tempatan akan menawarkan diskaun dan perkhidmatan baharu bersama platform dalam talian dan peniaga, manakala kementerian akan memantau jualan melalui sistem pemantauan data raya.',
    ],
    ecommerceAgreement: [
      'China dan Kazakhstan tandatangani memorandum persefahaman kerjasama e-dagang',
      'Kementerian Perdagangan China dan kementerian Kazakhstan yang bertanggungjawab terhadap perdagangan menandatangani memorandum persefahaman mengenai kerjasama e-dagang dan menubuhkan kumpulan kerja bagi perdagangan dalam talian rentas sempadan dan logistik.',
      'Kedua-dua pihak akan berkongsi pengalaman dasar perdagangan digital, melatih perniagaan kecil menjual secara dalam talian dan membantu lebih banyak produk berkualiti kedua-dua negara sampai kepada pengguna.',
    ],
    tradeRemedy: [
      'Kementerian Perdagangan China keluarkan keputusan muktamad siasatan antilambakan ke atas import polifenilena sulfida',
      'Kementerian Perdagangan China memutuskan bahawa import polifenilena sulfida dari negara yang disiasat telah dilambakkan dan menyebabkan kemudaratan material kepada industri domestik, dan akan mengenakan duti antilambakan antara 5.9 hingga 43.6 peratus selama lima tahun.',
      'Siasatan dijalankan mengikut undang-undang China dan peraturan WTO, dan semua pihak berkepentingan diberi peluang penuh untuk mengemukakan pandangan. Duti tersebut berkuat kuasa mulai hari berikutnya selepas notis diterbitkan.',
    ],
    wtoStatement: [
      'Jurucakap Kementerian Perdagangan: China sokong sistem perdagangan pelbagai hala berteraskan WTO',
      'Jurucakap Kementerian Perdagangan China berkata China menyokong teguh sistem perdagangan pelbagai hala berasaskan peraturan yang berteraskan Pertubuhan Perdagangan Dunia, dan akan mengambil bahagian secara membina dalam pembaharuan WTO, termasuk memulihkan sistem penyelesaian pertikaian yang berfungsi sepenuhnya.',
      'Jurucakap itu menambah bahawa China bersedia bekerjasama dengan semua anggota untuk mencapai hasil dalam e-dagang, pemudahcaraan pelaburan untuk pembangunan dan subsidi perikanan.',
    ],
    ftaUpgrade: [
      'China dan Switzerland adakan pusingan baharu rundingan menaik taraf perjanjian perdagangan bebas',
      'Perunding China dan Switzerland mengadakan pusingan baharu rundingan di Beijing mengenai penaiktarafan Perjanjian Perdagangan Bebas China-Switzerland dan mencapai kemajuan dalam perdagangan barangan dan perkhidmatan, pelaburan serta peraturan asal.',
      'Kedua-dua pihak bersetuju mempercepat rundingan bagi mencapai perjanjian yang dinaik taraf, berstandard tinggi dan saling menguntungkan secepat mungkin, serta mengadakan pusingan seterusnya dalam beberapa bulan akan datang.',
    ],
    servicesPilot: [
      'Lapan lagi bandar sertai program perintis kebangsaan pembangunan inovatif perdagangan perkhidmatan',
      'Kementerian Perdagangan China menambah lapan bandar ke dalam program perintis kebangsaan bagi pembangunan inovatif perdagangan perkhidmatan, menjadikan jumlah kawasan perintis 36.',
      'Bandar perintis baharu akan menguji pembayaran rentas sempadan yang lebih mudah, pengiktirafan bersama kelayakan profesional dan model baharu perdagangan perkhidmatan digital, sebelum amalan yang berjaya diperluas ke seluruh negara.',
    ],
    exportControl: [
      'Kementerian Perdagangan China terbitkan garis panduan terkini pematuhan kawalan eksport untuk syarikat',
      'Kementerian Perdagangan China menerbitkan garis panduan terkini mengenai program pematuhan dalaman bagi kawalan eksport barangan dwiguna, lengkap dengan prosedur model untuk pengelasan, saringan pengguna akhir dan penyimpanan rekod.',
      'Garis panduan itu bertujuan membantu pengeksport, khususnya perusahaan kecil dan sederhana, memenuhi kewajipan mereka dan berdagang dengan lancar; kementerian juga akan mengadakan latihan untuk syarikat di beberapa wilayah.',
    ],
    tradeIn: [
      'Program tukar beli barangan pengguna rangsang jualan melebihi 1.6 trilion yuan sejak awal tahun',
      'Data Kementerian Perdagangan China menunjukkan bahawa sejak awal tahun, lebih 10 juta kereta dan 120 juta perkakas elektrik rumah telah ditukar beli di bawah program tukar beli barangan pengguna, sekali gus merangsang jualan melebihi 1.6 trilion yuan.',
      'Kementerian berkata ia akan terus menyalurkan dana kepada program tersebut, memudahkan permohonan subsidi dan membanteras penipuan supaya pengguna mendapat manfaat sepenuhnya.',
    ],
  },
  office: {
    promotion: (place, f) => [
      `Persidangan promosi perdagangan dan pelaburan China-${place} meterai ${f.deals} perjanjian kerjasama`,
      `Pejabat Ekonomi dan Perdagangan menganjurkan persidangan promosi perdagangan dan pelaburan China-${place} yang disertai ${f.firms} syarikat China dan ${f.localFirms} syarikat tempatan, dengan ${f.deals} perjanjian kerjasama dimeterai.`,
      'Para peserta membincangkan kerjasama dalam produk pertanian, tenaga baharu, ekonomi digital dan logistik. Pejabat itu akan memantau pelaksanaan perjanjian dan membantu lebih banyak syarikat kedua-dua pihak mencari rakan niaga.',
    ],
    survey: (place, f) => [
      `Tinjauan: ${f.stable} peratus syarikat China di ${place} jangka perniagaan stabil atau berkembang`,
      `Tinjauan Pejabat Ekonomi dan Perdagangan terhadap ${f.surveyed} syarikat China di ${place} mendapati ${f.stable} peratus daripadanya menjangkakan perniagaan mereka kekal stabil atau berkembang dalam tempoh dua belas bulan akan datang.`,
      'Syarikat-syarikat menyifatkan permintaan pasaran dan rakan kongsi tempatan sebagai kekuatan utama, serta meminta permit kerja diproses lebih cepat dan peraturan yang lebih mudah dijangka. Pejabat itu akan menyampaikan pandangan mereka kepada pihak berkuasa yang berkaitan.',
    ],
    brief: (place, f) => [
      `Laporan pasaran: import perkakas elektrik rumah dan produk tenaga baharu dari China ke ${place} naik ${f.growth} peratus`,
      `Laporan pasaran terkini Pejabat Ekonomi dan Perdagangan menunjukkan import perkakas elektrik rumah dan produk tenaga baharu dari China ke ${place} meningkat ${f.growth} peratus dalam tempoh dua belas bulan lalu.`,
      'Laporan itu menasihatkan pengeksport supaya memahami keperluan pensijilan dan pelabelan tempatan, membina rangkaian perkhidmatan selepas jualan dan menetapkan syarat pembayaran yang jelas dengan pembeli.',
    ],
    safety: (place) => [
      `Pejabat Ekonomi dan Perdagangan ingatkan syarikat China di ${place} tingkatkan langkah keselamatan`,
      `Pejabat Ekonomi dan Perdagangan mengingatkan syarikat dan warganegara China di ${place} supaya memantau rapi situasi keselamatan setempat, meningkatkan langkah berjaga-jaga dan mengemas kini pelan kecemasan.`,
      'Sekiranya berlaku kecemasan, mereka hendaklah segera menghubungi Kedutaan Besar atau Konsulat Jeneral China dan mematuhi undang-undang serta peraturan tempatan.',
    ],
  },
};
