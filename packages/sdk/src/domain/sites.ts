/**
 * The site group's naming conventions (BRIEF §1, §5) as code: what a valid {@link Site} record
 * looks like for each kind of site — id, domain, names, masthead and footer facts, languages,
 * URL pattern — and `validateSite()`, which reports every rule a record breaks. The server
 * refuses to store a site that fails it; the masthead renders only from a valid record.
 * The rules are written down for people in docs/naming-conventions.md.
 */
import { SITE_KINDS, SITE_URL_PATTERN_KINDS } from '../api/types.js';
import type { Site, SiteKind } from '../api/types.js';

/** The root domain of the site group; every site lives at `<label>.mofcom.gov.cn`. */
export const ROOT_DOMAIN = 'mofcom.gov.cn';

/**
 * Codes of the portal's 19 languages (Chinese plus 18 foreign languages), in the portal's
 * order. `@portal-kit/i18n` holds the same list with each language's names, direction and
 * `Intl` locale; this copy lets the SDK check a site's languages without depending on i18n.
 */
export const PORTAL_LANGUAGES = [
  'zh-CN',
  'en',
  'fr',
  'ja',
  'ru',
  'de',
  'ar',
  'ko',
  'es',
  'pt',
  'it',
  'vi',
  'th',
  'id',
  'ms',
  'mn',
  'tr',
  'fa',
  'kk',
] as const;

/** The code of one of the portal's 19 languages. */
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

const portalLanguages: ReadonlySet<string> = /* @__PURE__ */ new Set(PORTAL_LANGUAGES);

/** Whether `code` is exactly one of the portal's 19 language codes (case-sensitive). */
export function isPortalLanguage(code: unknown): code is PortalLanguage {
  return typeof code === 'string' && portalLanguages.has(code);
}

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

// The tables below are built by calls marked pure, so a bundle that uses none of the site rules
// (a component importing only `localizedUrl`, the API client) drops them.

const localUnits: ReadonlyMap<string, (typeof LOCAL_UNITS)[number]> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ LOCAL_UNITS.map((unit) => [unit.id, unit]),
);

/** Every one-character province abbreviation → the two-digit codes it may stand for. */
function abbreviationCodes(): Map<string, Set<string>> {
  const codesByAbbr = new Map<string, Set<string>>();
  for (const unit of LOCAL_UNITS) {
    for (const abbr of unit.abbr) {
      const codes = codesByAbbr.get(abbr) ?? new Set<string>();
      codesByAbbr.set(abbr, codes.add(unit.code));
    }
  }
  return codesByAbbr;
}
const codesByAbbr = /* @__PURE__ */ abbreviationCodes();
const ABBRS = /* @__PURE__ */ [...codesByAbbr.keys()].join('');

/**
 * 网站标识码, the government website identification code the national government website
 * database assigns: exactly 10 characters, either `bm` + 8 digits (a State Council
 * department's site: 2 digits for the department, 6 for the site, e.g. `bm30000012`) or
 * 10 digits (a local government's site: its 6-digit administrative division code + 4 digits,
 * e.g. `4400000101`). Written without `|` so the pattern reads in a Markdown table.
 */
export const SITE_CODE_PATTERN = '^(?=.{10}$)(bm)?[0-9]{8,10}$';

/**
 * ICP record number (ICP备案号): province abbreviation + `ICP备` + 8 digits (numbers issued to
 * 2019) or 10 digits (from 2020: year + 6 digits) + `号`, optionally `-N` for the N-th website
 * of the record, e.g. `京ICP备05004093号-1`.
 */
export const ICP_PATTERN = `^[${ABBRS}]ICP备[0-9]{8}([0-9]{2})?号(-[1-9][0-9]{0,2})?$`;

/**
 * Public-security record number (公安机关备案号): province abbreviation + `公网安备`, an optional
 * space, 14 digits (the first 6 the registering bureau's administrative division code) + `号`,
 * e.g. `京公网安备 11040102700068号`. The abbreviation must match the code's first two digits.
 */
export const PUBLIC_SECURITY_PATTERN = `^[${ABBRS}]公网安备 ?[0-9]{14}号$`;

// The placeholder of URL templates and the localized address live in their own module, so the
// language switcher gets them without the registry tables of this one.
export { LANG_PLACEHOLDER, localizedUrl } from './site-urls.js';

/** Longest name, organizer or address accepted, in UTF-16 code units. */
export const SITE_TEXT_MAX_LENGTH = 200;

/** What is wrong, in a word; `field` says where. */
export type SiteViolationCode =
  /** The value is not an object at all (`field` is `''`). */
  | 'not-an-object'
  /** A required field is absent. */
  | 'missing'
  /** A field has the wrong JSON type. */
  | 'wrong-type'
  /** A field the `Site` record does not have. */
  | 'unknown-field'
  | 'invalid-id'
  | 'invalid-kind'
  | 'invalid-domain'
  /** The domain is well formed for the kind but names another site than `id`. */
  | 'domain-mismatch'
  /** A name (or organizer) breaks its kind's pattern. */
  | 'invalid-name'
  /** Text holds markup (`<`, `>`), control, invisible or direction-override characters. */
  | 'unsafe-text'
  /** Empty, or padded with spaces. */
  | 'blank-text'
  | 'too-long'
  | 'invalid-language'
  | 'duplicate-language'
  | 'invalid-site-code'
  | 'invalid-icp'
  | 'invalid-public-security'
  | 'invalid-parent'
  /** The registry given to `validateSite` has no site with the parent's id. */
  | 'parent-not-found'
  /** The parent exists but is not of a kind that may be this kind's parent. */
  | 'parent-kind'
  /** Another site of the registry has the same domain or site code. */
  | 'duplicate'
  | 'invalid-url-pattern'
  | 'invalid-contact';

/** One broken rule: the field it concerns (a path such as `names.zh-CN`), a code, a message. */
export interface SiteViolation {
  /** Dotted path of the field: `id`, `names.zh-CN`, `urlPattern.template`, `languages.2`… */
  readonly field: string;
  readonly code: SiteViolationCode;
  /** An English sentence saying what is wrong and what is expected. */
  readonly message: string;
}

/**
 * Another site of the group, as `validateSite` needs to know it: id and kind to check a parent,
 * domain and site code (when given) to refuse a second site with the same.
 */
export type SiteRef = Pick<Site, 'id' | 'kind'> & Partial<Pick<Site, 'domain' | 'siteCode'>>;

export interface ValidateSiteOptions {
  /** Root domain of the site group; default {@link ROOT_DOMAIN}. */
  root?: string;
  /**
   * The other sites of the group (a list, or a map by id). When given, the parent must be one of
   * them and of the right kind, and no other site may have the same domain or site code;
   * without it only the parent's id is checked. An entry with the site's own id is ignored.
   */
  sites?: Iterable<SiteRef> | ReadonlyMap<string, SiteRef>;
}

/** The kinds a site of each kind may have as parent (the main site has none). */
export const PARENT_KINDS: Readonly<Record<SiteKind, readonly SiteKind[]>> = {
  main: [],
  department: ['main'],
  commissioner: ['main'],
  overseas: ['main'],
  local: ['main'],
};

const SITE_FIELDS = [
  'id',
  'kind',
  'names',
  'domain',
  'parent',
  'languages',
  'urlPattern',
  'organizer',
  'siteCode',
  'icp',
  'publicSecurity',
  'contact',
] as const;
const siteFields: ReadonlySet<string> = /* @__PURE__ */ new Set(SITE_FIELDS);

const ID = /^[a-z][a-z0-9-]{0,31}$/;
const SITE_CODE = /* @__PURE__ */ new RegExp(SITE_CODE_PATTERN);
const ICP = /* @__PURE__ */ new RegExp(ICP_PATTERN, 'u');
const PUBLIC_SECURITY = /* @__PURE__ */ new RegExp(PUBLIC_SECURITY_PATTERN, 'u');
const UNSAFE = /[<>\p{Cc}\u200B\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
const PHONE = /^\+?[0-9]+([ -][0-9]+)*$/;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PATH_TEMPLATE = /^\/([A-Za-z0-9._~-]+\/)*\{lang\}(\/[A-Za-z0-9._~-]+)*\/?$/;
const QUERY_TEMPLATE = /^\?[A-Za-z][A-Za-z0-9_-]{0,31}=\{lang\}$/;

/** Per kind: the id (= first label of the domain), and the names in Chinese and English. */
interface KindRules {
  id: (id: string) => boolean;
  /** What a valid id looks like, for messages. */
  idText: string;
  zh: RegExp;
  zhText: string;
  en: RegExp;
  enText: string;
}

const RULES: Readonly<Record<SiteKind, KindRules>> = {
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
const LOCAL_ORGANIZER = /^\p{Script=Han}{2,12}(商务厅|商务局|商务委员会)$/u;

/** A short, quoted rendering of an offending value for a message (never the whole of it). */
function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/** Collects violations; each check adds its own. */
class Report {
  readonly violations: SiteViolation[] = [];
  add(field: string, code: SiteViolationCode, message: string): void {
    this.violations.push({ field, code, message });
  }
  /** Adds a `missing`/`wrong-type` violation unless `value` is a string; says whether it is. */
  string(field: string, value: unknown): value is string {
    if (typeof value === 'string') return true;
    if (value === undefined) this.add(field, 'missing', `${field} is required.`);
    else this.add(field, 'wrong-type', `${field} must be a string, not ${typeName(value)}.`);
    return false;
  }
  /** Same for a plain object. */
  record(field: string, value: unknown): value is Record<string, unknown> {
    if (isRecord(value)) return true;
    if (value === undefined) this.add(field, 'missing', `${field} is required.`);
    else this.add(field, 'wrong-type', `${field} must be an object, not ${typeName(value)}.`);
    return false;
  }
  /**
   * Checks display text (a name, an organizer, an address): a string, not blank or padded, at
   * most {@link SITE_TEXT_MAX_LENGTH} long, free of markup and invisible characters. Says
   * whether the text is usable, so pattern checks run only on clean text.
   */
  text(field: string, value: unknown): value is string {
    if (!this.string(field, value)) return false;
    if (value.trim() === '' || value.trim() !== value) {
      this.add(field, 'blank-text', `${field} must not be empty or start or end with spaces.`);
      return false;
    }
    if (value.length > SITE_TEXT_MAX_LENGTH) {
      this.add(
        field,
        'too-long',
        `${field} is ${value.length} characters long; at most ${SITE_TEXT_MAX_LENGTH} are allowed.`,
      );
      return false;
    }
    if (UNSAFE.test(value)) {
      this.add(
        field,
        'unsafe-text',
        `${field} must not contain markup (< >), control, invisible or direction-override characters.`,
      );
      return false;
    }
    return true;
  }
}

function checkUnknownFields(report: Report, site: Record<string, unknown>): void {
  for (const key of Object.keys(site)) {
    if (!siteFields.has(key)) {
      report.add(key, 'unknown-field', `${show(key)} is not a field of a site.`);
    }
  }
}

function checkIdKindDomain(
  report: Report,
  site: Record<string, unknown>,
  root: string,
): SiteKind | undefined {
  const { id, kind, domain } = site;
  const kindOk = typeof kind === 'string' && (SITE_KINDS as readonly string[]).includes(kind);
  if (report.string('kind', kind) && !kindOk) {
    report.add(
      'kind',
      'invalid-kind',
      `kind ${show(kind)} is not one of ${SITE_KINDS.join(', ')}.`,
    );
  }
  const rules = kindOk ? RULES[kind as SiteKind] : undefined;
  const idOk = report.string('id', id) && ID.test(id) && (!rules || rules.id(id));
  if (typeof id === 'string' && !idOk) {
    report.add(
      'id',
      'invalid-id',
      rules
        ? `id ${show(id)} does not follow the rule for a ${String(kind)} site: ${rules.idText}.`
        : `id ${show(id)} must be lower-case ASCII letters, digits and "-", starting with a letter, at most 32 characters.`,
    );
  }
  if (!report.string('domain', domain) || !rules) return rules ? (kind as SiteKind) : undefined;
  const expected = kind === 'main' ? `www.${root}` : `${idOk ? id : '<id>'}.${root}`;
  if (domain === expected) return kind as SiteKind;
  const label = domain.endsWith(`.${root}`) ? domain.slice(0, -root.length - 1) : undefined;
  const labelOk = label !== undefined && kind !== 'main' && ID.test(label) && rules.id(label);
  if (labelOk && idOk) {
    report.add(
      'domain',
      'domain-mismatch',
      `domain ${show(domain)} belongs to site "${label}", not to "${id}"; expected "${expected}".`,
    );
  } else if (!labelOk) {
    report.add(
      'domain',
      'invalid-domain',
      kind === 'main'
        ? `domain ${show(domain)} must be "www.${root}" for the main site.`
        : `domain ${show(domain)} must be "<id>.${root}" where <id> is ${rules.idText}.`,
    );
  }
  return kind as SiteKind;
}

/** Checks that every key of a per-language map is a portal language. */
function checkLanguageKeys(report: Report, field: string, map: Record<string, unknown>): void {
  for (const key of Object.keys(map)) {
    if (!isPortalLanguage(key)) {
      report.add(
        `${field}.${key}`,
        'invalid-language',
        `${show(key)} is not one of the portal's language codes (${PORTAL_LANGUAGES.join(', ')}).`,
      );
    }
  }
}

function checkNames(
  report: Report,
  names: unknown,
  kind: SiteKind | undefined,
  languages: readonly string[],
): void {
  if (!report.record('names', names)) return;
  checkLanguageKeys(report, 'names', names);
  const required = new Set(['zh-CN', 'en', ...languages.filter(isPortalLanguage)]);
  for (const lang of required) {
    if (names[lang] === undefined) {
      report.add(
        `names.${lang}`,
        'missing',
        lang === 'zh-CN' || lang === 'en'
          ? `names.${lang} is required: every site has a Chinese and an English name.`
          : `names.${lang} is required: the site publishes in ${lang}.`,
      );
    }
  }
  for (const [lang, name] of Object.entries(names)) {
    const field = `names.${lang}`;
    // An undefined entry is an absent name (reported above when the name is required).
    if (name === undefined || !report.text(field, name) || !kind) continue;
    const rules = RULES[kind];
    if (kind === 'main' && isPortalLanguage(lang) && name !== MINISTRY_NAMES[lang]) {
      report.add(
        field,
        'invalid-name',
        `${field} of the main site must be the ministry's name, ${show(MINISTRY_NAMES[lang])}.`,
      );
    } else if (lang === 'zh-CN' && kind !== 'main' && !rules.zh.test(name)) {
      report.add(field, 'invalid-name', `${field} ${show(name)} must be ${rules.zhText}.`);
    } else if (lang === 'en' && kind !== 'main' && !rules.en.test(name)) {
      report.add(field, 'invalid-name', `${field} ${show(name)} must be ${rules.enText}.`);
    }
  }
}

/** Checks `languages`; returns the entries that are strings, for the name check. */
function checkLanguages(report: Report, languages: unknown): string[] {
  if (!Array.isArray(languages)) {
    if (languages === undefined) report.add('languages', 'missing', 'languages is required.');
    else {
      report.add(
        'languages',
        'wrong-type',
        `languages must be an array, not ${typeName(languages)}.`,
      );
    }
    return [];
  }
  if (languages.length === 0) {
    report.add('languages', 'missing', 'languages must list at least one language.');
  }
  const seen = new Set<string>();
  languages.forEach((lang: unknown, index) => {
    const field = `languages.${index}`;
    if (!report.string(field, lang)) return;
    if (!isPortalLanguage(lang)) {
      report.add(
        field,
        'invalid-language',
        `${show(lang)} is not one of the portal's language codes (${PORTAL_LANGUAGES.join(', ')}).`,
      );
    } else if (seen.has(lang)) {
      report.add(field, 'duplicate-language', `${lang} is listed more than once.`);
    }
    seen.add(lang);
  });
  if (languages.length > 0 && !seen.has('zh-CN')) {
    report.add(
      'languages',
      'missing',
      'languages must include zh-CN: every site publishes in Chinese.',
    );
  }
  return languages.filter((lang): lang is string => typeof lang === 'string');
}

function checkParent(
  report: Report,
  site: Record<string, unknown>,
  kind: SiteKind | undefined,
  registry: ReadonlyMap<string, SiteRef> | undefined,
): void {
  const { parent } = site;
  if (parent === undefined) {
    report.add('parent', 'missing', 'parent is required (null for the main site).');
    return;
  }
  if (parent !== null && typeof parent !== 'string') {
    report.add(
      'parent',
      'wrong-type',
      `parent must be a site id or null, not ${typeName(parent)}.`,
    );
    return;
  }
  if (!kind) return;
  if (kind === 'main') {
    if (parent !== null) report.add('parent', 'invalid-parent', 'the main site has no parent.');
    return;
  }
  if (parent !== MAIN_SITE_ID) {
    report.add(
      'parent',
      'invalid-parent',
      `parent ${parent === null ? 'null' : show(parent)} is wrong: a ${kind} site's parent is the main site, "${MAIN_SITE_ID}".`,
    );
    return;
  }
  if (!registry) return;
  const found = registry.get(parent);
  if (!found) {
    report.add('parent', 'parent-not-found', `parent "${parent}" is not a site of the registry.`);
  } else if (!PARENT_KINDS[kind].includes(found.kind)) {
    report.add(
      'parent',
      'parent-kind',
      `parent "${parent}" is a ${found.kind} site; a ${kind} site's parent must be ${PARENT_KINDS[kind].join(' or ')}.`,
    );
  }
}

function checkUnique(
  report: Report,
  site: Record<string, unknown>,
  registry: ReadonlyMap<string, SiteRef> | undefined,
): void {
  if (!registry) return;
  for (const other of registry.values()) {
    if (other.id === site.id) continue;
    for (const field of ['domain', 'siteCode'] as const) {
      if (other[field] !== undefined && other[field] === site[field]) {
        report.add(
          field,
          'duplicate',
          `${field} ${show(site[field])} is already the ${field} of site "${other.id}".`,
        );
      }
    }
  }
}

function checkUrlPattern(report: Report, pattern: unknown, root: string): void {
  if (!report.record('urlPattern', pattern)) return;
  for (const key of Object.keys(pattern)) {
    if (key !== 'kind' && key !== 'template') {
      report.add(
        `urlPattern.${key}`,
        'unknown-field',
        `${show(key)} is not a field of urlPattern.`,
      );
    }
  }
  const { kind, template } = pattern;
  const kindOk = (SITE_URL_PATTERN_KINDS as readonly unknown[]).includes(kind);
  if (report.string('urlPattern.kind', kind) && !kindOk) {
    report.add(
      'urlPattern.kind',
      'invalid-url-pattern',
      `urlPattern.kind ${show(kind)} is not one of ${SITE_URL_PATTERN_KINDS.join(', ')}.`,
    );
  }
  if (!report.string('urlPattern.template', template) || !kindOk) return;
  // At least one label between {lang} and the root: `{lang}.<root>` would collide with the
  // subsites (`id.mofcom.gov.cn` is the Indonesia office, not the Indonesian pages).
  const subdomain = new RegExp(
    `^\\{lang\\}\\.([a-z0-9-]+\\.)+${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
  );
  const [test, expected] =
    kind === 'path'
      ? [PATH_TEMPLATE, 'a path holding {lang} as one segment, e.g. "/{lang}/"']
      : kind === 'query'
        ? [QUERY_TEMPLATE, 'a query holding {lang} as one parameter, e.g. "?lang={lang}"']
        : [subdomain, `a host name "{lang}.<name>.${root}", e.g. "{lang}.wms.${root}"`];
  if (template.length > SITE_TEXT_MAX_LENGTH || !test.test(template)) {
    report.add(
      'urlPattern.template',
      'invalid-url-pattern',
      `urlPattern.template ${show(template)} must be ${expected}.`,
    );
  }
}

function checkOrganizer(report: Report, organizer: unknown, kind: SiteKind | undefined): void {
  if (!report.record('organizer', organizer)) return;
  checkLanguageKeys(report, 'organizer', organizer);
  if (organizer['zh-CN'] === undefined) {
    report.add('organizer.zh-CN', 'missing', 'organizer.zh-CN (主办单位) is required.');
  }
  for (const [lang, name] of Object.entries(organizer)) {
    const field = `organizer.${lang}`;
    if (!report.text(field, name) || lang !== 'zh-CN' || !kind) continue;
    if (kind === 'local' && !LOCAL_ORGANIZER.test(name)) {
      report.add(
        field,
        'invalid-name',
        `${field} ${show(name)} must be the provincial commerce authority (…商务厅, …商务局 or …商务委员会).`,
      );
    } else if (kind !== 'local' && name !== MINISTRY_NAMES['zh-CN']) {
      report.add(
        field,
        'invalid-name',
        `${field} of a ${kind} site must be the ministry, "${MINISTRY_NAMES['zh-CN']}".`,
      );
    }
  }
}

function checkCodes(
  report: Report,
  site: Record<string, unknown>,
  kind: SiteKind | undefined,
): void {
  const { siteCode, icp, publicSecurity, id } = site;
  if (report.string('siteCode', siteCode)) {
    const unit = kind === 'local' && typeof id === 'string' ? localUnits.get(id) : undefined;
    if (!SITE_CODE.test(siteCode)) {
      report.add(
        'siteCode',
        'invalid-site-code',
        `siteCode ${show(siteCode)} must be 10 characters: "bm" + 8 digits (a ministry's site) or 10 digits (a local government's site).`,
      );
    } else if (kind !== undefined && kind !== 'local' && !siteCode.startsWith('bm')) {
      report.add(
        'siteCode',
        'invalid-site-code',
        `siteCode ${show(siteCode)} of a ${kind} site must be the ministry form "bm" + 8 digits.`,
      );
    } else if (unit && !siteCode.startsWith('bm') && !siteCode.startsWith(unit.code)) {
      report.add(
        'siteCode',
        'invalid-site-code',
        `siteCode ${show(siteCode)} must start with ${unit.code}, the division code of ${unit.id}.`,
      );
    }
  }
  if (report.string('icp', icp) && !ICP.test(icp)) {
    report.add(
      'icp',
      'invalid-icp',
      `icp ${show(icp)} must be "<省简称>ICP备" + 8 or 10 digits + "号", optionally "-N" (e.g. "京ICP备05004093号-1").`,
    );
  }
  if (report.string('publicSecurity', publicSecurity)) {
    if (!PUBLIC_SECURITY.test(publicSecurity)) {
      report.add(
        'publicSecurity',
        'invalid-public-security',
        `publicSecurity ${show(publicSecurity)} must be "<省简称>公网安备 " + 14 digits + "号" (e.g. "京公网安备 11040102700068号").`,
      );
    } else {
      const abbr = publicSecurity.charAt(0);
      const digits = /[0-9]{2}/.exec(publicSecurity)![0];
      if (!codesByAbbr.get(abbr)!.has(digits)) {
        report.add(
          'publicSecurity',
          'invalid-public-security',
          `publicSecurity ${show(publicSecurity)}: the abbreviation ${abbr} does not match the division code ${digits}.`,
        );
      }
    }
  }
}

function checkContact(report: Report, contact: unknown): void {
  if (!report.record('contact', contact)) return;
  const { phone, email, address } = contact;
  for (const key of Object.keys(contact)) {
    if (key !== 'phone' && key !== 'email' && key !== 'address') {
      report.add(`contact.${key}`, 'unknown-field', `${show(key)} is not a field of contact.`);
    }
  }
  if (phone === undefined && email === undefined && address === undefined) {
    report.add('contact', 'missing', 'contact must give at least a phone, an email or an address.');
  }
  if (phone !== undefined && report.string('contact.phone', phone)) {
    if (phone.length < 3 || phone.length > 32 || !PHONE.test(phone)) {
      report.add(
        'contact.phone',
        'invalid-contact',
        `contact.phone ${show(phone)} must be digits in groups separated by spaces or "-", optionally after "+" (e.g. "010-65197114").`,
      );
    }
  }
  if (email !== undefined && report.string('contact.email', email)) {
    if (email.length > 254 || !EMAIL.test(email)) {
      report.add(
        'contact.email',
        'invalid-contact',
        `contact.email ${show(email)} is not an email address.`,
      );
    }
  }
  if (address !== undefined) report.text('contact.address', address);
}

function toRegistry(sites: ValidateSiteOptions['sites']): ReadonlyMap<string, SiteRef> | undefined {
  if (sites === undefined) return undefined;
  if (sites instanceof Map) return sites as ReadonlyMap<string, SiteRef>;
  return new Map([...(sites as Iterable<SiteRef>)].map((site) => [site.id, site]));
}

/**
 * Every rule of the naming conventions that `site` breaks, as a list of violations (empty when
 * the site is valid). Never throws: any value — `null`, a number, a record with fields of the
 * wrong type, hostile text — gives violations, each naming its field. Checks:
 * - `id` per kind: `main`; department pinyin initials; `<city>tb`; ISO 3166-1 alpha-2 or `eu`;
 *   the pinyin of a provincial-level unit;
 * - `kind` is one of {@link SITE_KINDS}; `domain` is `www.<root>` (main) or `<id>.<root>`;
 * - `names`: zh-CN and en always, and one per language offered; keys are portal languages;
 *   the main site bears the ministry's names, other sites their unit's name by their kind's
 *   pattern (the masthead puts the ministry's name before it); no markup or invisible text;
 * - `languages`: non-empty, portal languages only, no repeats, zh-CN among them;
 * - `parent`: `null` for the main site, `"main"` for every other; with `options.sites`, the
 *   parent exists and has a kind allowed by {@link PARENT_KINDS};
 * - `urlPattern`, `organizer` (主办单位), `siteCode` (网站标识码), `icp`, `publicSecurity`,
 *   `contact` by their formats (see the constants above and docs/naming-conventions.md).
 *
 * @example
 * validateSite({ ...site, domain: 'wms.example.org' })
 * // [{ field: 'domain', code: 'invalid-domain', message: 'domain "wms.example.org" must be …' }]
 */
export function validateSite(site: unknown, options: ValidateSiteOptions = {}): SiteViolation[] {
  const report = new Report();
  if (!isRecord(site)) {
    report.add('', 'not-an-object', `A site must be an object, not ${typeName(site)}.`);
    return report.violations;
  }
  const root = options.root ?? ROOT_DOMAIN;
  checkUnknownFields(report, site);
  const kind = checkIdKindDomain(report, site, root);
  const languages = checkLanguages(report, site.languages);
  checkNames(report, site.names, kind, languages);
  const registry = toRegistry(options.sites);
  checkParent(report, site, kind, registry);
  checkUnique(report, site, registry);
  checkUrlPattern(report, site.urlPattern, root);
  checkOrganizer(report, site.organizer, kind);
  checkCodes(report, site, kind);
  checkContact(report, site.contact);
  return report.violations;
}

/** Whether `site` is a valid {@link Site} (no violations). */
export function isValidSite(site: unknown, options?: ValidateSiteOptions): site is Site {
  return validateSite(site, options).length === 0;
}

/** Thrown by {@link assertValidSite} (and by the server when it refuses a site). */
export class InvalidSiteError extends Error {
  override name = 'InvalidSiteError';
  /** Every rule the site breaks. */
  readonly violations: readonly SiteViolation[];

  constructor(violations: readonly SiteViolation[], siteId?: string) {
    const subject = siteId === undefined ? 'The site' : `Site ${JSON.stringify(siteId)}`;
    const list = violations.map((v) => `${v.field || '(site)'}: ${v.message}`).join('\n  ');
    super(`${subject} breaks ${violations.length} naming rule(s):\n  ${list}`);
    this.violations = violations;
  }
}

/** Whether `error` is an {@link InvalidSiteError} (also across bundle copies of the SDK). */
export function isInvalidSiteError(error: unknown): error is InvalidSiteError {
  return (
    error instanceof InvalidSiteError ||
    (error instanceof Error && error.name === 'InvalidSiteError' && 'violations' in error)
  );
}

/** Throws an {@link InvalidSiteError} listing every violation unless `site` is valid. */
export function assertValidSite(
  site: unknown,
  options?: ValidateSiteOptions,
): asserts site is Site {
  const violations = validateSite(site, options);
  if (violations.length > 0) {
    const id = isRecord(site) && typeof site.id === 'string' ? site.id : undefined;
    throw new InvalidSiteError(violations, id);
  }
}

/** The two lines of a site's masthead in one language. */
export interface SiteMasthead {
  /** The ministry's name in `lang` (Chinese when the portal has none in `lang`). */
  ministry: string;
  /** The unit's name in `lang` (else in Chinese); `null` on the main site. */
  unit: string | null;
}

/**
 * What the shared masthead shows for `site` in `lang` (BRIEF §5): the ministry's name, then
 * the subsite's own name. A site's `names` hold the unit's name only; this puts them together.
 */
export function siteMasthead(site: Pick<Site, 'kind' | 'names'>, lang: string): SiteMasthead {
  const ministry = isPortalLanguage(lang) ? MINISTRY_NAMES[lang] : MINISTRY_NAMES['zh-CN'];
  if (site.kind === 'main') return { ministry, unit: null };
  return { ministry, unit: site.names[lang] ?? site.names['zh-CN'] ?? null };
}
