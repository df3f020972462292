/**
 * The one shared i18next instance of the kit. Every element reads its strings from it through
 * `getFixedT(lang, namespace)`: no global language is ever switched, so one page may show two
 * languages side by side. Resources are loaded lazily per (language, namespace).
 */
import i18next from 'i18next';
import type { TFunction } from 'i18next';
import { getLoader } from './namespace.js';
import type { Resources } from './namespace.js';

/**
 * Languages tried, in order, when a key is missing in the asked language. The kit's own
 * language files are complete (a test checks it), so this chain serves strings a page
 * registered for a language the kit does not ship, or partial overrides of a new namespace.
 */
export const FALLBACK_LANGUAGES: readonly string[] = ['en', 'zh-CN'];

/** Called when strings of a (language, namespace) pair were loaded or registered. */
export type ResourcesListener = (lang: string, namespace: string) => void;

/**
 * The shared i18next instance. Prefer the functions of this module; the instance is exported
 * for integrations that need i18next itself (never call `changeLanguage` on it).
 */
export const i18n = i18next.createInstance();

void i18n.init({
  // Resources come from `loadNamespace()`/`registerStrings()` only: no backend, no detector.
  resources: {},
  initAsync: false,
  lng: FALLBACK_LANGUAGES[0],
  fallbackLng: [...FALLBACK_LANGUAGES],
  load: 'currentOnly',
  ns: [],
  defaultNS: false,
  returnNull: false,
  // Escape interpolated values (i18next's default), so `t()` output is safe as HTML.
  interpolation: { escapeValue: true },
});

const loads = new Map<string, Promise<void>>();
const available = new Set<string>();
const listeners = new Set<ResourcesListener>();

const pairKey = (lang: string, namespace: string): string => `${lang}|${namespace}`;

/**
 * Loads the strings of one namespace in one language, once: concurrent and later calls share
 * the first call's promise (a failed load may be tried again). Only the asked language is
 * downloaded. A language the kit does not ship loads the fallback languages instead, so its
 * registered strings are completed by them.
 */
export function loadNamespace(lang: string, namespace: string): Promise<void> {
  const key = pairKey(lang, namespace);
  let load = loads.get(key);
  if (!load) {
    load = fetchNamespace(lang, namespace).then(
      () => {
        available.add(key);
        emit(lang, namespace);
      },
      (error: unknown) => {
        loads.delete(key);
        throw error;
      },
    );
    loads.set(key, load);
  }
  return load;
}

async function fetchNamespace(lang: string, namespace: string): Promise<void> {
  const loader = getLoader(lang, namespace);
  if (loader) {
    const module = await loader();
    // Deep merge without overwriting, so strings a page registered earlier keep precedence.
    i18n.addResourceBundle(lang, namespace, module.default, true, false);
    return;
  }
  const fallbacks = FALLBACK_LANGUAGES.filter((l) => l !== lang && getLoader(l, namespace));
  await Promise.all(fallbacks.map((l) => loadNamespace(l, namespace)));
}

/** Whether `loadNamespace(lang, namespace)` has completed. */
export function isNamespaceLoaded(lang: string, namespace: string): boolean {
  return available.has(pairKey(lang, namespace));
}

/**
 * Adds or overrides strings of a namespace in a language — e.g. an overseas office's own
 * wording, or a language the kit does not ship. Merged deeply; registered strings win over the
 * kit's, whether the kit's file loads before or after. Elements showing that language re-render.
 */
export function registerStrings(lang: string, namespace: string, resources: Resources): void {
  i18n.addResourceBundle(lang, namespace, resources, true, true);
  emit(lang, namespace);
}

/**
 * A translate function bound to one language and namespace (i18next's `getFixedT`). Call
 * `loadNamespace(lang, namespace)` first; until then it answers from fallbacks or the key.
 */
export function getFixedT(lang: string, namespace: string): TFunction {
  return i18n.getFixedT(lang, namespace);
}

/** Subscribes to loaded or registered strings; returns the unsubscribe function. */
export function onResourcesChange(listener: ResourcesListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(lang: string, namespace: string): void {
  for (const listener of [...listeners]) listener(lang, namespace);
}
