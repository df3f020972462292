/**
 * Every language file of every namespace has exactly the keys of the English reference: the same
 * plain keys, and each plural key in exactly the categories `Intl.PluralRules` has for that
 * language — no missing, no extra — with no placeholder the English string does not have.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.js';
import './locales/domain/index.js';
import './locales/language-switcher/index.js';
import './locales/news-feed/index.js';
import { PLURAL_CATEGORIES, getLoader, registeredNamespaces } from './namespace.js';
import type { Resources } from './namespace.js';

function flatten(resources: Resources, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(resources)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const pluralPattern = new RegExp(`^(.*)_(${PLURAL_CATEGORIES.join('|')})$`);
const placeholders = (s: string): string[] => [...s.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]!);

async function stringsOf(lang: string, ns: string): Promise<Map<string, string>> {
  const loader = getLoader(lang, ns);
  if (!loader) throw new Error(`no ${lang} file for namespace ${ns}`);
  return flatten((await loader()).default);
}

/** The keys a language must have, given the English keys and the language's plural rules. */
function expectedKeys(english: Map<string, string>, intl: string): string[] {
  const categories = new Intl.PluralRules(intl).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const base = pluralPattern.exec(key)?.[1];
    if (base === undefined) keys.add(key);
    else for (const c of categories) keys.add(`${base}_${c}`);
  }
  return [...keys].sort();
}

describe.each(registeredNamespaces())('namespace %s', (ns) => {
  it.each(LANGUAGES.map((l) => [l.code, l.intl] as const))(
    '%s has exactly the keys of en',
    async (code, intl) => {
      const english = await stringsOf('en', ns);
      const strings = await stringsOf(code, ns);
      expect([...strings.keys()].sort()).toEqual(expectedKeys(english, intl));
      for (const [key, value] of strings) {
        expect(value.trim(), `${code} ${key} is empty`).not.toBe('');
        const base = pluralPattern.exec(key)?.[1];
        const reference = english.get(key) ?? english.get(`${base}_other`) ?? '';
        const allowed = placeholders(reference);
        for (const name of placeholders(value)) expect(allowed, `${code} ${key}`).toContain(name);
        // Outside plurals (where "one" may be spelled out) every placeholder must be used.
        if (base === undefined) expect(placeholders(value).sort()).toEqual(allowed.sort());
      }
    },
  );
});
