/**
 * Every language file of every namespace has exactly the keys of the English reference: the same
 * plain keys, and each plural key in exactly the categories `Intl.PluralRules` has for that
 * language — no missing, no extra — with no placeholder the English string does not have — and
 * no value left identical to English, except the few listed in {@link SAME_AS_ENGLISH}.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.js';
import './locales/common/index.js';
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

/**
 * Values allowed to equal the English ones, per namespace, key and language — each with the reason
 * it is a real translation that happens to be spelled like English. Keep it small: every entry
 * is a string a reader of that language would see in English otherwise.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  domain: {
    // Cognates: the term of the language, spelled as in English.
    'documentTypes.communique': ['fr'], // « communiqué » (fr), the word English borrowed
    'documentTypes.motion': ['fr'], // « motion » (fr): a motion put to an assembly
    'documentTypes.resolution': ['de'], // „Resolution“ (de): a resolution of a body
    'documentTypes.circular': ['es', 'pt'], // «circular» (es, pt): an administrative circular
    'publicationKinds.bulletin': ['fr', 'de'], // « bulletin » (fr), „Bulletin“ (de)
  },
};

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

describe.each(registeredNamespaces())('namespace %s', (ns) => {
  it.each(LANGUAGES.filter((l) => l.code !== 'en').map((l) => l.code))(
    '%s leaves no value identical to English (outside the allow-list)',
    async (code) => {
      const english = await stringsOf('en', ns);
      const strings = await stringsOf(code, ns);
      const allowed = SAME_AS_ENGLISH[ns] ?? {};
      const same = [...strings]
        .filter(([key, value]) => {
          const base = pluralPattern.exec(key)?.[1];
          const reference = english.get(key) ?? english.get(`${base}_other`);
          return value === reference && !(allowed[key] ?? []).includes(code);
        })
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
      expect(same, `${code} values identical to English`).toEqual([]);
    },
  );

  it('allow-lists only keys that exist and values that really equal English', async () => {
    const english = await stringsOf('en', ns);
    for (const [key, codes] of Object.entries(SAME_AS_ENGLISH[ns] ?? {})) {
      for (const code of codes) {
        expect((await stringsOf(code, ns)).get(key), `${ns} ${key} ${code}`).toBe(english.get(key));
      }
    }
  });
});
