/**
 * `@portal-kit/elements`: the Portal Kit web components (classes only — importing this module
 * registers no tag; import `@portal-kit/elements/<component>/define`, e.g.
 * `@portal-kit/elements/news-feed/define`, or `@portal-kit/elements/all` to register them), the
 * page-wide client configuration and their types.
 */
export { PortalElement } from './base/portal-element.js';
// For pages with only the script tag: an office's own wording, or a language the kit lacks.
export { registerStrings } from '@portal-kit/i18n';
export { clientFor, clientId, configure, getConfig, resolveClient } from './client.js';
export type { PortalConfig } from './client.js';
export { listProperty, parseList } from './base/list-property.js';
export type { ListInput } from './base/list-property.js';
export { safeHref } from './base/safe-href.js';
export { clampInteger, headingPlaceholder, headingView } from './base/heading.js';
export { DataController, isAbortError } from './controllers/data-controller.js';
export { OnlineController } from './controllers/online-controller.js';
export { DisclosureController } from './controllers/disclosure-controller.js';
export type { DisclosureHost } from './controllers/disclosure-controller.js';
export { placeInViewport } from './base/popup.js';
export { readStorage, writeStorage } from './base/storage.js';
export { PagedListController } from './controllers/paged-list-controller.js';
export { RecordController } from './controllers/record-controller.js';
export type { RecordOptions } from './controllers/record-controller.js';
export type { PagedListHost, PagedListOptions } from './controllers/paged-list-controller.js';
export {
  commonT,
  emptyView,
  errorView,
  liveRegion,
  moreButton,
  noticeView,
  offlineNotice,
  pagedListView,
  reasonOf,
  retryButton,
  skeletonView,
  staleNotice,
} from './status/status-views.js';
export type { CommonT, LoadStatus, PagedListTexts } from './status/status-views.js';
export { statusViewStyles } from './status/status-views.styles.js';
export type {
  DataControllerOptions,
  DataState,
  LoadContext,
} from './controllers/data-controller.js';
export { PortalErrorEvent, PortalLoadEvent, PortalNewsFeed } from './news-feed/news-feed.js';
export type { PortalErrorDetail, PortalLoadDetail } from './news-feed/news-feed.js';
export { PortalSubmitEvent } from './base/events.js';
export type { PortalSubmitDetail } from './base/events.js';
export { PortalPolicyList } from './policy-list/policy-list.js';
export type { PolicyFilter } from './policy-list/policy-list.js';
export {
  LANGUAGE_STORAGE_KEY,
  LanguageChangeEvent,
  PortalLanguageSwitcher,
  SUGGESTION_STORAGE_KEY,
} from './language-switcher/language-switcher.js';
export type {
  LanguageChangeDetail,
  LanguageSwitchMode,
  LanguageSwitcherSite,
} from './language-switcher/language-switcher.js';
export { PortalFormField, USER_INVALID } from './form/form-field.js';
export { FormController } from './form/form-controller.js';
export type { FormControllerOptions } from './form/form-controller.js';
export {
  custom,
  email,
  firstFailure,
  maxLength,
  minLength,
  pattern,
  required,
} from './form/validators.js';
export type { ValidatedField, ValidationResult, Validator } from './form/validators.js';
export { PortalTextField, TEXT_FIELD_HARD_CAP } from './text-field/text-field.js';
export { PortalSelect } from './select/select.js';
export type { SelectOption } from './select/select.js';
export { PortalErrorSummary } from './error-summary/error-summary.js';
export type { ErrorSummaryItem } from './error-summary/error-summary.js';
export {
  UrlStateController,
  integerCodec,
  listCodec,
  oneOfCodec,
  optionalCodec,
  optedOut,
  textCodec,
  tokenCodec,
} from './controllers/url-state.js';
export type { UrlCodec, UrlCodecs, UrlStateOptions } from './controllers/url-state.js';
export { PortalDocument } from './document/document.js';
export { PortalDocumentLookup } from './document-lookup/document-lookup.js';
export type { LookupAnswer } from './document-lookup/document-lookup.js';
export { PortalMessageForm } from './message-form/message-form.js';
export type { Draft, DraftValues, MessageReceipt } from './message-form/message-form.js';
export { PortalMessageStatus } from './message-status/message-status.js';
export type { MessageStatusAnswer } from './message-status/message-status.js';
export { PortalMessageInbox, PortalMessageActionEvent } from './message-inbox/message-inbox.js';
export { PortalMessageList } from './message-list/message-list.js';
export { PortalMessageStats } from './message-stats/message-stats.js';
export { PortalGuideNavigator, PortalGuideSelectEvent } from './guide-navigator/guide-navigator.js';
export type { GuideSelectDetail, GuideSelectKind } from './guide-navigator/guide-navigator.js';
export { marked, matchRanges } from './base/highlight.js';
export type { Highlight } from './base/highlight.js';
export {
  applyCareMode,
  applyStoredCareMode,
  CARE_MODE_ATTRIBUTE,
  CARE_MODE_STORAGE_KEY,
  CareModeChangeEvent,
  isCareModeOn,
  setCareMode,
} from './masthead/care-mode.js';
export type { CareModeChangeDetail } from './masthead/care-mode.js';
export { PortalMasthead } from './masthead/masthead.js';
export { PortalFooter } from './footer/footer.js';
export { SiteRecord, invalidSiteView } from './base/site-record.js';
export type { InvalidSiteTexts, SiteHost, SiteState } from './base/site-record.js';
