/**
 * Every language file of every namespace has exactly the keys of the English reference: the same
 * plain keys, and each plural key in exactly the categories `Intl.PluralRules` has for that
 * language — no missing, no extra — with no placeholder the English string does not have — and
 * no value left identical to English, except the few listed in {@link SAME_AS_ENGLISH}.
 *
 * And the English keys are exactly the keys the components use: every key a source under
 * packages/elements/src passes to `t()` is defined, and every English key is used — read from
 * the sources (`t('key')`, `localize.t('key')`), from the keys built at run time
 * ({@link DYNAMIC_KEYS}), or, for a namespace of the SDK's terms, from the SDK's ids
 * ({@link ID_KEYS}).
 */
import {
  DOCUMENT_RELATIONS,
  DOCUMENT_SORTS,
  DOCUMENT_TYPE_IDS,
  DOCUMENT_VALIDITIES,
  FILE_NUMBER_ERROR_CODES,
  LOOKUP_SUGGESTION_REASONS,
  NEWS_COLUMNS,
  POLICY_CATEGORY_IDS,
  PUBLICATION_KIND_IDS,
  SERVICE_MATERIAL_FORMS,
  SERVICE_STEP_MODES,
} from '@portal-kit/sdk';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.js';
import './locales/common/index.js';
import './locales/document/index.js';
import './locales/document-lookup/index.js';
import './locales/domain/index.js';
import './locales/footer/index.js';
import './locales/form/index.js';
import './locales/guide-navigator/index.js';
import './locales/language-switcher/index.js';
import './locales/masthead/index.js';
import './locales/message-form/index.js';
import './locales/message-status/index.js';
import './locales/message-inbox/index.js';
import './locales/message-list/index.js';
import './locales/message-stats/index.js';
import './locales/news-feed/index.js';
import './locales/policy-list/index.js';
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
  form: {
    errorPrefix: ['es'], // «Error:» (es): the Spanish word is spelled as the English one
  },
  'message-form': {
    name: ['de'], // „Name“ (de): the German word for a person's name is spelled as in English
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

// --- keys the components use -----------------------------------------------------------------

/**
 * Keys the components build at run time: the template as the sources write it (each `${…}`
 * written `${}`), its namespace, and the ids that fill it. A template in the sources that is not
 * listed here fails, and so does one listed here that the sources no longer write.
 */
const DYNAMIC_KEYS: readonly { ns: string; template: string; ids: readonly string[] }[] = [
  // news-feed.ts: the heading of a column, `columns.${this.column}` / `columns.${column}`.
  { ns: 'news-feed', template: 'columns.${}', ids: NEWS_COLUMNS },
  // policy-list: the orders (`sorts.${s}`), and the domain names of the filters' values and of
  // the validity badge (`policyCategories.${id}`, `documentTypes.${id}`, `validity.${id}`).
  { ns: 'policy-list', template: 'sorts.${}', ids: DOCUMENT_SORTS },
  { ns: 'domain', template: 'policyCategories.${}', ids: POLICY_CATEGORY_IDS },
  { ns: 'domain', template: 'documentTypes.${}', ids: DOCUMENT_TYPE_IDS },
  { ns: 'domain', template: 'validity.${}', ids: DOCUMENT_VALIDITIES },
  // document-card.ts: the names of a document's type, category and validity (as above).
  // document.ts: how a related document relates, `relationKinds.${r.kind}`.
  { ns: 'document', template: 'relationKinds.${}', ids: DOCUMENT_RELATIONS },
  // document-lookup.ts: every parse error code explained, `errors.${code}`, and why a number is
  // suggested, `suggestionReasons.${reason}`.
  { ns: 'document-lookup', template: 'errors.${}', ids: FILE_NUMBER_ERROR_CODES },
  { ns: 'document-lookup', template: 'suggestionReasons.${}', ids: LOOKUP_SUGGESTION_REASONS },
  // guide-navigator service-page.ts: how a material is handed in, `forms.${m.form}`, and how a
  // step's sub-steps combine, `modes.${step.mode}`.
  { ns: 'guide-navigator', template: 'forms.${}', ids: SERVICE_MATERIAL_FORMS },
  { ns: 'guide-navigator', template: 'modes.${}', ids: SERVICE_STEP_MODES },
];

/**
 * Namespaces of the SDK's terms, keyed by the SDK's ids for components to look up by id (the
 * domain namespace's own test checks the keys are exactly those ids). Their keys count as used.
 */
const ID_KEYS: Readonly<Record<string, readonly string[]>> = {
  domain: [
    ...DOCUMENT_TYPE_IDS.map((id) => `documentTypes.${id}`),
    ...POLICY_CATEGORY_IDS.map((id) => `policyCategories.${id}`),
    ...PUBLICATION_KIND_IDS.map((id) => `publicationKinds.${id}`),
    ...DOCUMENT_VALIDITIES.map((id) => `validity.${id}`),
  ],
};

const ELEMENTS_SRC = new URL('../../elements/src/', import.meta.url);

/** Every non-test source of the components, as text. */
function elementSources(): string[] {
  return readdirSync(ELEMENTS_SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|js)$/.test(path) && !/\.(test|test-d|spec)\.ts$/.test(path))
    .map((path) => readFileSync(new URL(path, ELEMENTS_SRC), 'utf8'));
}

/** The keys the sources pass to `t()`: literal keys, and templates with `${…}` as `${}`. */
function keysInSources(sources: readonly string[]): { keys: Set<string>; templates: Set<string> } {
  const keys = new Set<string>();
  const templates = new Set<string>();
  for (const source of sources) {
    // Message keys a validator returns (`{ key: 'tooLong' }`, `key = 'pattern'` defaults), read
    // by the field that shows them: every quoted literal of the `key` expression counts.
    for (const match of source.matchAll(/\bkey\s*[:=]\s*([^,}\n)]*)/g)) {
      for (const literal of match[1]!.matchAll(/'([^'\n]+)'/g)) keys.add(literal[1]!);
    }
    // `t()` of a component, and `tOf(namespace, key)` of a shared namespace (`common`).
    const calls =
      /\b(?:t|tOf(?:<[^>]*>)?)\(\s*(?:\w+\s*,\s*)?(?:'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`)/g;
    for (const match of source.matchAll(calls)) {
      const literal = match[1] ?? match[2];
      if (literal !== undefined) keys.add(literal);
      else if (match[3]!.includes('${')) templates.add(match[3]!.replace(/\$\{[^}]*\}/g, '${}'));
      else keys.add(match[3]!);
    }
  }
  return { keys, templates };
}

/** The English keys of a namespace, plural variants folded into their base key. */
async function englishKeys(ns: string): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const key of (await stringsOf('en', ns)).keys()) {
    keys.add(pluralPattern.exec(key)?.[1] ?? key);
  }
  return keys;
}

describe('keys the components use', () => {
  const { keys: used, templates } = keysInSources(elementSources());
  const dynamic = DYNAMIC_KEYS.flatMap(({ template, ids }) =>
    ids.map((id) => template.replace('${}', id)),
  );

  it("reads the components' sources", () => {
    expect(used.size).toBeGreaterThan(10);
  });

  it('builds keys at run time only from the templates listed in DYNAMIC_KEYS', () => {
    expect([...templates].sort()).toEqual(DYNAMIC_KEYS.map((d) => d.template).sort());
  });

  it('uses only keys defined in English', async () => {
    const defined = new Set<string>();
    for (const ns of registeredNamespaces()) {
      for (const key of await englishKeys(ns)) defined.add(key);
    }
    const missing = [...used, ...dynamic].filter((key) => !defined.has(key));
    expect(missing, 'keys used by a component but missing in English').toEqual([]);
  });

  it.each(registeredNamespaces())('uses every English key of %s', async (ns) => {
    const derived = new Set([...used, ...dynamic, ...(ID_KEYS[ns] ?? [])]);
    const unused = [...(await englishKeys(ns))]
      .filter((key) => !derived.has(key))
      .map((key) => `${ns}:${key}`);
    expect(unused, 'keys no component uses').toEqual([]);
  });
});
