/**
 * @portal-kit/i18n — the portal's 19 languages, one shared i18next instance with lazily loaded
 * strings per (language, namespace), `Intl` formatting in the portal's time zone, and the
 * per-element localize controller (Lit-compatible, without importing Lit).
 */
export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_CODES,
  dirOf,
  getLanguage,
  isLanguageCode,
  isPseudoLanguageEnabled,
  resolveLanguage,
  resolveUiLanguage,
} from './languages.js';
export type {
  Language,
  LanguageCode,
  PseudoLanguageCode,
  TextDirection,
  UiLanguageCode,
} from './languages.js';
export {
  PSEUDO_LANGUAGE,
  disablePseudoLocale,
  enablePseudoLocale,
  isPseudoLocalized,
  pseudoLocalize,
  pseudoLocalizeResources,
} from './pseudo.js';
export {
  FALLBACK_LANGUAGES,
  getFixedT,
  i18n,
  isNamespaceLoaded,
  loadNamespace,
  onResourcesChange,
  registerStrings,
} from './i18n.js';
export type { ResourcesListener } from './i18n.js';
export {
  PLURAL_CATEGORIES,
  defineNamespace,
  getLoader,
  registeredNamespaces,
} from './namespace.js';
export type {
  NamespaceDefinition,
  PluralCategory,
  ResourceLoader,
  ResourceModule,
  Resources,
  Translation,
  TranslationKey,
} from './namespace.js';
export {
  PORTAL_TIME_ZONE,
  dateTimeFormat,
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelativeTime,
  intlLocaleOf,
  toDate,
} from './format.js';
export type { DateInput, RelativeTimeOptions } from './format.js';
export {
  BaseLocalizeController,
  LANGUAGE_CHANGE_EVENT,
  LocalizeController,
  findLangAttribute,
  getDefaultLanguage,
  notifyLanguageChange,
  setDefaultLanguage,
} from './localize-controller.js';
export type {
  LocalizeOptions,
  ReactiveController,
  ReactiveControllerHost,
  TranslateOptions,
} from './localize-controller.js';
export { commonNamespace } from './locales/common/index.js';
export type { CommonStrings } from './locales/common/index.js';
export { newsFeedNamespace } from './locales/news-feed/index.js';
export type { NewsFeedStrings } from './locales/news-feed/index.js';
export { policyListNamespace } from './locales/policy-list/index.js';
export type { PolicyListStrings } from './locales/policy-list/index.js';
export { domainNamespace } from './locales/domain/index.js';
export type { DomainStrings } from './locales/domain/index.js';
export { languageSwitcherNamespace } from './locales/language-switcher/index.js';
export type { LanguageSwitcherStrings } from './locales/language-switcher/index.js';
export { formNamespace } from './locales/form/index.js';
export type { FormStrings } from './locales/form/index.js';
export { documentNamespace } from './locales/document/index.js';
export type { DocumentStrings } from './locales/document/index.js';
export { documentLookupNamespace } from './locales/document-lookup/index.js';
export type { DocumentLookupStrings } from './locales/document-lookup/index.js';
export { guideNavigatorNamespace } from './locales/guide-navigator/index.js';
export type { GuideNavigatorStrings } from './locales/guide-navigator/index.js';
export { messageFormNamespace } from './locales/message-form/index.js';
export type { MessageFormStrings } from './locales/message-form/index.js';
export { messageStatusNamespace } from './locales/message-status/index.js';
export type { MessageStatusStrings } from './locales/message-status/index.js';
export { messageInboxNamespace } from './locales/message-inbox/index.js';
export type { MessageInboxStrings } from './locales/message-inbox/index.js';
export { messageListNamespace } from './locales/message-list/index.js';
export type { MessageListStrings } from './locales/message-list/index.js';
export { messageStatsNamespace } from './locales/message-stats/index.js';
export type { MessageStatsStrings } from './locales/message-stats/index.js';
export { mastheadNamespace } from './locales/masthead/index.js';
export type { MastheadStrings } from './locales/masthead/index.js';
export { footerNamespace } from './locales/footer/index.js';
export type { FooterStrings } from './locales/footer/index.js';
