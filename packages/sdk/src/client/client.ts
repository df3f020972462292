/**
 * `createClient()`: the typed Portal API client. Every resource method is a thin, typed call of
 * the one request pipeline (`./request.ts`): its parameters are checked here (`./query.ts`), the
 * request itself (caching, sharing, retries, writes) is the pipeline's.
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
import { LruCache } from './cache.js';
import { PortalValidationError } from './errors.js';
import {
  checkLang,
  checkNewsId,
  checkSiteId,
  checkSites,
  newsParams,
  sitesParams,
} from './query.js';
import { createPipeline } from './request.js';
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
  const cache =
    options.cache === false
      ? null
      : new LruCache(numberOption(options.cacheSize, DEFAULTS.cacheSize, 'cacheSize', true));
  const send = createPipeline({
    api: `${baseUrl}/api/v1`,
    transport: {
      fetch: () => options.fetch ?? globalThis.fetch,
      timeoutMs: numberOption(options.timeoutMs, DEFAULTS.timeoutMs, 'timeoutMs', true),
      retry: {
        retries: numberOption(options.retries, DEFAULTS.retries, 'retries'),
        baseDelayMs: numberOption(options.retryDelayMs, DEFAULTS.retryDelayMs, 'retryDelayMs'),
        maxRetryAfterMs: numberOption(
          options.maxRetryAfterMs,
          DEFAULTS.maxRetryAfterMs,
          'maxRetryAfterMs',
        ),
        random: Math.random,
      },
      onRequest: options.onRequest,
      onResponse: options.onResponse,
    },
    cache,
    headers: { ...options.headers },
    httpCache: options.httpCache ?? 'location' in globalThis,
    now: options.now ?? Date.now,
  });
  const request = send as PortalClient['request'];

  return {
    baseUrl,
    lang,
    get site() {
      return Array.isArray(site) ? [...site] : site;
    },
    news: {
      list: (query: NewsQuery = {}, opts?: RequestOptions): Promise<Page<NewsItem>> =>
        run(() =>
          request('GET', '/news', {
            ...opts,
            query: newsParams({
              ...query,
              lang: query.lang === undefined ? lang : query.lang,
              site: query.site === undefined ? site : query.site,
            }),
          }),
        ),
      get: (id: string, opts?: RequestOptions): Promise<NewsArticle> =>
        run(() => request('GET', '/news/{id}', { ...opts, params: { id: checkNewsId(id) } })),
    },
    sites: {
      list: (query: SitesQuery = {}, opts?: RequestOptions): Promise<SiteList> =>
        run(() => request('GET', '/sites', { ...opts, query: sitesParams(query) })),
      get: (id: string, opts?: RequestOptions): Promise<Site> =>
        run(() => request('GET', '/sites/{id}', { ...opts, params: { id: checkSiteId(id) } })),
    },
    request,
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

/**
 * `value`, or `fallback` when it is undefined. Throws unless it is a finite number above 0
 * (`positive`) or an integer ≥ 0.
 */
function numberOption(value: number | undefined, fallback: number, name: string, positive = false) {
  if (value === undefined) return fallback;
  if (
    positive ? !(Number.isFinite(value) && value > 0) : !(Number.isInteger(value) && value >= 0)
  ) {
    const expected = positive ? 'a positive number' : 'an integer ≥ 0';
    throw new PortalValidationError(name, `expected ${expected}, got ${String(value)}`);
  }
  return value;
}
