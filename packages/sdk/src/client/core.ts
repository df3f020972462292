/**
 * `createCoreClient()`: the request pipeline of a client with no resource methods — what a page's
 * components talk through, so that none of them carries the code of resources it does not use.
 * `createClient()` builds the typed resources on it.
 */
import { LruCache } from './cache.js';
import { PortalValidationError } from './errors.js';
import { createPipeline } from './request.js';
import type { CoreClient, CoreClientOptions } from './types.js';

const DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 300,
  maxRetryAfterMs: 10_000,
  cacheSize: 200,
} as const;

/**
 * Makes a client of the request pipeline alone: `request()` with its caching, sharing, retries
 * and writes, and `clearCache()`. Throws a `PortalValidationError` when an option is invalid.
 *
 * @example
 * const core = createCoreClient({ baseUrl: 'https://api.example.gov.cn' });
 * const page = await core.request('GET', '/news', { query: { column: 'headlines', limit: 10 } });
 */
export function createCoreClient(options: CoreClientOptions): CoreClient {
  if (typeof options.baseUrl !== 'string') {
    throw new PortalValidationError('baseUrl', 'expected a string such as "https://example.org"');
  }
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const cache =
    options.cache === false
      ? null
      : new LruCache(numberOption(options.cacheSize, DEFAULTS.cacheSize, 'cacheSize', true));
  const request = createPipeline({
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
  }) as CoreClient['request'];
  return { baseUrl, request, clearCache: () => cache?.clear() };
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
