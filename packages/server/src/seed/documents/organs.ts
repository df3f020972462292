/**
 * The issuing organs (发文机关) of the documents seed: the ministry, its predecessors, the State
 * Council, the organs that issue jointly with the ministry, and the provincial commerce
 * departments whose documents the local commerce windows publish.
 */
import { LOCAL_WINDOWS } from '../registry/local.js';
import type { SeedOrgan } from './types.js';

/** [id, Chinese name, English name, short Chinese name used in joint file numbers] */
type OrganRow = readonly [string, string, string, string];

const NATIONAL: readonly OrganRow[] = [
  ['mofcom', '商务部', 'Ministry of Commerce', '商务部'],
  [
    'moftec',
    '对外贸易经济合作部',
    'Ministry of Foreign Trade and Economic Cooperation',
    '对外贸易经济合作部',
  ],
  ['setc', '国家经济贸易委员会', 'State Economic and Trade Commission', '国家经贸委'],
  ['state-council', '国务院', 'State Council', '国务院'],
  ['gacc', '海关总署', 'General Administration of Customs', '海关总署'],
  ['mps', '公安部', 'Ministry of Public Security', '公安部'],
  ['ndrc', '国家发展和改革委员会', 'National Development and Reform Commission', '发展改革委'],
  ['samr', '国家市场监督管理总局', 'State Administration for Market Regulation', '市场监管总局'],
  ['saic', '国家工商行政管理总局', 'State Administration for Industry and Commerce', '工商总局'],
  ['mof', '财政部', 'Ministry of Finance', '财政部'],
  ['safe', '国家外汇管理局', 'State Administration of Foreign Exchange', '外汇局'],
  ['sat', '国家税务总局', 'State Taxation Administration', '税务总局'],
  [
    'sasac',
    '国务院国有资产监督管理委员会',
    'State-owned Assets Supervision and Administration Commission of the State Council',
    '国资委',
  ],
  ['csrc', '中国证券监督管理委员会', 'China Securities Regulatory Commission', '证监会'],
  ['miit', '工业和信息化部', 'Ministry of Industry and Information Technology', '工业和信息化部'],
  ['sca', '国家密码管理局', 'State Cryptography Administration', '国家密码管理局'],
  ['mee', '生态环境部', 'Ministry of Ecology and Environment', '生态环境部'],
  ['pboc', '中国人民银行', "People's Bank of China", '中国人民银行'],
  ['mofa', '外交部', 'Ministry of Foreign Affairs', '外交部'],
  ['mot', '交通运输部', 'Ministry of Transport', '交通运输部'],
];

/** The ministry's name in further languages (the organs' names are given in zh-CN and en). */
const MINISTRY_NAMES_MORE: Readonly<Record<string, string>> = {
  fr: 'Ministère du Commerce',
  ru: 'Министерство коммерции',
  ar: 'وزارة التجارة',
  ja: '商務部',
  es: 'Ministerio de Comercio',
  de: 'Handelsministerium',
};

/** Short Chinese names used in joint file numbers (`商务部 海关总署公告…`), by organ id. */
export const ORGAN_SHORT_NAMES: ReadonlyMap<string, string> = new Map(
  NATIONAL.map(([id, , , short]) => [id, short]),
);

/** The provincial commerce department's id for a local window's site id. */
export function provincialOrganId(siteId: string): string {
  return `${siteId}-commerce`;
}

/** A province's commerce department: 商务厅, or 商务局/商务委员会 for the municipalities. */
export interface ProvincialOrgan {
  readonly siteId: string;
  readonly organ: SeedOrgan;
  /** The one-character abbreviation its file numbers start with (`京`, `粤`). */
  readonly code: string;
  /** Its name in Chinese. */
  readonly zh: string;
}

/** File-number abbreviations of the provinces (the character on licence plates). */
const PROVINCE_CODES: Readonly<Record<string, string>> = {
  beijing: '京',
  tianjin: '津',
  hebei: '冀',
  shanxi: '晋',
  neimenggu: '内',
  liaoning: '辽',
  jilin: '吉',
  heilongjiang: '黑',
  shanghai: '沪',
  jiangsu: '苏',
  zhejiang: '浙',
  anhui: '皖',
  fujian: '闽',
  jiangxi: '赣',
  shandong: '鲁',
  henan: '豫',
  hubei: '鄂',
  hunan: '湘',
  guangdong: '粤',
  guangxi: '桂',
  hainan: '琼',
  chongqing: '渝',
  sichuan: '川',
  guizhou: '黔',
  yunnan: '云',
  xizang: '藏',
  shaanxi: '陕',
  gansu: '甘',
  qinghai: '青',
  ningxia: '宁',
  xinjiang: '新',
  bingtuan: '兵',
};

const MUNICIPAL_OFFICE: Readonly<Record<string, [string, string]>> = {
  beijing: ['商务局', 'Municipal Commerce Bureau'],
  tianjin: ['商务局', 'Municipal Commerce Bureau'],
  shanghai: ['商务委员会', 'Municipal Commission of Commerce'],
  chongqing: ['商务委员会', 'Municipal Commission of Commerce'],
  bingtuan: ['商务局', 'Commerce Bureau'],
};

/** The commerce departments of the provinces, one per local window. */
export const PROVINCIAL_ORGANS: readonly ProvincialOrgan[] = LOCAL_WINDOWS.map(
  ([siteId, zhName, , enName]) => {
    const [zhOffice, enOffice] = MUNICIPAL_OFFICE[siteId] ?? ['商务厅', 'Department of Commerce'];
    const zh = `${zhName}${zhOffice}`;
    return {
      siteId,
      code: PROVINCE_CODES[siteId] ?? zhName.slice(0, 1),
      zh,
      organ: {
        id: provincialOrganId(siteId),
        names: { 'zh-CN': zh, en: `${enName} ${enOffice}` },
      },
    };
  },
);

/** Every issuing organ of the seed. */
export function seedOrgans(): SeedOrgan[] {
  const national = NATIONAL.map(([id, zh, en]) => ({
    id,
    names: id === 'mofcom' ? { 'zh-CN': zh, en, ...MINISTRY_NAMES_MORE } : { 'zh-CN': zh, en },
  }));
  return [...national, ...PROVINCIAL_ORGANS.map((p) => p.organ)];
}
