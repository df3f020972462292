/**
 * The request pipeline every resource method is built on.
 *
 * A GET: build the URL → answer from the cache while fresh (no request at all) → share with an
 * identical GET in flight → revalidate a stale copy (`If-None-Match` where there is no HTTP cache,
 * `cache: 'no-cache'` in a browser) → retry transient failures → freeze and cache as the
 * response's `Cache-Control` allows → fall back to the cached copy (marked stale) when the network
 * fails.
 *
 * Any other method: sent once (with a JSON body, if given); retried like a GET only when it
 * carries an `Idempotency-Key`; on success, the cached GETs of the written resource go stale.
 *
 * Read-your-writes over a read replica: a write's answer may carry a `Portal-Read-After` token
 * (the primary's position after the write). The client sends the newest one back with its GETs
 * — so the server reads from the primary until a replica has caught up — until a GET says it
 * was read from a replica (`Portal-Read-From: replica`, which the server only does once the
 * replica has replayed the token), or for a minute at most. A browser on the API's own site
 * also sends it as a cookie; a page on another site (an embed) only this way.
 */
import type { LruCache } from './cache.js';
import { deepFreeze, staleCopy } from './cache.js';
import { InFlight } from './dedupe.js';
import { PortalError, PortalHttpError, PortalValidationError } from './errors.js';
import { freshness } from './freshness.js';
import { buildUrl, type Params } from './url.js';
import { send, type Transport } from './transport.js';
import type { CallOptions } from './types.js';

/** What the pipeline needs, fixed per client. */
export interface PipelineOptions {
  /** `<baseUrl>/api/v1`. */
  readonly api: string;
  readonly transport: Transport;
  /** `null` when the client keeps no cache. */
  readonly cache: LruCache | null;
  /** Headers of every request. */
  readonly headers: Readonly<Record<string, string>>;
  /** See `ClientOptions.httpCache`. */
  readonly httpCache: boolean;
  readonly now: () => number;
}

/** The untyped request function (the client gives it its types). */
export type Send = (method: string, path: string, options?: CallOptions) => Promise<unknown>;

/** Makes the request function of one client. */
export function createPipeline(p: PipelineOptions): Send {
  const { api, transport, cache, now, httpCache } = p;
  const inFlight = new InFlight();
  /** Bumped by every write, so that the answer of a GET in flight during one is not cached. */
  let writes = 0;
  /** The newest write's `Portal-Read-After` token, and until when to send it back. */
  let readAfter: { token: string; until: number } | undefined;

  return (method, path, options = {}) => {
    try {
      const filled = path.replace(/\{([^}]*)\}/g, (_, name: string) => {
        const value = options.params?.[name];
        if (typeof value !== 'string') throw new PortalValidationError(name, 'expected a string');
        return encodeURIComponent(value);
      });
      const query: Params = {};
      // `String()` of a list is its items comma-separated.
      for (const [name, value] of Object.entries(options.query ?? {})) {
        if (value != null) query[name] = String(value);
      }
      const url = buildUrl(api, filled, query);
      const headers = new Headers(p.headers);
      headers.set('Accept', 'application/json');
      for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
      const verb = method.toUpperCase();
      if (verb === 'GET') return get(url, headers, options);

      // `JSON.stringify(undefined)` is `undefined`: no body.
      const body = JSON.stringify(options.body) as string | undefined;
      if (body && !headers.has('Content-Type')) {
        headers.set('Content-Type', 'application/json');
      }
      const key = options.idempotencyKey ?? (options.idempotent ? crypto.randomUUID() : undefined);
      if (key !== undefined) headers.set('Idempotency-Key', key);
      const request = { method: verb, url, headers, body, repeatable: verb === 'HEAD' || !!key };
      return send(transport, request, options.signal ?? new AbortController().signal).then(
        (answer) => {
          const token = answer.headers.get('Portal-Read-After');
          if (token) readAfter = { token, until: now() + 60_000 };
          if (verb !== 'HEAD') {
            // The written resource is the path's first segment: `/messages/7` → `/messages`.
            invalidate([filled.replace(/^(\/[^/]*).*/, '$1'), ...(options.invalidates ?? [])]);
          }
          return 'data' in answer ? deepFreeze(answer.data) : null;
        },
      );
    } catch (error) {
      return Promise.reject(error);
    }
  };

  /** Makes the cached GETs at or under each path prefix stale, and no longer shared. */
  function invalidate(prefixes: readonly string[]): void {
    writes += 1;
    for (const prefix of prefixes) {
      const at = api.length + prefix.length;
      const under = (key: string) =>
        key.startsWith(api + prefix) && '/?\n'.includes(key[at] ?? '/');
      cache?.expire(under);
      inFlight.detach(under);
    }
  }

  function get(url: string, headers: Headers, options: CallOptions): Promise<unknown> {
    const key = `${url}\n${[...headers].join('\n')}`;

    const fetchShared = async (signal: AbortSignal): Promise<object> => {
      const before = writes;
      const cached = cache?.get(key);
      // Fresh: answered with no request at all.
      if (cached && cached.expires > now()) return cached.data;
      if (cached?.etag && !httpCache) headers.set('If-None-Match', cached.etag);
      // Through a browser's HTTP cache, a stale copy is revalidated with `cache: 'no-cache'`; so is
      // a GET this client has no copy of once it has written (the browser's may predate the write).
      const cacheMode: RequestCache | undefined =
        httpCache && (cached || writes) ? 'no-cache' : undefined;
      const sent = readAfter && readAfter.until > now() ? readAfter : undefined;
      if (sent) headers.set('Portal-Read-After', sent.token);
      const request = { method: 'GET', url, headers, cache: cacheMode, repeatable: true };
      const answer = await send(transport, request, signal);
      // Read from a replica that has replayed the token: no need to send it any more.
      if (sent === readAfter && answer.headers.get('Portal-Read-From') === 'replica') {
        readAfter = undefined;
      }
      const etag = answer.headers.get('ETag');
      const { store, lifetimeMs, ageMs } = freshness(answer.headers);
      const modified = 'data' in answer;
      if (!modified && !cached) {
        throw new PortalHttpError(url, 304, null, { message: 'HTTP 304 for an uncached request' });
      }
      // A 304 keeps the cached object; so does a 200 with the cached ETag (the browser's HTTP
      // cache shows its 304s as 200s), so identity stays stable.
      const same = cached && (!modified || (etag !== null && etag === cached.etag));
      const data = same ? cached.data : (deepFreeze(modified ? answer.data : null) as object);
      if (!store) cache?.delete(key);
      else if (before === writes) {
        // (An answer that crossed a write is returned, not cached: it may predate the write.)
        // A 304 without `Cache-Control` leaves the stored lifetime as it was.
        const life = lifetimeMs ?? (same ? cached.lifetimeMs : 0);
        cache?.set(key, {
          etag: etag ?? (same ? cached.etag : null),
          data,
          lifetimeMs: life,
          expires: now() + life - ageMs,
        });
      }
      return data;
    };

    return inFlight.run(key, options.signal, fetchShared).catch((error: unknown) => {
      const stale = options.staleIfError !== false && isOutage(error) ? cache?.get(key) : undefined;
      if (stale) return staleCopy(stale.data);
      throw error;
    });
  }
}

/** Failures the cache may stand in for: the server is unreachable, slow or broken. */
function isOutage(error: unknown): boolean {
  if (!(error instanceof PortalError)) return false;
  if (error instanceof PortalHttpError) return error.status >= 500;
  return error.kind === 'network' || error.kind === 'timeout';
}
