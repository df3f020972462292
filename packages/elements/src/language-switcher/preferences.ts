/**
 * What `<portal-language-switcher>` offers, remembers and proposes: the languages of the
 * attribute or the site record; the keys of the reader's choice and of a dismissed suggestion
 * in `localStorage`; the language to propose on a first visit.
 */
import { LANGUAGE_CODES, getLanguage, resolveLanguage } from '@portal-kit/i18n';
import type { Language, LanguageCode } from '@portal-kit/i18n';
import { readStorage } from '../base/storage.js';

/** The `localStorage` key of the remembered choice (a language code). */
export const LANGUAGE_STORAGE_KEY = 'portal-kit:language';
/** The `localStorage` key set to `dismissed` once the reader turned a suggestion down. */
export const SUGGESTION_STORAGE_KEY = 'portal-kit:language-suggestion';

/**
 * The languages to offer, in order, each once, unknown codes left out: `languages` when not
 * empty, else the site's languages when not empty, else all 19.
 */
export function offeredLanguages(
  languages: readonly string[],
  siteLanguages: readonly string[] = [],
): Language[] {
  const codes =
    languages.length > 0 ? languages : siteLanguages.length > 0 ? siteLanguages : LANGUAGE_CODES;
  // getLanguage() gives each language's one record, so the set keeps each once, first place.
  return [...new Set(codes.map((code) => getLanguage(code)))].filter((l) => l !== undefined);
}

/** The portal language a browser tag names, or `null` (no fallback to the default language). */
export function matchLanguage(tag: string): LanguageCode | null {
  const code = resolveLanguage(tag);
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return code === 'zh-CN' && primary !== 'zh' ? null : code;
}

/**
 * The language to propose on a first visit: the reader's most preferred language the site
 * offers, unless the page is already in it; `null` when a choice is remembered or a suggestion
 * was dismissed (unless `remember` is off), or when none fits.
 */
export function suggestionFor(
  preferred: readonly string[],
  offered: readonly string[],
  current: string,
  remember: boolean,
): LanguageCode | null {
  if (
    remember &&
    (readStorage(LANGUAGE_STORAGE_KEY) !== null ||
      readStorage(SUGGESTION_STORAGE_KEY) === 'dismissed')
  ) {
    return null;
  }
  for (const tag of preferred) {
    const code = matchLanguage(tag);
    if (code && offered.includes(code)) return code === current ? null : code;
  }
  return null;
}
