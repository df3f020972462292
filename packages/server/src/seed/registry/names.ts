/** Names of the ministry and of its offices abroad in the portal's languages. */

/** 中华人民共和国商务部 in each of the portal's 19 languages (kept in `@portal-kit/sdk`). */
export { MINISTRY_NAMES } from '@portal-kit/sdk';

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
