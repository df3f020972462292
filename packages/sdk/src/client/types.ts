/** Options and shape of the Portal client. */
import type {
  NewsArticle,
  NewsItem,
  NewsQuery,
  Page,
  Site,
  SiteList,
  SitesQuery,
} from '../api/types.js';

/** Called with each request before it is sent; may return a replacement `Request`. */
export type RequestHook = (request: Request) => Request | void | Promise<Request | void>;

/** Called with each response before the client reads it; may return a replacement `Response`. */
export type ResponseHook = (
  response: Response,
  request: Request,
) => Response | void | Promise<Response | void>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * The API server's origin, e.g. `http://127.0.0.1:4173` (a trailing slash is fine); the client
   * adds `/api/v1`. In a browser, `''` means the page's own origin.
   */
  baseUrl: string;
  /** The `fetch` to use; default `globalThis.fetch` (looked up at call time). */
  fetch?: typeof fetch;
  /** Default `lang` of news queries that do not give one. */
  lang?: string;
  /** Default `site` filter of news queries that do not give one. */
  site?: string | string[];
  /** Extra headers sent with every request (e.g. `Accept-Language`, an API key). */
  headers?: Record<string, string>;
  /** Time limit of each attempt, in ms (connect + headers + body). Default 10 000. */
  timeoutMs?: number;
  /** Extra attempts for a failed GET (network, timeout, 429, 502/503/504). Default 2. */
  retries?: number;
  /** Base of the exponential retry backoff, in ms (jittered, doubling). Default 300; 0 = none. */
  retryDelayMs?: number;
  /** Longest `Retry-After` the client waits for, in ms; longer ones fail at once. Default 10 000. */
  maxRetryAfterMs?: number;
  /** Keep an ETag cache (revalidation + stale-if-error). Default `true`. */
  cache?: boolean;
  /** Most responses kept in the cache (least recently used dropped first). Default 200. */
  cacheSize?: number;
  /** Hook called with each outgoing request (every attempt). */
  onRequest?: RequestHook;
  /** Hook called with each response (every attempt), before the client reads it. */
  onResponse?: ResponseHook;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborts this call; it then rejects with `signal.reason`. */
  signal?: AbortSignal;
  /**
   * When the request fails (network, timeout, 5xx) and a cached copy exists, resolve with a copy
   * of it for which `isStale()` is true. Default `true`.
   */
  staleIfError?: boolean;
}

/** News endpoints. */
export interface NewsApi {
  /** `GET /api/v1/news`: one page of news, newest first. */
  list(query?: NewsQuery, options?: RequestOptions): Promise<Page<NewsItem>>;
  /** `GET /api/v1/news/{id}`: one news item with its body. */
  get(id: string, options?: RequestOptions): Promise<NewsArticle>;
}

/** Site endpoints. */
export interface SitesApi {
  /** `GET /api/v1/sites`: the sites of the site group. */
  list(query?: SitesQuery, options?: RequestOptions): Promise<SiteList>;
  /**
   * `GET /api/v1/sites/{id}`: one site. Rejects with a `PortalValidationError` (no request) for
   * a malformed id, with a `PortalHttpError` of status 404 for an id of no site.
   */
  get(id: string, options?: RequestOptions): Promise<Site>;
}

/** A Portal API client, made by {@link createClient}. */
export interface PortalClient {
  /** The server origin, without a trailing slash. */
  readonly baseUrl: string;
  /** The default language of news queries, if any. */
  readonly lang: string | undefined;
  /** The default site filter of news queries, if any (a copy). */
  readonly site: string | string[] | undefined;
  /** News endpoints. */
  readonly news: NewsApi;
  /** Site endpoints. */
  readonly sites: SitesApi;
  /** Forgets every cached response. */
  clearCache(): void;
}
