/** Türkçe. */
import type { LanguagePack } from '../multilingual.js';

const MONTHS = [
  'Ocak',
  'Şubat',
  'Mart',
  'Nisan',
  'Mayıs',
  'Haziran',
  'Temmuz',
  'Ağustos',
  'Eylül',
  'Ekim',
  'Kasım',
  'Aralık',
] as const;

/** The host country as an adjective of place, with its suffix: «Türkiye'deki». */
const IN: Readonly<Record<string, string>> = { Türkiye: "Türkiye'deki" };

function inPlace(place: string): string {
  return IN[place] ?? `${place}'daki`;
}

// Numbers are put where Turkish needs no suffix after them ("yüzde 12 oldu", "12 şirket").

export const tr: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `Çin'in mal ticareti ${year} yılı ${MONTHS[month - 1]} ayında yıllık bazda yüzde 4,6 arttı`,
      `Gümrük istatistiklerine göre Çin'in mal ticareti ${year} yılı ${MONTHS[month - 1]} ayında geçen yılın aynı dönemine göre yüzde 4,6 artarak 3,82 trilyon yuana ulaştı; ihracat yüzde 6,1 artışla 2,2 trilyon yuan, ithalat ise yüzde 2,7 artışla 1,62 trilyon yuan oldu.`,
      "Ticaret Bakanlığından bir yetkili, dış ticaretin istikrarlı şekilde büyümeye devam ettiğini söyledi. Yükselen piyasalarla ticaret genişlerken makine ve elektrikli ürünler ihracatın yaklaşık yüzde 60'ını oluşturdu.",
    ],
    investmentMeasures: [
      'Çin Ticaret Bakanlığı yabancı yatırımları daha da istikrara kavuşturmak için 16 önlem açıkladı',
      'Çin Ticaret Bakanlığı, yabancı yatırımları daha da istikrara kavuşturmak amacıyla piyasaya erişimin genişletilmesi, kamu alımları ve standart belirleme süreçlerinde eşit muamele ile yabancı sermayeli şirketler için sınır ötesi veri akışının kolaylaştırılmasını kapsayan 16 önlem açıkladı.',
      'Yabancı şirketlerle düzenli olarak yapılacak yuvarlak masa toplantıları, şirketlerin sorunlarına daha hızlı yanıt verilmesini sağlayacak. Bakanlık, önlemleri diğer kurumlar ve yerel yönetimlerle birlikte hayata geçirecek.',
    ],
    cantonFair: [
      "Çin İthalat ve İhracat Fuarı 30 binden fazla katılımcıyla Guangzhou'da açıldı",
      "Kanton Fuarı olarak bilinen Çin İthalat ve İhracat Fuarı, 30 binden fazla katılımcı firma ve önceden kayıt yaptıran 200 binden fazla yabancı alıcıyla Guangzhou'da kapılarını açtı.",
      'Bu dönemki fuar ileri imalat, kaliteli ev ürünleri ile yeşil ve düşük karbonlu ürünlere odaklanıyor; ilk kez katılan firmalar toplamın yaklaşık beşte birini oluşturuyor. Fuara paralel olarak bir çevrim içi platform da yıl boyunca hizmet veriyor.',
    ],
    jointCommission: [
      'Çin ve Brezilya ekonomik ve ticari komisyon toplantısında tarım ve yeşil sanayide iş birliğini genişletme kararı aldı',
      "Çin ve Brezilya, Pekin'de ekonomik ve ticari iş birliği karma komisyonu toplantısı düzenleyerek tarım, yeşil sanayiler ve dijital ekonomi alanlarında iş birliğini genişletme konusunda uzlaştı.",
      'Taraflar ikili ticaret ve yatırımlardaki istikrarlı büyümeyi değerlendirdi ve ticaretin kolaylaştırılması, yatırımların teşviki ile tarım ürünlerinin denetimi ve karantinasına ilişkin toplantı tutanağını imzaladı.',
    ],
    consumptionSeason: [
      'Çin Ticaret Bakanlığı ülke çapında hizmet tüketimi sezonunu başlattı',
      'Çin Ticaret Bakanlığı, yeme içme, turizm, kültür, spor ve yaşlı bakımı alanlarında 5 binden fazla etkinliğin yer aldığı ülke çapında bir hizmet tüketimi sezonu başlattı.',
      'Yerel ticaret birimleri çevrim içi platformlar ve işletmelerle birlikte indirimler ve yeni hizmetler sunacak, bakanlık ise satışları büyük veri izleme sistemiyle takip edecek.',
    ],
    ecommerceAgreement: [
      'Çin ve Kazakistan e-ticaret iş birliğine ilişkin mutabakat zaptı imzaladı',
      "Çin Ticaret Bakanlığı ile Kazakistan'ın ticaretten sorumlu bakanlığı, e-ticaret iş birliğine ilişkin bir mutabakat zaptı imzalayarak sınır ötesi çevrim içi ticaret ve lojistik konusunda bir çalışma grubu kurdu.",
      'Taraflar dijital ticaret politikalarındaki deneyimlerini paylaşacak, küçük işletmelere çevrim içi satış eğitimi verecek ve iki ülkenin kaliteli ürünlerinin daha fazla tüketiciye ulaşmasına yardımcı olacak.',
    ],
    tradeRemedy: [
      'Çin Ticaret Bakanlığı polifenilen sülfür ithalatına yönelik damping soruşturmasında nihai kararını açıkladı',
      'Çin Ticaret Bakanlığı, soruşturma kapsamındaki ülkelerden yapılan polifenilen sülfür ithalatının damping içerdiğini ve yerli sanayiye önemli zarar verdiğini belirleyerek beş yıl süreyle yüzde 5,9 ile yüzde 43,6 arasında anti-damping vergisi uygulanmasına karar verdi.',
      'Soruşturma Çin mevzuatı ve DTÖ kurallarına uygun olarak yürütüldü ve tüm ilgili taraflara görüşlerini sunmaları için tam imkân tanındı. Vergiler, kararın yayımlanmasını izleyen günden itibaren uygulanacak.',
    ],
    wtoStatement: [
      'Çin Ticaret Bakanlığı sözcüsü: Çin, DTÖ merkezli çok taraflı ticaret sistemini destekliyor',
      "Çin Ticaret Bakanlığı sözcüsü, Çin'in Dünya Ticaret Örgütü merkezli, kurallara dayalı çok taraflı ticaret sistemini kararlılıkla desteklediğini ve tam işleyen bir uyuşmazlık çözüm sisteminin yeniden tesisi dahil DTÖ reformuna yapıcı biçimde katılacağını söyledi.",
      "Sözcü, Çin'in e-ticaret, kalkınma için yatırımların kolaylaştırılması ve balıkçılık sübvansiyonları konularında sonuç almak için tüm üyelerle birlikte çalışmaya hazır olduğunu da ekledi.",
    ],
    ftaUpgrade: [
      'Çin ve İsviçre serbest ticaret anlaşmasının güncellenmesi için yeni tur müzakere yaptı',
      "Çinli ve İsviçreli müzakereciler, Çin-İsviçre Serbest Ticaret Anlaşması'nın güncellenmesine yönelik yeni tur görüşmeleri Pekin'de gerçekleştirdi ve mal ve hizmet ticareti, yatırım ile menşe kuralları konularında ilerleme kaydetti.",
      'Taraflar, yüksek standartlı ve karşılıklı yarara dayalı güncellenmiş anlaşmaya bir an önce ulaşmak için müzakereleri hızlandırma ve bir sonraki turu önümüzdeki aylarda yapma konusunda anlaştı.',
    ],
    servicesPilot: [
      'Hizmet ticaretinin yenilikçi gelişimine yönelik ulusal pilot programa sekiz şehir daha katıldı',
      'Çin Ticaret Bakanlığı, hizmet ticaretinin yenilikçi gelişimine yönelik ulusal pilot programa sekiz şehir daha ekledi; böylece pilot bölge sayısı 36 oldu.',
      'Yeni pilot şehirler sınır ötesi ödemelerin kolaylaştırılması, mesleki yeterliliklerin karşılıklı tanınması ve dijital hizmet ticaretinde yeni modelleri deneyecek; başarılı uygulamalar ülke geneline yayılacak.',
    ],
    exportControl: [
      'Çin Ticaret Bakanlığı şirketler için ihracat kontrolüne uyuma ilişkin güncellenmiş kılavuz yayımladı',
      'Çin Ticaret Bakanlığı, çift kullanımlı ürünlerin ihracat kontrolüne yönelik şirket içi uyum programlarına ilişkin güncellenmiş bir kılavuz yayımladı; kılavuz sınıflandırma, son kullanıcı taraması ve kayıt tutma için örnek prosedürler içeriyor.',
      'Kılavuz, başta küçük ve orta ölçekli işletmeler olmak üzere ihracatçıların yükümlülüklerini yerine getirmesine ve sorunsuz ticaret yapmasına yardımcı olmayı amaçlıyor; bakanlık birkaç eyalette şirketlere yönelik eğitimler düzenleyecek.',
    ],
    tradeIn: [
      'Tüketim mallarında yenisiyle değişim programı yıl başından bu yana 1,6 trilyon yuanı aşan satış sağladı',
      'Çin Ticaret Bakanlığı verilerine göre, tüketim mallarında eskiyi yenisiyle değiştirme programı kapsamında yıl başından bu yana 10 milyondan fazla otomobil ve 120 milyon ev aleti yenilendi ve 1,6 trilyon yuanı aşan satış gerçekleşti.',
      'Bakanlık, programa fon sağlamaya devam edeceğini, sübvansiyon başvurularını basitleştireceğini ve dolandırıcılıkla mücadele edeceğini, böylece tüketicilerin programdan tam olarak yararlanacağını açıkladı.',
    ],
  },
  office: {
    promotion: (place, f) => [
      `Çin-${place} Ticaret ve Yatırım Tanıtım Konferansı'nda ${f.deals} iş birliği anlaşması imzalandı`,
      `Ekonomi ve Ticaret Müşavirliği tarafından düzenlenen Çin-${place} Ticaret ve Yatırım Tanıtım Konferansı'na ${f.firms} Çinli ve ${f.localFirms} yerel şirket katıldı; konferansta ${f.deals} iş birliği anlaşması imzalandı.`,
      'Katılımcılar tarım ürünleri, yeni enerji, dijital ekonomi ve lojistik alanlarında iş birliğini ele aldı. Müşavirlik, anlaşmaların uygulanmasını takip edecek ve iki taraftan daha fazla şirketin ortak bulmasına yardımcı olacak.',
    ],
    survey: (place, f) => [
      `Anket: ${inPlace(place)} Çinli şirketlerin iş beklentileri olumlu`,
      `Ekonomi ve Ticaret Müşavirliğinin ${inPlace(place)} ${f.surveyed} Çinli şirketle yaptığı ankete göre, önümüzdeki on iki ayda işlerinin istikrarlı kalmasını veya büyümesini bekleyen şirketlerin oranı yüzde ${f.stable} oldu.`,
      'Şirketler piyasa talebini ve yerel ortaklarını başlıca güçlü yanları olarak gösterirken çalışma izinlerinin daha hızlı verilmesini ve düzenlemelerin daha öngörülebilir olmasını talep etti. Müşavirlik bu görüşleri yetkili makamlara iletecek.',
    ],
    brief: (place, f) => [
      `Pazar raporu: ${place}, Çin'den ev aletleri ve yeni enerji ürünleri ithalatını yüzde ${f.growth} artırdı`,
      `Ekonomi ve Ticaret Müşavirliğinin son pazar raporuna göre ${place}, son on iki ayda Çin'den ev aletleri ve yeni enerji ürünleri ithalatını yüzde ${f.growth} artırdı.`,
      'Rapor, ihracatçılara yerel sertifikasyon ve etiketleme gerekliliklerini iyi öğrenmelerini, satış sonrası hizmet ağları kurmalarını ve alıcılarla net ödeme koşulları belirlemelerini tavsiye ediyor.',
    ],
    safety: (place) => [
      `Ekonomi ve Ticaret Müşavirliği ${inPlace(place)} Çinli şirketleri güvenlik önlemlerini artırmaya çağırdı`,
      `Ekonomi ve Ticaret Müşavirliği, ${inPlace(place)} Çinli şirketleri ve vatandaşları yerel güvenlik durumunu yakından takip etmeye, önlemlerini artırmaya ve acil durum planlarını güncellemeye çağırdı.`,
      'Acil bir durumda Çin Büyükelçiliği veya Başkonsolosluğu ile derhal iletişime geçilmesi ve yerel yasa ve düzenlemelere uyulması gerekiyor.',
    ],
  },
};
