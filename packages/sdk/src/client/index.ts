/**
 * The Portal API client: `createClient()` and its request function's types, its options, errors
 * and cache helpers.
 */
export { createClient } from './client.js';
export { createCoreClient } from './core.js';
export { checkSiteId, newsParams, sitesParams } from './query.js';
export {
  checkDocumentId,
  documentsParams,
  type DocumentsApi,
  type LookupResult,
} from './documents.js';
export {
  checkGuideId,
  checkServiceId,
  servicesParams,
  type GuideLangQuery,
  type GuidesApi,
  type ServicesApi,
} from './guides.js';
export {
  createIdempotencyKey,
  messageBody,
  type MessagesApi,
  type SubmitMessageOptions,
} from './messages.js';
export {
  messageStatsParams,
  messagesParams,
  type PublishedMessagesApi,
} from './published-messages.js';
export { staffApi, type StaffApi, type StaffListParams } from './staff.js';
export type { Params } from './url.js';
export { isStale } from './cache.js';
export {
  PortalError,
  PortalHttpError,
  PortalNetworkError,
  PortalTimeoutError,
  PortalValidationError,
  isPortalError,
  type PortalErrorKind,
} from './errors.js';
export type {
  ApiPath,
  ApiRoutes,
  CallOptions,
  ClientOptions,
  CoreClient,
  CoreClientOptions,
  HttpMethod,
  NewsApi,
  PathParamNames,
  PortalClient,
  QueryValue,
  RequestArgs,
  RequestHook,
  RequestOptions,
  ResponseHook,
  RouteResponse,
  SitesApi,
} from './types.js';
