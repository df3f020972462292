/**
 * Namespaces: one per component, each a set of strings in every language, loaded lazily per
 * (language, namespace) through a registry of `import()` loaders so bundlers split them.
 */

/** A namespace's strings in one language: nested objects whose leaves are strings. */
export interface Resources {
  readonly [key: string]: string | Resources;
}

/** A module holding a namespace's strings in one language (`src/locales/<ns>/<lang>.ts`). */
export interface ResourceModule {
  readonly default: Resources;
}

/** Loads one language's strings of one namespace, typically `() => import('./fr.js')`. */
export type ResourceLoader = () => Promise<ResourceModule>;

/** Plural categories of `Intl.PluralRules`, used by i18next as key suffixes (`count_one`). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** A plural category: `zero`, `one`, `two`, `few`, `many` or `other`. */
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

type StripPlural<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/**
 * Every key `t()` accepts for strings shaped like `S`: nested keys joined with `.`, plural
 * variants (`itemCount_one`, `itemCount_other`) folded into their base key (`itemCount`).
 */
export type TranslationKey<S> = {
  [K in keyof S & string]: S[K] extends string
    ? StripPlural<K>
    : S[K] extends object
      ? `${K}.${TranslationKey<S[K]>}`
      : never;
}[keyof S & string];

/**
 * The shape another language's file must have, given the reference language's strings `S`:
 * every plain key of `S` (required), and plural variants of `S`'s plural keys in whatever
 * categories the language needs (optional here; the completeness test checks them against
 * `Intl.PluralRules`). Unknown keys are compile errors in an object literal.
 */
export type Translation<S> = {
  [K in keyof S as K extends `${string}_${PluralCategory}` ? never : K]: S[K] extends string
    ? string
    : Translation<S[K]>;
} & {
  [
    K in keyof S as K extends `${infer Base}_${PluralCategory}`
      ? `${Base}_${PluralCategory}`
      : never
  ]?: string;
};

/** A namespace: its name, its loaders per language code, and (as a type) its strings. */
export interface NamespaceDefinition<S extends Resources = Resources> {
  /** The i18next namespace name, kebab-case like the component (`news-feed`). */
  readonly name: string;
  /**
   * Loaders per language code. The object is the live registry `loadNamespace()` consults, so a
   * test may spy on an entry.
   */
  readonly loaders: Record<string, ResourceLoader>;
  /** Type-only: the strings' shape, for typed keys. Never set at runtime. */
  readonly strings?: S;
}

const registry = new Map<string, NamespaceDefinition>();

/**
 * Declares a namespace and registers its loaders, so `loadNamespace(lang, name)` can find them.
 * Declaring the same name again replaces the loaders (the newest definition wins).
 *
 * @example
 * export const newsFeedNamespace = defineNamespace<NewsFeedStrings>('news-feed', {
 *   en: () => import('./en.js'),
 *   'zh-CN': () => import('./zh-CN.js'),
 * });
 */
export function defineNamespace<S extends Resources>(
  name: string,
  loaders: Record<string, ResourceLoader>,
): NamespaceDefinition<S> {
  const definition: NamespaceDefinition<S> = { name, loaders };
  registry.set(name, definition);
  return definition;
}

/** Makes loaders for a language no namespace declares (the pseudo-locale), or `undefined`. */
export type DerivedLoaders = (lang: string, namespace: string) => ResourceLoader | undefined;

let derivedLoaders: DerivedLoaders | undefined;

/**
 * Sets the source of loaders for languages the namespaces do not declare themselves, for every
 * namespace, also those defined later (`enablePseudoLocale()` uses it); `undefined` removes it.
 */
export function setDerivedLoaders(derive: DerivedLoaders | undefined): void {
  derivedLoaders = derive;
}

/** The loader of one language of a registered namespace, if the kit ships that language. */
export function getLoader(lang: string, namespace: string): ResourceLoader | undefined {
  const loaders = registry.get(namespace)?.loaders;
  if (!loaders) return undefined;
  return Object.hasOwn(loaders, lang) ? loaders[lang] : derivedLoaders?.(lang, namespace);
}

/** The names of every registered namespace. */
export function registeredNamespaces(): string[] {
  return [...registry.keys()];
}
