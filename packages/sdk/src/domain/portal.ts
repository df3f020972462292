/**
 * The portal's languages and time zone: the one list of the 19 languages and the one time-zone
 * constant of the whole tree. Everything else (the site rules here, `@portal-kit/i18n`, the
 * server's seed, the components) imports them; a guard test fails on a second definition.
 */

/** Writing direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * The portal's 19 languages (Chinese plus 18 foreign languages), in the portal's order, each
 * with the locale it passes to `Intl`, its name in itself and its writing direction.
 */
export const PORTAL_LANGUAGE_TABLE = [
  { code: 'zh-CN', intl: 'zh-CN', name: '简体中文', dir: 'ltr' },
  { code: 'en', intl: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', intl: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ja', intl: 'ja', name: '日本語', dir: 'ltr' },
  { code: 'ru', intl: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'de', intl: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'ar', intl: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'ko', intl: 'ko', name: '한국어', dir: 'ltr' },
  { code: 'es', intl: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pt', intl: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'it', intl: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'vi', intl: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { code: 'th', intl: 'th', name: 'ไทย', dir: 'ltr' },
  { code: 'id', intl: 'id', name: 'Bahasa Indonesia', dir: 'ltr' },
  { code: 'ms', intl: 'ms', name: 'Bahasa Melayu', dir: 'ltr' },
  { code: 'mn', intl: 'mn', name: 'Монгол', dir: 'ltr' },
  { code: 'tr', intl: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'fa', intl: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'kk', intl: 'kk', name: 'Қазақ тілі', dir: 'ltr' },
] as const satisfies readonly PortalLanguageInfo[];

/** One of the portal's languages, as {@link PORTAL_LANGUAGE_TABLE} describes it. */
export interface PortalLanguageInfo {
  /** The portal's code for the language (a BCP 47 tag), e.g. `zh-CN`, `en`, `ar`. */
  readonly code: string;
  /** The locale passed to `Intl` formatters. */
  readonly intl: string;
  /** The language's name in itself, e.g. `简体中文`, `العربية`. */
  readonly name: string;
  /** Writing direction. */
  readonly dir: TextDirection;
}

/** The code of one of the portal's 19 languages. */
export type PortalLanguage = (typeof PORTAL_LANGUAGE_TABLE)[number]['code'];

/** Codes of the portal's 19 languages, in the portal's order (Chinese first). */
export const PORTAL_LANGUAGES: readonly PortalLanguage[] =
  /* @__PURE__ */ PORTAL_LANGUAGE_TABLE.map((language) => language.code);

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
