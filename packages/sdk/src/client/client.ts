/**
 * `createClient()`: the typed Portal API client. GETs go through one pipeline:
 * validate → build URL → share with an identical request in flight → revalidate the cached copy
 * (`If-None-Match`) → retry transient failures → freeze and cache → fall back to the cached copy
 * (marked stale) when the network fails.
 */
import type {
  NewsArticle,
  NewsItem,
  NewsQuery,
  Page,
  Site,
  SiteList,
  SitesQuery,
} from '../api/types.js';
import { LruCache, deepFreeze, staleCopy } from './cache.js';
import { InFlight } from './dedupe.js';
import { PortalError, PortalHttpError, PortalValidationError } from './errors.js';
import {
  buildUrl,
  checkLang,
  checkNewsId,
  checkSiteId,
  checkSites,
  newsParams,
  sitesParams,
} from './query.js';
import type { Params } from './query.js';
import { send, type Transport } from './transport.js';
import type { ClientOptions, PortalClient, RequestOptions } from './types.js';

const DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 300,
  maxRetryAfterMs: 10_000,
  cacheSize: 200,
} as const;

/**
 * Makes a Portal API client. Throws a `PortalValidationError` when an option is invalid.
 *
 * @example
 * const client = createClient({ baseUrl: 'https://api.example.gov.cn', lang: 'zh-CN' });
 * const page = await client.news.list({ column: 'headlines', limit: 10 });
 */
export function createClient(options: ClientOptions): PortalClient {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const lang = options.lang === undefined ? undefined : checkLang(options.lang);
  const site = options.site === undefined ? undefined : siteOption(options.site);
  const transport: Transport = {
    fetch: () => options.fetch ?? globalThis.fetch,
    timeoutMs: positive(options.timeoutMs, DEFAULTS.timeoutMs, 'timeoutMs'),
    retry: {
      retries: count(options.retries, DEFAULTS.retries, 'retries'),
      baseDelayMs: count(options.retryDelayMs, DEFAULTS.retryDelayMs, 'retryDelayMs'),
      maxRetryAfterMs: count(options.maxRetryAfterMs, DEFAULTS.maxRetryAfterMs, 'maxRetryAfterMs'),
      random: Math.random,
    },
    onRequest: options.onRequest,
    onResponse: options.onResponse,
  };
  const cache =
    options.cache === false
      ? null
      : new LruCache(positive(options.cacheSize, DEFAULTS.cacheSize, 'cacheSize'));
  const inFlight = new InFlight();
  const headers = { ...options.headers };
  const api = `${baseUrl}/api/v1`;

  /** The GET pipeline, shared by every endpoint. */
  function get<T extends object>(path: string, params: Params, opts: RequestOptions = {}) {
    const url = buildUrl(api, path, params);
    const requestHeaders = new Headers(headers);
    requestHeaders.set('Accept', 'application/json');
    const key = `${url}\n${requestHeaders.get('Accept-Language') ?? ''}`;

    const fetchShared = async (signal: AbortSignal): Promise<T> => {
      const cached = cache?.get(key);
      if (cached?.etag) requestHeaders.set('If-None-Match', cached.etag);
      const answer = await send(transport, { method: 'GET', url, headers: requestHeaders }, signal);
      if (!('data' in answer)) {
        if (cached) return cached.data as T;
        throw new PortalHttpError(url, 304, null, { message: 'HTTP 304 for an uncached request' });
      }
      const data = deepFreeze(answer.data) as T;
      cache?.set(key, { etag: answer.etag, data });
      return data;
    };

    return inFlight.run(key, opts.signal, fetchShared).catch((error: unknown) => {
      const fallback = opts.staleIfError !== false && isOutage(error) ? cache?.get(key) : undefined;
      if (fallback) return staleCopy(fallback.data as T);
      throw error;
    });
  }

  return {
    baseUrl,
    lang,
    get site() {
      return Array.isArray(site) ? [...site] : site;
    },
    news: {
      list: (query: NewsQuery = {}, opts?: RequestOptions): Promise<Page<NewsItem>> => {
        const withDefaults: NewsQuery = {
          ...query,
          lang: query.lang === undefined ? lang : query.lang,
          site: query.site === undefined ? site : query.site,
        };
        return run(() => get<Page<NewsItem>>('/news', newsParams(withDefaults), opts));
      },
      get: (id: string, opts?: RequestOptions): Promise<NewsArticle> =>
        run(() => get<NewsArticle>(`/news/${encodeURIComponent(checkNewsId(id))}`, {}, opts)),
    },
    sites: {
      list: (query: SitesQuery = {}, opts?: RequestOptions): Promise<SiteList> =>
        run(() => get<SiteList>('/sites', sitesParams(query), opts)),
      get: (id: string, opts?: RequestOptions): Promise<Site> =>
        run(() => get<Site>(`/sites/${encodeURIComponent(checkSiteId(id))}`, {}, opts)),
    },
    clearCache: () => cache?.clear(),
  };
}

/** Turns a synchronous validation throw into a rejected promise. */
function run<T>(call: () => Promise<T>): Promise<T> {
  try {
    return call();
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Failures the cache may stand in for: the server is unreachable, slow or broken. */
function isOutage(error: unknown): boolean {
  if (!(error instanceof PortalError)) return false;
  if (error instanceof PortalHttpError) return error.status >= 500;
  return error.kind === 'network' || error.kind === 'timeout';
}

function checkBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string') {
    throw new PortalValidationError('baseUrl', 'expected a string such as "https://example.org"');
  }
  return baseUrl.replace(/\/+$/, '');
}

function siteOption(site: string | string[]): string | string[] {
  const ids = checkSites(site);
  return typeof site === 'string' ? site : ids;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new PortalValidationError(name, `expected a positive number, got ${String(value)}`);
  }
  return value;
}

function count(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new PortalValidationError(name, `expected an integer ≥ 0, got ${String(value)}`);
  }
  return value;
}
