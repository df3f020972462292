/**
 * The portal's 19 languages: Chinese plus 18 foreign languages, with the locale each passes to
 * `Intl`, its name in itself and its writing direction. The list itself is the SDK's
 * (`PORTAL_LANGUAGE_TABLE`), the one list of the whole tree; this module adds how a tag is
 * matched to a language, and the pseudo-locale.
 */
import {
  PORTAL_LANGUAGE_TABLE,
  PORTAL_LANGUAGES,
  PORTAL_RTL_LANGUAGES,
  type PortalLanguage,
  type PortalLanguageInfo,
} from '@portal-kit/sdk';

/** Writing direction of a language. */
export type TextDirection = PortalLanguageInfo['dir'];

/** Codes of the portal's 19 languages, in the portal's order (Chinese first): the SDK's list. */
export const LANGUAGE_CODES: readonly LanguageCode[] = PORTAL_LANGUAGES;

/** The code of one of the portal's languages. */
export type LanguageCode = PortalLanguage;

/** One of the portal's languages. */
export interface Language extends PortalLanguageInfo {
  /** The portal's code for the language (a BCP 47 tag), e.g. `zh-CN`, `en`, `ar`. */
  readonly code: LanguageCode;
}

/** The language used when nothing else says which: Simplified Chinese. */
export const DEFAULT_LANGUAGE: LanguageCode = 'zh-CN';

/**
 * The portal's languages, in the portal's order (Chinese first): the SDK's table, which holds
 * each language's `Intl` locale, native name and direction.
 */
export const LANGUAGES: readonly Language[] = PORTAL_LANGUAGE_TABLE;

/** The codes by their lower-case form. Only the codes: matching a tag needs no table. */
const byLowerCase = new Map<string, LanguageCode>(LANGUAGE_CODES.map((c) => [c.toLowerCase(), c]));

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
  return byLowerCase.has(code.toLowerCase());
}

/**
 * The language with this exact code (case-insensitive), or `undefined`.
 * Use {@link resolveLanguage} to match any BCP 47 tag.
 */
export function getLanguage(code: string): Language | undefined {
  const exact = byLowerCase.get(code.toLowerCase());
  return exact && LANGUAGES[LANGUAGE_CODES.indexOf(exact)];
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
  const primary = clean.split('-')[0] ?? '';
  return byLowerCase.get(clean) ?? ALIASES[primary] ?? byLowerCase.get(primary) ?? DEFAULT_LANGUAGE;
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
  return PORTAL_RTL_LANGUAGES.includes(resolveLanguage(code)) ? 'rtl' : 'ltr';
}
