/**
 * The `domain` namespace: display names of the domain terms `@portal-kit/sdk` defines by id —
 * document types (`documentTypes.<DocumentTypeId>`), policy categories
 * (`policyCategories.<KnownPolicyCategoryId>`) and publication kinds
 * (`publicationKinds.<PublicationKindId>`) — in the portal's 19 languages, one module per
 * language, each loaded only when shown.
 *
 * @example
 * const t = getFixedT('fr', domainNamespace.name);
 * t('documentTypes.notice'); // 'Circulaire'
 */
import { defineNamespace } from '../../namespace.js';
import type en from './en.js';

/** The shape of the domain strings (the English reference file's type). */
export type DomainStrings = typeof en;

/** The `domain` namespace, for `new LocalizeController(host, { namespace: domainNamespace })`. */
export const domainNamespace = defineNamespace<DomainStrings>('domain', {
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
