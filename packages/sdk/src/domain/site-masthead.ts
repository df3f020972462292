/**
 * The facts the shared masthead shows: the ministry's name in each of the portal's
 * languages, and `siteMasthead()`, which puts it before a subsite's own name.
 */
import type { Site } from '../api/types.js';
import { isPortalLanguage, type PortalLanguage } from './portal.js';

/** 中华人民共和国商务部 in each of the portal's languages: the main site's names, the masthead's first line. */
export const MINISTRY_NAMES: Readonly<Record<PortalLanguage, string>> = {
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

/** The two lines of a site's masthead in one language. */
export interface SiteMasthead {
  /** The ministry's name in `lang` (Chinese when the portal has none in `lang`). */
  ministry: string;
  /** The unit's name in `lang` (else in Chinese); `null` on the main site. */
  unit: string | null;
}

/**
 * What the shared masthead shows for `site` in `lang`: the ministry's name, then
 * the subsite's own name. A site's `names` hold the unit's name only; this puts them together.
 */
export function siteMasthead(site: Pick<Site, 'kind' | 'names'>, lang: string): SiteMasthead {
  const ministry = isPortalLanguage(lang) ? MINISTRY_NAMES[lang] : MINISTRY_NAMES['zh-CN'];
  if (site.kind === 'main') return { ministry, unit: null };
  return { ministry, unit: site.names[lang] ?? site.names['zh-CN'] ?? null };
}
