/**
 * `@portal-kit/sdk`: the Portal API contract (types, constants, OpenAPI document at
 * `@portal-kit/sdk/openapi`) and a typed client for it. No runtime dependencies; runs in
 * browsers and Node 20+.
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
export { API_LIMITS, NEWS_COLUMNS, SITE_KINDS } from './api/types.js';
export * from './client/index.js';
// Official file numbers (BRIEF §4): docs/rules/file-numbers.md
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
// Working days (BRIEF §6): docs/rules/working-days.md
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
