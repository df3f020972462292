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
import type { Plain } from '../api/types.js';
import type { DocumentsApi } from './documents.js';
import type { GuidesApi, ServicesApi } from './guides.js';
import type { MessagesApi } from './messages.js';
import type { PublishedMessagesApi } from './published-messages.js';
import type { StaffApi } from './staff.js';
import type { operations } from '../api/operations.js';
import type { Static } from 'typebox';

/** Called with each request before it is sent; may return a replacement `Request`. */
export type RequestHook = (request: Request) => Request | void | Promise<Request | void>;

/** Called with each response before the client reads it; may return a replacement `Response`. */
export type ResponseHook = (
  response: Response,
  request: Request,
) => Response | void | Promise<Response | void>;

/** Options of {@link createCoreClient} (and of {@link createClient}, which adds `lang` and `site`). */
export interface CoreClientOptions {
  /**
   * The API server's origin, e.g. `http://127.0.0.1:4173` (a trailing slash is fine); the client
   * adds `/api/v1`. In a browser, `''` means the page's own origin.
   */
  baseUrl: string;
  /** The `fetch` to use; default `globalThis.fetch` (looked up at call time). */
  fetch?: typeof fetch;
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
  /**
   * Keep a response cache: a GET still fresh by its `Cache-Control: max-age` is answered with no
   * request, a stale one is revalidated, and a failed one falls back to it (stale-if-error).
   * Default `true`.
   */
  cache?: boolean;
  /** Most responses kept in the cache (least recently used dropped first). Default 200. */
  cacheSize?: number;
  /**
   * Whether `fetch` goes through an HTTP cache that revalidates by itself (a browser's). Then the
   * client never sets `If-None-Match` (which is not a CORS-safelisted header, so a cross-origin
   * GET carrying it is preflighted, and which makes the browser skip its cache): it revalidates
   * by asking `fetch` for `cache: 'no-cache'`, and the browser sends its own validators. When
   * false, the client sends `If-None-Match` itself. Default: `true` where `location` exists
   * (pages and workers), `false` elsewhere (Node).
   */
  httpCache?: boolean;
  /** The clock of the cache's freshness, in ms since the epoch. Default `Date.now`. */
  now?: () => number;
  /** Hook called with each outgoing request (every attempt). */
  onRequest?: RequestHook;
  /** Hook called with each response (every attempt), before the client reads it. */
  onResponse?: ResponseHook;
}

/** Options of {@link createClient}. */
export interface ClientOptions extends CoreClientOptions {
  /** Default `lang` of news, documents and guides queries that do not give one. */
  lang?: string;
  /** Default `site` filter of news queries that do not give one. */
  site?: string | string[];
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

/** The methods {@link CoreClient.request} sends. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A path under the API's `/api/v1`, e.g. `/news` or `/news/{id}` (`{name}` filled from `params`). */
export type ApiPath = `/${string}`;

/**
 * What each route of the API answers, keyed `"METHOD /path"` with the OpenAPI document's
 * `{name}` placeholders (under `/api/v1`). Derived from the contract's operation table, so a new
 * operation is typed here with no further edit; {@link CoreClient.request} infers its result
 * from it, and a route not listed resolves to `unknown` (give the type: `request<T>(…)`).
 */
export type ApiRoutes = {
  [K in keyof Operations as RouteKey<Operations[K]>]: Plain<Static<Operations[K]['response']>>;
};

type Operations = typeof operations;
type RouteKey<O> = O extends { method: infer M extends string; path: `/api/v1${infer P}` }
  ? `${M} ${P}`
  : never;

/** The result type of `method path`, from {@link ApiRoutes}; `unknown` for an unlisted route. */
export type RouteResponse<
  M extends HttpMethod,
  P extends string,
> = `${M} ${P}` extends keyof ApiRoutes ? ApiRoutes[`${M} ${P}`] : unknown;

/** The `{name}` placeholders of a path template, as a union of names. */
export type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;

/** A query parameter's value: lists are sent comma-separated, `undefined` and `null` omitted. */
export type QueryValue =
  string | number | boolean | readonly (string | number)[] | null | undefined;

/** Options of one {@link CoreClient.request} call. */
export interface CallOptions extends RequestOptions {
  /** Query parameters, sent in alphabetical order (equal queries give equal URLs). */
  query?: Readonly<Record<string, QueryValue>>;
  /** Values of the path's `{name}` placeholders (percent-encoded by the client). */
  params?: Readonly<Record<string, string>>;
  /** A body sent as JSON (`Content-Type: application/json`). */
  body?: unknown;
  /** Headers of this call, over the client's `headers`. */
  headers?: Readonly<Record<string, string>>;
  /**
   * The `Idempotency-Key` of a write: the server runs the write once however often it receives
   * it, so the client may retry it (network errors, timeouts, 429, 502/503/504). A write without
   * a key is never retried.
   */
  idempotencyKey?: string;
  /** Send a fresh random `Idempotency-Key` (`crypto.randomUUID()`), the same on every attempt. */
  idempotent?: boolean;
  /**
   * More path prefixes whose cached GETs a successful write makes stale, besides the write's own
   * resource (its first path segment: a write to `/messages/7` covers `/messages…`).
   */
  invalidates?: readonly ApiPath[];
}

/** The options argument for path `P`: required, with every placeholder, when `P` has any. */
export type RequestArgs<P extends string> = ApiPath extends P
  ? [options?: CallOptions]
  : [PathParamNames<P>] extends [never]
    ? [options?: CallOptions & { params?: undefined }]
    : [options: CallOptions & { params: { readonly [K in PathParamNames<P>]: string } }];

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

/**
 * The request pipeline alone, made by {@link createCoreClient}: what the elements talk through.
 * It holds no resource methods, so a page's components carry none of their code; every
 * {@link PortalClient} is one.
 */
export interface CoreClient {
  /** The server origin, without a trailing slash. */
  readonly baseUrl: string;
  /**
   * Sends `method path` (a path under `/api/v1`) through the client's pipeline; every resource
   * method is built on it. GETs are shared while in flight, answered from the cache while
   * fresh, revalidated once stale, retried, and fall back to the cache when the network fails.
   * Other methods are sent once — or retried like GETs when they carry an idempotency key — and
   * on success make the cached GETs of the written resource stale. Resolves to the parsed,
   * deeply frozen JSON body (`null` when a write or HEAD has none); the type comes from
   * {@link ApiRoutes}, or is given as `T`.
   *
   * @example
   * const article = await client.request('GET', '/news/{id}', { params: { id: 'n1' } });
   * const receipt = await client.request<Receipt>('POST', '/messages', {
   *   body: { text: '…' },
   *   idempotent: true,
   * });
   */
  request<T = never, M extends HttpMethod = HttpMethod, P extends ApiPath = ApiPath>(
    method: M,
    path: P,
    ...options: RequestArgs<P>
  ): Promise<[T] extends [never] ? RouteResponse<M, P> : T>;
  /** Forgets every cached response. */
  clearCache(): void;
}

/** A Portal API client, made by {@link createClient}: the request pipeline and typed resources. */
export interface PortalClient extends CoreClient {
  /** The default language of news queries, if any. */
  readonly lang: string | undefined;
  /** The default site filter of news queries, if any (a copy). */
  readonly site: string | string[] | undefined;
  /** News endpoints. */
  readonly news: NewsApi;
  /** Documents endpoints: list and search, one document, lookup by file number. */
  readonly documents: DocumentsApi;
  /** Business guides endpoints: the six guides, one guide's tree. */
  readonly guides: GuidesApi;
  /** Service items endpoints: list and search, one item with its guide fields. */
  readonly services: ServicesApi;
  /**
   * Messages endpoints: send a message (safe to retry), read its status with the access code;
   * list and search the published ones, and the yearly statistics.
   */
  readonly messages: MessagesApi & PublishedMessagesApi;
  /**
   * The staff calls of a staff token (`npm run portal -- staff create`): list, get, forward,
   * reply, publish. Throws a `PortalValidationError` when `token` is not a staff token.
   */
  staff(token: string): StaffApi;
  /** Site endpoints. */
  readonly sites: SitesApi;
}
