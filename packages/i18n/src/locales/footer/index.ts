/**
 * The `footer` namespace: strings of `<portal-footer>` in the portal's 19 languages, one
 * module per language, each loaded only when an element shows that language.
 */
import { defineNamespace } from '../../namespace.js';
import type en from './en.js';

/** The shape of the strings (the English reference file's type). */
export type FooterStrings = typeof en;

/** The `footer` namespace. */
export const footerNamespace = defineNamespace<FooterStrings>('footer', {
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
