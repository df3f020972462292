/**
 * The portal's languages and time zone: the one list of the 19 languages and the one time-zone
 * constant of the whole tree. Everything else (the site rules here, `@portal-kit/i18n`, the
 * server's seed, the components) imports them; a guard test fails on a second definition.
 *
 * The list is {@link PORTAL_LANGUAGES}; the table ({@link PORTAL_LANGUAGE_TABLE}) is built from it,
 * the native names and the right-to-left languages, so code that needs only the codes and
 * directions (every element) does not ship the names.
 */

/** Writing direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/** Codes of the portal's 19 languages, in the portal's order (Chinese first). */
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

/** The portal's languages written right to left; every other one is left to right. */
export const PORTAL_RTL_LANGUAGES: readonly PortalLanguage[] = ['ar', 'fa'];

/** Each language's name in itself. */
const NATIVE_NAMES: Readonly<Record<PortalLanguage, string>> = {
  'zh-CN': '简体中文',
  en: 'English',
  fr: 'Français',
  ja: '日本語',
  ru: 'Русский',
  de: 'Deutsch',
  ar: 'العربية',
  ko: '한국어',
  es: 'Español',
  pt: 'Português',
  it: 'Italiano',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  mn: 'Монгол',
  tr: 'Türkçe',
  fa: 'فارسی',
  kk: 'Қазақ тілі',
};

/** One of the portal's languages, as {@link PORTAL_LANGUAGE_TABLE} describes it. */
export interface PortalLanguageInfo {
  /** The portal's code for the language (a BCP 47 tag), e.g. `zh-CN`, `en`, `ar`. */
  readonly code: string;
  /** The locale passed to `Intl` formatters (each language's own code). */
  readonly intl: string;
  /** The language's name in itself, e.g. `简体中文`, `العربية`. */
  readonly name: string;
  /** Writing direction. */
  readonly dir: TextDirection;
}

/**
 * The portal's 19 languages (Chinese plus 18 foreign languages), in the portal's order, each
 * with the locale it passes to `Intl`, its name in itself and its writing direction.
 */
export const PORTAL_LANGUAGE_TABLE: readonly (PortalLanguageInfo & {
  readonly code: PortalLanguage;
})[] = /* @__PURE__ */ PORTAL_LANGUAGES.map((code) => ({
  code,
  intl: code,
  name: NATIVE_NAMES[code],
  dir: PORTAL_RTL_LANGUAGES.includes(code) ? 'rtl' : 'ltr',
}));

const portalLanguages: ReadonlySet<string> = /* @__PURE__ */ new Set(PORTAL_LANGUAGES);

/** Whether `code` is exactly one of the portal's 19 language codes (case-sensitive). */
export function isPortalLanguage(code: unknown): code is PortalLanguage {
  return typeof code === 'string' && portalLanguages.has(code);
}

/**
 * The IANA time zone in which the portal's days begin and end, and in which dates are shown:
 * Beijing time (UTC+8 all year, no daylight saving time since 1991).
 */
export const PORTAL_TIME_ZONE = 'Asia/Shanghai';
