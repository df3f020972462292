/** Names of the ministry and of its offices abroad in the portal's languages. */

/** 中华人民共和国商务部 in each of the portal's 19 languages. */
export const MINISTRY_NAMES: Readonly<Record<string, string>> = {
  'zh-CN': '中华人民共和国商务部',
  en: "Ministry of Commerce of the People's Republic of China",
  fr: 'Ministère du Commerce de la République populaire de Chine',
  ja: '中華人民共和国商務部',
  ru: 'Министерство коммерции Китайской Народной Республики',
  de: 'Handelsministerium der Volksrepublik China',
  ar: 'وزارة التجارة لجمهورية الصين الشعبية',
  ko: '중화인민공화국 상무부',
  es: 'Ministerio de Comercio de la República Popular China',
  pt: 'Ministério do Comércio da República Popular da China',
  it: 'Ministero del Commercio della Repubblica Popolare Cinese',
  vi: 'Bộ Thương mại nước Cộng hòa Nhân dân Trung Hoa',
  th: 'กระทรวงพาณิชย์แห่งสาธารณรัฐประชาชนจีน',
  id: 'Kementerian Perdagangan Republik Rakyat Tiongkok',
  ms: 'Kementerian Perdagangan Republik Rakyat China',
  mn: 'Бүгд Найрамдах Хятад Ард Улсын Худалдааны яам',
  tr: 'Çin Halk Cumhuriyeti Ticaret Bakanlığı',
  fa: 'وزارت بازرگانی جمهوری خلق چین',
  kk: 'Қытай Халық Республикасының Сауда министрлігі',
};

/**
 * "Economic and Commercial Office of the Chinese Embassy", per local language; the country
 * follows in parentheses, which reads correctly without declining the country's name.
 */
export const EMBASSY_OFFICE: Readonly<Record<string, string>> = {
  fr: "Bureau économique et commercial de l'ambassade de Chine",
  ja: '中国大使館経済商務処',
  ru: 'Торгово-экономический отдел Посольства КНР',
  de: 'Wirtschafts- und Handelsbüro der Botschaft der Volksrepublik China',
  ar: 'المكتب الاقتصادي والتجاري لسفارة الصين',
  ko: '중국대사관 경제상무처',
  es: 'Oficina Económica y Comercial de la Embajada de China',
  pt: 'Escritório Económico e Comercial da Embaixada da China',
  it: "Ufficio economico e commerciale dell'Ambasciata cinese",
  vi: 'Phòng Kinh tế - Thương mại Đại sứ quán Trung Quốc',
  th: 'สำนักงานเศรษฐกิจและการพาณิชย์ สถานเอกอัครราชทูตจีน',
  id: 'Kantor Ekonomi dan Perdagangan Kedutaan Besar Tiongkok',
  ms: 'Pejabat Ekonomi dan Perdagangan Kedutaan Besar China',
  mn: 'БНХАУ-ын Элчин сайдын яамны Эдийн засаг, худалдааны алба',
  tr: 'Çin Büyükelçiliği Ekonomik ve Ticari Müşavirliği',
  fa: 'دفتر اقتصادی و بازرگانی سفارت چین',
  kk: 'ҚХР Елшілігінің экономикалық және сауда бөлімі',
};

/** The same for an office at a consulate general (only the languages the consulates use). */
export const CONSULATE_OFFICE: Readonly<Record<string, string>> = {
  fr: 'Bureau économique et commercial du consulat général de Chine',
  es: 'Oficina Económica y Comercial del Consulado General de China',
};

/** `office (place)`, with the parentheses of the script in use. */
export function withPlace(lang: string, office: string, place: string): string {
  return lang === 'ja' ? `${office}（${place}）` : `${office} (${place})`;
}
