/**
 * The pseudo-locale `en-XA`: every English string accented, about 40% longer and bracketed —
 * `News` → `[Ñéŵş~~]` — so a page shows at a glance any text that does not come from the
 * resources (it stays plain) and any layout that cannot take longer translations (it clips or
 * overflows). Enabled on demand in Storybook and in tests; never one of the 19 languages.
 */
import { i18n, loadNamespace } from './i18n.js';
import { PSEUDO_LANGUAGE, setPseudoLanguageEnabled } from './languages.js';
import { notifyLanguageChange } from './localize-controller.js';
import { setDerivedLoaders } from './namespace.js';
import type { Resources } from './namespace.js';

export { PSEUDO_LANGUAGE };

/** Share of the original length added as `~` padding (translations run up to ~40% longer). */
const EXPANSION = 0.4;

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÅßÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const accents = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i]!]));

/**
 * Parts of a string kept as they are: i18next interpolation (`{{name}}`, `{{value, number}}`,
 * unescaped `{{- name}}`), nesting (`$t(key)`, `$t(key, { "count": 2 })`), HTML tags and
 * character references (`<b>`, `&amp;`).
 */
const PROTECTED =
  /\{\{[\s\S]*?\}\}|\$t\((?:[^()]|\([^()]*\))*\)|<[^<>]*>|&(?:#\d+|#x[\da-f]+|\w+);/gi;

/**
 * Pseudo-localizes one string: letters accented, `~` padding of 40% of the length, brackets
 * around it. Placeholders, nesting, tags and entities stay intact; the result adds no `<`, `>`,
 * `&` or quote, so it is as HTML-safe as its input. The empty string stays empty.
 *
 * @example
 * pseudoLocalize('Published on {{date}}'); // '[Þúƀļíšĥéð óñ {{date}}~~~~~~~~~]'
 */
export function pseudoLocalize(text: string): string {
  if (text === '') return '';
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += accent(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  out += accent(text.slice(last));
  return `[${out}${'~'.repeat(Math.ceil(text.length * EXPANSION))}]`;
}

function accent(text: string): string {
  let out = '';
  for (const c of text) out += accents.get(c) ?? c;
  return out;
}

/** Whether `text` looks pseudo-localized: bracketed, as {@link pseudoLocalize} makes it. */
export function isPseudoLocalized(text: string): boolean {
  return /^\[[\s\S]*\]$/.test(text.trim());
}

/** Every string of `resources` pseudo-localized, keys unchanged. */
export function pseudoLocalizeResources(resources: Resources): Resources {
  const out: Record<string, string | Resources> = {};
  for (const [key, value] of Object.entries(resources)) {
    out[key] = typeof value === 'string' ? pseudoLocalize(value) : pseudoLocalizeResources(value);
  }
  return out;
}

/**
 * Makes {@link PSEUDO_LANGUAGE} (`en-XA`) a language elements render in: `<html lang="en-XA">`
 * (or `lang="en-XA"` on any ancestor or element) then shows every component's strings
 * pseudo-localized. The strings are derived lazily, per namespace, from the English ones
 * (including strings a page registered for `en`) through the same loader mechanism as real
 * languages — for every namespace, also those defined later. Connected elements re-resolve
 * their language. Dates, numbers and content requests use English for `en-XA`.
 */
export function enablePseudoLocale(): void {
  setDerivedLoaders((lang, namespace) =>
    lang === PSEUDO_LANGUAGE ? () => pseudoModule(namespace) : undefined,
  );
  setPseudoLanguageEnabled(true);
  notifyLanguageChange();
}

/** Stops accepting `en-XA`: elements showing it go back to English. */
export function disablePseudoLocale(): void {
  setDerivedLoaders(undefined);
  setPseudoLanguageEnabled(false);
  notifyLanguageChange();
}

async function pseudoModule(namespace: string): Promise<{ default: Resources }> {
  await loadNamespace('en', namespace);
  const english = (i18n.getResourceBundle('en', namespace) ?? {}) as Resources;
  return { default: pseudoLocalizeResources(english) };
}
