/**
 * The `common` namespace: the strings every data component shares (loading, empty, error and its
 * reasons, retry, stale, offline, "more"), in the portal's 19 languages, one module per language,
 * each loaded only when an element shows that language — with the component's own namespace.
 */
import { defineNamespace } from '../../namespace.js';
import type en from './en.js';

/** The shape of the shared strings (the English reference file's type). */
export type CommonStrings = typeof en;

/**
 * The `common` namespace, loaded with a component's own through
 * `new LocalizeController(host, { namespace, shared: [commonNamespace] })`.
 */
export const commonNamespace = defineNamespace<CommonStrings>('common', {
  'zh-CN': () => import('./zh-CN.js'),
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  ja: () => import('./ja.js'),
  ru: () => import('./ru.js'),
  de: () => import('./de.js'),
  ar: () => import('./ar.js'),
  ko: () => import('./ko.js'),
  es: () => import('./es.js'),
  pt: () => import('./pt.js'),
  it: () => import('./it.js'),
  vi: () => import('./vi.js'),
  th: () => import('./th.js'),
  id: () => import('./id.js'),
  ms: () => import('./ms.js'),
  mn: () => import('./mn.js'),
  tr: () => import('./tr.js'),
  fa: () => import('./fa.js'),
  kk: () => import('./kk.js'),
});
