/**
 * The kinds of site of the group and the naming rule of each: the root domain,
 * the main site's id, the local units, the overseas ids, the parent a site of each kind has,
 * and per kind the pattern of its id and of its Chinese and English names.
 * The rules are written down for people in docs/naming-conventions.md.
 */
import type { SiteKind } from '../api/types.js';
import { MINISTRY_NAMES } from './site-masthead.js';

/** The root domain of the site group; every site lives at `<label>.mofcom.gov.cn`. */
export const ROOT_DOMAIN = 'mofcom.gov.cn';

/** The id of the main site; every other site's parent. */
export const MAIN_SITE_ID = 'main';

/**
 * The provincial-level units that run a local commerce window (地方商务之窗): the window's id
 * (the pinyin of the unit, its subdomain), the two leading digits of its administrative
 * division code (GB/T 2260) and its one-character abbreviations as used in ICP and
 * public-security record numbers. The Xinjiang Production and Construction Corps (兵团) has
 * the code 66 in the national government website database and records under 新.
 */
export const LOCAL_UNITS = [
  { id: 'beijing', code: '11', abbr: ['京'] },
  { id: 'tianjin', code: '12', abbr: ['津'] },
  { id: 'hebei', code: '13', abbr: ['冀'] },
  { id: 'shanxi', code: '14', abbr: ['晋'] },
  { id: 'neimenggu', code: '15', abbr: ['蒙'] },
  { id: 'liaoning', code: '21', abbr: ['辽'] },
  { id: 'jilin', code: '22', abbr: ['吉'] },
  { id: 'heilongjiang', code: '23', abbr: ['黑'] },
  { id: 'shanghai', code: '31', abbr: ['沪'] },
  { id: 'jiangsu', code: '32', abbr: ['苏'] },
  { id: 'zhejiang', code: '33', abbr: ['浙'] },
  { id: 'anhui', code: '34', abbr: ['皖'] },
  { id: 'fujian', code: '35', abbr: ['闽'] },
  { id: 'jiangxi', code: '36', abbr: ['赣'] },
  { id: 'shandong', code: '37', abbr: ['鲁'] },
  { id: 'henan', code: '41', abbr: ['豫'] },
  { id: 'hubei', code: '42', abbr: ['鄂'] },
  { id: 'hunan', code: '43', abbr: ['湘'] },
  { id: 'guangdong', code: '44', abbr: ['粤'] },
  { id: 'guangxi', code: '45', abbr: ['桂'] },
  { id: 'hainan', code: '46', abbr: ['琼'] },
  { id: 'chongqing', code: '50', abbr: ['渝'] },
  { id: 'sichuan', code: '51', abbr: ['川', '蜀'] },
  { id: 'guizhou', code: '52', abbr: ['贵', '黔'] },
  { id: 'yunnan', code: '53', abbr: ['云', '滇'] },
  { id: 'xizang', code: '54', abbr: ['藏'] },
  { id: 'shaanxi', code: '61', abbr: ['陕', '秦'] },
  { id: 'gansu', code: '62', abbr: ['甘', '陇'] },
  { id: 'qinghai', code: '63', abbr: ['青'] },
  { id: 'ningxia', code: '64', abbr: ['宁'] },
  { id: 'xinjiang', code: '65', abbr: ['新'] },
  { id: 'bingtuan', code: '66', abbr: ['新'] },
] as const;

/** Id of a local commerce window: `'guangdong'`, `'beijing'`, `'bingtuan'`… */
export type LocalUnitId = (typeof LOCAL_UNITS)[number]['id'];

/** ISO 3166-1 alpha-2 codes (all 249 officially assigned), lower case. */
const ISO_3166_ALPHA2 = /* @__PURE__ */ new Set(
  (
    'ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq ' +
    'br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm ' +
    'do dz ec ee eg eh er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs ' +
    'gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn ' +
    'kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq ' +
    'mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm ' +
    'pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv ' +
    'sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi ' +
    'vn vu wf ws ye yt za zm zw'
  ).split(' '),
);

/** China's own codes: no overseas office sits there. */
const DOMESTIC_REGIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(['cn', 'hk', 'mo', 'tw']);

/**
 * Whether `id` may name an overseas office's site: an ISO 3166-1 alpha-2 code (lower case) of a
 * country or territory outside China, or `eu` (exceptionally reserved by ISO 3166 for the
 * European Union, where the ministry has a mission).
 */
export function isOverseasSiteId(id: string): boolean {
  return id === 'eu' || (ISO_3166_ALPHA2.has(id) && !DOMESTIC_REGIONS.has(id));
}

// The table below is built by calls marked pure, so a bundle that uses none of the site rules
// (a component importing only `localizedUrl`, the API client) drops it.

export const localUnits: ReadonlyMap<string, (typeof LOCAL_UNITS)[number]> =
  /* @__PURE__ */ new Map(/* @__PURE__ */ LOCAL_UNITS.map((unit) => [unit.id, unit]));

/** The kinds a site of each kind may have as parent (the main site has none). */
export const PARENT_KINDS: Readonly<Record<SiteKind, readonly SiteKind[]>> = {
  main: [],
  department: ['main'],
  commissioner: ['main'],
  overseas: ['main'],
  local: ['main'],
};

/** Per kind: the id (= first label of the domain), and the names in Chinese and English. */
export interface KindRules {
  id: (id: string) => boolean;
  /** What a valid id looks like, for messages. */
  idText: string;
  zh: RegExp;
  zhText: string;
  en: RegExp;
  enText: string;
}

export const RULES: Readonly<Record<SiteKind, KindRules>> = {
  main: {
    id: (id) => id === MAIN_SITE_ID,
    idText: '"main"',
    zh: /^中华人民共和国商务部$/u,
    zhText: `"${MINISTRY_NAMES['zh-CN']}"`,
    en: /^Ministry of Commerce of the People's Republic of China$/u,
    enText: `"${MINISTRY_NAMES.en}"`,
  },
  department: {
    id: (id) => /^[a-z]{2,8}$/.test(id),
    idText: 'the pinyin initials of the department, 2–8 letters (e.g. "wms")',
    zh: /^(?!商务部|中华人民共和国)\p{Script=Han}{1,14}(司|厅|局|室|委)$/u,
    zhText: 'the unit name without the ministry, ending in 司/厅/局/室/委 (e.g. "对外贸易司")',
    en: /^(?!Ministry of Commerce)(?=[A-Z])[^]*\b(Department|Office|Bureau|Committee|Agency)\b/u,
    enText:
      'the unit name without the ministry, a Department, Office, Bureau, Committee or Agency (e.g. "Department of Foreign Trade")',
  },
  commissioner: {
    id: (id) => /^[a-z]{2,16}tb$/.test(id),
    idText: 'the pinyin of the city followed by "tb" (e.g. "tianjintb")',
    zh: /^驻\p{Script=Han}{2,5}特派员办事处$/u,
    zhText: '"驻<城市>特派员办事处" (e.g. "驻天津特派员办事处")',
    en: /^Office of the Special Commissioner in \S[^]*$/u,
    enText: '"Office of the Special Commissioner in <City>"',
  },
  overseas: {
    id: isOverseasSiteId,
    idText: 'the ISO 3166-1 alpha-2 code of a country or territory outside China, or "eu"',
    zh: /^驻\p{Script=Han}[\p{Script=Han}（）·]{0,19}(使馆经商处|总领馆经商室|使团经商处)$/u,
    zhText: '"驻<国家>使馆经商处", "驻<城市>总领馆经商室" or "驻<组织>使团经商处"',
    en: /^Economic and Commercial Office of the (Embassy in|Consulate General in|Mission to) \S[^]*$/u,
    enText:
      '"Economic and Commercial Office of the Embassy in <Country>" (or "Consulate General in <City>", "Mission to <Organization>")',
  },
  local: {
    id: (id) => localUnits.has(id),
    idText: `the pinyin id of a provincial-level unit (${/* @__PURE__ */ LOCAL_UNITS.map((u) => u.id).join(', ')})`,
    zh: /^\p{Script=Han}{2,12}商务之窗$/u,
    zhText: '"<省、自治区、直辖市全称>商务之窗" (e.g. "广东省商务之窗")',
    en: /^\S[^]* Commerce Window$/u,
    enText: '"<Province> Commerce Window"',
  },
};

/** Organizer (主办单位) in Chinese of a local commerce window: its provincial commerce authority. */
export const LOCAL_ORGANIZER = /^\p{Script=Han}{2,12}(商务厅|商务局|商务委员会)$/u;
