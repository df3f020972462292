/** The Portal API client: `createClient()`, its options, errors and cache helpers. */
export { createClient } from './client.js';
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
  ClientOptions,
  NewsApi,
  PortalClient,
  RequestHook,
  RequestOptions,
  ResponseHook,
  SitesApi,
} from './types.js';
