/**
 * `@portal-kit/sdk`: the Portal API contract (types, constants, OpenAPI document at
 * `@portal-kit/sdk/openapi`) and a typed client for it. This entry imports no runtime
 * dependency (only TypeBox's types); runs in browsers and Node 20+.
 */
export type {
  Health,
  NewsArticle,
  NewsColumn,
  NewsItem,
  NewsQuery,
  Page,
  Problem,
  ProblemParamError,
  Site,
  SiteKind,
  SiteList,
  SitesQuery,
} from './api/types.js';
export type { SiteContact, SiteUrlPattern, SiteUrlPatternKind } from './api/types.js';
export type {
  MessageEvent,
  MessageKind,
  MessageReceipt,
  MessageReply,
  MessageStatus,
  MessageSubmission,
  MessageView,
} from './api/types.js';
export type {
  MessageSnippet,
  MessagesPage,
  MessagesQuery,
  MessageStats,
  MessageStatsMonth,
  MessageStatsQuery,
  PublishedMessage,
} from './api/types.js';
export type {
  DocumentArticle,
  DocumentAttachment,
  DocumentBlock,
  DocumentFacets,
  DocumentLookup,
  DocumentRef,
  DocumentSnippet,
  DocumentsPage,
  DocumentsQuery,
  DocumentSummary,
  DocumentType,
  DocumentValidity,
  FileNumberValue,
  LookupNotFound,
  LookupSuggestion,
  Organ,
} from './api/types.js';
export type {
  ForwardRequest,
  PublishRequest,
  ReplyRequest,
  StaffMessage,
  StaffMessageEvent,
  StaffMessageFilter,
  StaffMessagesPage,
  StaffMessagesQuery,
  StaffPublication,
} from './api/types.js';
export type {
  Guide,
  GuideId,
  GuideList,
  GuideNode,
  GuideSectionNode,
  GuideServiceNode,
  GuideSummary,
  Service,
  ServiceList,
  ServiceMaterial,
  ServiceStatus,
  ServiceStep,
  ServiceSummary,
  ServicesQuery,
} from './api/types.js';
// Every limit, pattern and enumeration of the API, as the schemas use them.
export * from './api/constants.js';
export * from './client/index.js';
// Official file numbers: docs/rules/file-numbers.md
export {
  fileNumberKey,
  formatFileNumber,
  parseFileNumber,
  FILE_NUMBER_ERROR_CODES,
  FILE_NUMBER_FORMS,
  FILE_NUMBER_LIMITS,
  type FileNumber,
  type FileNumberError,
  type FileNumberErrorCode,
  type FileNumberForm,
  type FileNumberParseOptions,
  type ParseResult,
} from './domain/file-number.js';
// Tracking numbers and access codes of messages: docs/rules/tracking-numbers.md
export {
  ACCESS_CODE_DIGITS,
  CROCKFORD_DIGITS,
  isTrackingNumber,
  makeAccessCode,
  makeTrackingNumber,
  parseAccessCode,
  parseTrackingNumber,
  trackingCheckCharacter,
  TRACKING_NUMBER_RANDOM_DIGITS,
} from './domain/tracking-number.js';
// Personal data removed from published messages: docs/api/staff.md
export {
  containsPersonalData,
  findPersonalData,
  isResidentIdNumber,
  type PersonalDataKind,
  redactPersonalData,
  REDACTION_MARK,
  type RedactionSubject,
} from './domain/redaction.js';
// Working days: docs/rules/working-days.md
export {
  addWorkingDays,
  CalendarError,
  calendarYears,
  isCalendarError,
  isWorkingDay,
  portalDate,
  PORTAL_TIME_ZONE,
  registerHolidayYear,
  replyDueDate,
  REPLY_WORKING_DAYS,
  validateHolidayYear,
  workingDaysBetween,
  type CalendarErrorCode,
  type DateInput,
} from './domain/working-days.js';
export {
  HOLIDAYS_CN,
  type HolidayCalendarData,
  type HolidayPeriod,
  type HolidayYearSchedule,
} from './domain/holidays-cn.js';
// The portal's languages and time zone: the one list and the one constant of the whole tree.
export {
  PORTAL_LANGUAGE_TABLE,
  PORTAL_RTL_LANGUAGES,
  type PortalLanguageInfo,
} from './domain/portal.js';
// Sites and naming conventions: docs/naming-conventions.md
export {
  assertValidSite,
  InvalidSiteError,
  isInvalidSiteError,
  isOverseasSiteId,
  isPortalLanguage,
  isValidSite,
  localizedUrl,
  siteMasthead,
  validateSite,
  ICP_PATTERN,
  LANG_PLACEHOLDER,
  LOCAL_UNITS,
  MAIN_SITE_ID,
  MINISTRY_NAMES,
  PARENT_KINDS,
  PORTAL_LANGUAGES,
  PUBLIC_SECURITY_PATTERN,
  ROOT_DOMAIN,
  SITE_CODE_PATTERN,
  SITE_TEXT_MAX_LENGTH,
  type LocalUnitId,
  type PortalLanguage,
  type SiteMasthead,
  type SiteRef,
  type SiteViolation,
  type SiteViolationCode,
  type ValidateSiteOptions,
} from './domain/sites.js';
// Document types and policy categories: docs/rules/documents.md
export {
  documentTypeName,
  documentTypeOf,
  isDocumentType,
  isKnownPolicyCategory,
  isPolicyCategoryId,
  isPublicationKind,
  policyCategoryOf,
  DOCUMENT_TYPE_IDS,
  DOCUMENT_TYPES,
  POLICY_CATEGORIES,
  POLICY_CATEGORY_ID_PATTERN,
  POLICY_CATEGORY_IDS,
  PUBLICATION_KIND_IDS,
  PUBLICATION_KINDS,
  type DocumentTypeDefinition,
  type DocumentTypeId,
  type KnownPolicyCategoryId,
  type PolicyCategoryDefinition,
  type PolicyCategoryId,
  type PublicationKindId,
} from './domain/documents.js';
