/**
 * Economic and commercial offices abroad that are not at an embassy: the mission to the
 * European Union and the offices at consulates general in territories with their own ISO 3166-1
 * code. Subsite `<iso2>.mofcom.gov.cn`, like the embassies' offices.
 */
import type { Region } from './overseas.js';

/** An office at a consulate general; named 驻<城市>总领馆经商室 / ... Consulate General in <City>. */
export interface ConsulateRow {
  id: string;
  region: Region;
  /** [中文, English] */
  city: readonly [string, string];
  /** The territory the consulate covers: [中文, English]. */
  territory: readonly [string, string];
  /** [language, city, territory] in the territory's language, when it is one of the portal's. */
  local?: readonly [string, string, string];
}

export const CONSULATES: readonly ConsulateRow[] = [
  {
    id: 'pf',
    region: 'americas-oceania',
    city: ['帕皮提', 'Papeete'],
    territory: ['法属波利尼西亚', 'French Polynesia'],
    local: ['fr', 'Papeete', 'Polynésie française'],
  },
  {
    id: 'nc',
    region: 'americas-oceania',
    city: ['努美阿', 'Nouméa'],
    territory: ['新喀里多尼亚', 'New Caledonia'],
    local: ['fr', 'Nouméa', 'Nouvelle-Calédonie'],
  },
  {
    id: 'gu',
    region: 'americas-oceania',
    city: ['哈加特纳', 'Hagåtña'],
    territory: ['关岛', 'Guam'],
  },
  {
    id: 'mp',
    region: 'americas-oceania',
    city: ['塞班', 'Saipan'],
    territory: ['北马里亚纳群岛', 'the Northern Mariana Islands'],
  },
  {
    id: 'as',
    region: 'americas-oceania',
    city: ['帕果帕果', 'Pago Pago'],
    territory: ['美属萨摩亚', 'American Samoa'],
  },
  {
    id: 're',
    region: 'west-asia-africa',
    city: ['圣但尼', 'Saint-Denis'],
    territory: ['留尼汪', 'Réunion'],
    local: ['fr', 'Saint-Denis', 'La Réunion'],
  },
  {
    id: 'yt',
    region: 'west-asia-africa',
    city: ['马穆楚', 'Mamoudzou'],
    territory: ['马约特', 'Mayotte'],
    local: ['fr', 'Mamoudzou', 'Mayotte'],
  },
  {
    id: 'gp',
    region: 'americas-oceania',
    city: ['皮特尔角城', 'Pointe-à-Pitre'],
    territory: ['瓜德罗普', 'Guadeloupe'],
    local: ['fr', 'Pointe-à-Pitre', 'Guadeloupe'],
  },
  {
    id: 'mq',
    region: 'americas-oceania',
    city: ['法兰西堡', 'Fort-de-France'],
    territory: ['马提尼克', 'Martinique'],
    local: ['fr', 'Fort-de-France', 'Martinique'],
  },
  {
    id: 'gf',
    region: 'americas-oceania',
    city: ['卡宴', 'Cayenne'],
    territory: ['法属圭亚那', 'French Guiana'],
    local: ['fr', 'Cayenne', 'Guyane'],
  },
  {
    id: 'aw',
    region: 'americas-oceania',
    city: ['奥拉涅斯塔德', 'Oranjestad'],
    territory: ['阿鲁巴', 'Aruba'],
  },
  {
    id: 'cw',
    region: 'americas-oceania',
    city: ['威廉斯塔德', 'Willemstad'],
    territory: ['库拉索', 'Curaçao'],
  },
  {
    id: 'sx',
    region: 'americas-oceania',
    city: ['菲利普斯堡', 'Philipsburg'],
    territory: ['荷属圣马丁', 'Sint Maarten'],
  },
  {
    id: 'pr',
    region: 'americas-oceania',
    city: ['圣胡安', 'San Juan'],
    territory: ['波多黎各', 'Puerto Rico'],
    local: ['es', 'San Juan', 'Puerto Rico'],
  },
  {
    id: 'vg',
    region: 'americas-oceania',
    city: ['罗德城', 'Road Town'],
    territory: ['英属维尔京群岛', 'the British Virgin Islands'],
  },
  {
    id: 'ky',
    region: 'americas-oceania',
    city: ['乔治敦', 'George Town'],
    territory: ['开曼群岛', 'the Cayman Islands'],
  },
  {
    id: 'bm',
    region: 'americas-oceania',
    city: ['汉密尔顿', 'Hamilton'],
    territory: ['百慕大', 'Bermuda'],
  },
  {
    id: 'tc',
    region: 'americas-oceania',
    city: ['科伯恩城', 'Cockburn Town'],
    territory: ['特克斯和凯科斯群岛', 'the Turks and Caicos Islands'],
  },
  {
    id: 'ai',
    region: 'americas-oceania',
    city: ['瓦利', 'The Valley'],
    territory: ['安圭拉', 'Anguilla'],
  },
  {
    id: 'gi',
    region: 'europe',
    city: ['直布罗陀', 'Gibraltar'],
    territory: ['直布罗陀', 'Gibraltar'],
  },
  {
    id: 'fo',
    region: 'europe',
    city: ['托尔斯港', 'Tórshavn'],
    territory: ['法罗群岛', 'the Faroe Islands'],
  },
  { id: 'gl', region: 'europe', city: ['努克', 'Nuuk'], territory: ['格陵兰', 'Greenland'] },
  { id: 'je', region: 'europe', city: ['圣赫利尔', 'Saint Helier'], territory: ['泽西', 'Jersey'] },
];

/** The mission to the European Union (ISO 3166-1 exceptionally reserves `EU`). */
export const EU_MISSION = {
  id: 'eu',
  region: 'europe' as Region,
  names: {
    'zh-CN': '驻欧盟使团经商处',
    en: 'Economic and Commercial Office of the Mission to the European Union',
    fr: "Bureau économique et commercial de la Mission de la Chine auprès de l'Union européenne",
  },
  localLanguage: 'fr',
} as const;
