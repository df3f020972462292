/**
 * The portal's 19 languages: Chinese plus 18 foreign languages (BRIEF §1), with the locale each
 * passes to `Intl`, its native and English names and its writing direction.
 */

/** Writing direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/** Codes of the portal's 19 languages, in the portal's order (Chinese first). */
export const LANGUAGE_CODES = [
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

/** The code of one of the portal's languages. */
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** One of the portal's languages. */
export interface Language {
  /** The portal's code for the language (a BCP 47 tag), e.g. `zh-CN`, `en`, `ar`. */
  readonly code: LanguageCode;
  /** The locale passed to `Intl` formatters. */
  readonly intl: string;
  /** The language's name in itself, e.g. `简体中文`, `العربية`. */
  readonly name: string;
  /** The language's name in English. */
  readonly english: string;
  /** Writing direction. */
  readonly dir: TextDirection;
}

/** The language used when nothing else says which: Simplified Chinese. */
export const DEFAULT_LANGUAGE: LanguageCode = 'zh-CN';

/** The portal's languages, in the portal's order (Chinese first). */
export const LANGUAGES: readonly Language[] = [
  { code: 'zh-CN', intl: 'zh-CN', name: '简体中文', english: 'Chinese (Simplified)', dir: 'ltr' },
  { code: 'en', intl: 'en', name: 'English', english: 'English', dir: 'ltr' },
  { code: 'fr', intl: 'fr', name: 'Français', english: 'French', dir: 'ltr' },
  { code: 'ja', intl: 'ja', name: '日本語', english: 'Japanese', dir: 'ltr' },
  { code: 'ru', intl: 'ru', name: 'Русский', english: 'Russian', dir: 'ltr' },
  { code: 'de', intl: 'de', name: 'Deutsch', english: 'German', dir: 'ltr' },
  { code: 'ar', intl: 'ar', name: 'العربية', english: 'Arabic', dir: 'rtl' },
  { code: 'ko', intl: 'ko', name: '한국어', english: 'Korean', dir: 'ltr' },
  { code: 'es', intl: 'es', name: 'Español', english: 'Spanish', dir: 'ltr' },
  { code: 'pt', intl: 'pt', name: 'Português', english: 'Portuguese', dir: 'ltr' },
  { code: 'it', intl: 'it', name: 'Italiano', english: 'Italian', dir: 'ltr' },
  { code: 'vi', intl: 'vi', name: 'Tiếng Việt', english: 'Vietnamese', dir: 'ltr' },
  { code: 'th', intl: 'th', name: 'ไทย', english: 'Thai', dir: 'ltr' },
  { code: 'id', intl: 'id', name: 'Bahasa Indonesia', english: 'Indonesian', dir: 'ltr' },
  { code: 'ms', intl: 'ms', name: 'Bahasa Melayu', english: 'Malay', dir: 'ltr' },
  { code: 'mn', intl: 'mn', name: 'Монгол', english: 'Mongolian', dir: 'ltr' },
  { code: 'tr', intl: 'tr', name: 'Türkçe', english: 'Turkish', dir: 'ltr' },
  { code: 'fa', intl: 'fa', name: 'فارسی', english: 'Persian', dir: 'rtl' },
  { code: 'kk', intl: 'kk', name: 'Қазақ тілі', english: 'Kazakh', dir: 'ltr' },
];

const byCode = new Map<string, Language>(LANGUAGES.map((l) => [l.code.toLowerCase(), l]));

/** Legacy or macrolanguage-member codes some systems still send, mapped to the portal's. */
const ALIASES: Readonly<Record<string, LanguageCode>> = {
  zh: 'zh-CN',
  in: 'id',
  zsm: 'ms',
  pes: 'fa',
  khk: 'mn',
};

/** Whether `code` is exactly one of the portal's language codes (case-insensitive). */
export function isLanguageCode(code: string): code is LanguageCode {
  return byCode.has(code.toLowerCase());
}

/**
 * The language with this exact code (case-insensitive), or `undefined`.
 * Use {@link resolveLanguage} to match any BCP 47 tag.
 */
export function getLanguage(code: string): Language | undefined {
  return byCode.get(code.toLowerCase());
}

/**
 * The portal language that best matches a BCP 47 tag, or {@link DEFAULT_LANGUAGE} when none
 * does: an exact code first, then the tag's primary language (`en-GB` → `en`, `pt-BR` → `pt`,
 * `ar-EG` → `ar`). Every Chinese tag maps to `zh-CN` (`zh`, `zh-Hans-CN`, `zh-SG`, and also
 * Traditional tags such as `zh-TW`, since the portal publishes Simplified Chinese only).
 * Underscores are accepted as separators (`zh_CN`); an empty or unknown tag gives the default.
 */
export function resolveLanguage(tag: string | null | undefined): LanguageCode {
  const clean = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  const exact = byCode.get(clean);
  if (exact) return exact.code;
  const primary = clean.split('-')[0] ?? '';
  return ALIASES[primary] ?? byCode.get(primary)?.code ?? DEFAULT_LANGUAGE;
}

/**
 * The pseudo-locale: English strings accented, 40% longer and bracketed (`[Ñéŵş~~~]`), to catch
 * truncation and text that does not come from the resources. Never one of the 19 languages:
 * elements render in it only after `enablePseudoLocale()` (see `pseudo.ts`).
 */
export const PSEUDO_LANGUAGE = 'en-XA';

/** The pseudo-locale's code. */
export type PseudoLanguageCode = typeof PSEUDO_LANGUAGE;

/** A language elements can render their strings in: a portal language or the pseudo-locale. */
export type UiLanguageCode = LanguageCode | PseudoLanguageCode;

let pseudoEnabled = false;

/** Turns acceptance of {@link PSEUDO_LANGUAGE} on or off. Use `enablePseudoLocale()`. */
export function setPseudoLanguageEnabled(enabled: boolean): void {
  pseudoEnabled = enabled;
}

/** Whether elements accept {@link PSEUDO_LANGUAGE} (after `enablePseudoLocale()`). */
export function isPseudoLanguageEnabled(): boolean {
  return pseudoEnabled;
}

/**
 * The language an element renders its strings in: {@link PSEUDO_LANGUAGE} for `en-XA` while the
 * pseudo-locale is enabled, else {@link resolveLanguage}. Content requests, `Intl` formatting
 * and direction keep using `resolveLanguage()`, which maps `en-XA` to `en`.
 */
export function resolveUiLanguage(tag: string | null | undefined): UiLanguageCode {
  if (pseudoEnabled && (tag ?? '').trim().replace(/_/g, '-').toLowerCase() === 'en-xa') {
    return PSEUDO_LANGUAGE;
  }
  return resolveLanguage(tag);
}

/** Writing direction of a language code or any tag (resolved like {@link resolveLanguage}). */
export function dirOf(code: string): TextDirection {
  return getLanguage(resolveLanguage(code))?.dir ?? 'ltr';
}
