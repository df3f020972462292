/**
 * The request core: one attempt (timeout, hooks, status and body handling) and the retry loop
 * around it. Knows nothing of endpoints, caching or sharing.
 */
import type { Problem } from '../api/types.js';
import { PortalHttpError, PortalNetworkError, PortalTimeoutError } from './errors.js';
import { parseRetryAfter, retryDelay, sleep, type RetryPolicy } from './retry.js';
import type { RequestHook, ResponseHook } from './types.js';

/** Everything the core needs to send requests, fixed per client. */
export interface Transport {
  /** Returns the `fetch` to call (resolved per call so a late polyfill is seen). */
  readonly fetch: () => typeof fetch;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly onRequest: RequestHook | undefined;
  readonly onResponse: ResponseHook | undefined;
}

/** One request as the core sends it. */
export interface Outgoing {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  /** The serialized JSON body, if any (sent unchanged on every attempt). */
  readonly body?: string | undefined;
  /** May be sent more than once (GET, HEAD, or a write with an idempotency key). */
  readonly repeatable: boolean;
  /** `fetch`'s cache mode (`'no-cache'`: make the browser's HTTP cache revalidate). */
  readonly cache?: RequestCache | undefined;
}

/**
 * A successful answer: a parsed JSON body (`null` for a write or HEAD answered without one), or
 * `304 Not Modified` (no body).
 */
export type Incoming =
  | { readonly status: 304; readonly headers: Headers }
  | { readonly status: number; readonly headers: Headers; readonly data: unknown };

/**
 * Sends `request`, retrying as the transport's policy allows (repeatable requests only). Rejects
 * with a `PortalError`, or with `signal.reason` once `signal` aborts.
 */
export async function send(
  t: Transport,
  request: Outgoing,
  signal: AbortSignal,
): Promise<Incoming> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await sendOnce(t, request, signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const retryAfterMs = error instanceof PortalHttpError ? error.retryAfterMs : null;
      const delay = retryDelay(t.retry, request.repeatable, attempt, { error, retryAfterMs });
      if (delay === null) throw error;
      await sleep(delay, signal);
    }
  }
}

/** One attempt, bounded by the transport's timeout (fetch, hooks and body reading). */
export async function sendOnce(
  t: Transport,
  { method, url, headers, body, cache }: Outgoing,
  signal: AbortSignal,
): Promise<Incoming> {
  if (signal.aborted) throw signal.reason;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new PortalTimeoutError(url, t.timeoutMs));
  }, t.timeoutMs);
  const forwardAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', forwardAbort, { once: true });
  // Settles when the attempt is aborted, so a fetch that ignores its signal cannot hang us.
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
      once: true,
    });
  });
  stopped.catch(() => undefined);
  const failure = (cause: unknown): unknown => {
    if (signal.aborted) return signal.reason;
    if (timedOut) return new PortalTimeoutError(url, t.timeoutMs);
    return new PortalNetworkError(url, cause);
  };

  try {
    let req = new Request(url, { method, headers, body, cache, signal: controller.signal });
    req = (await Promise.race([t.onRequest?.(req), stopped])) ?? req;
    let res: Response;
    try {
      res = await Promise.race([t.fetch()(req), stopped]);
    } catch (cause) {
      throw failure(cause);
    }
    res = (await Promise.race([t.onResponse?.(res, req), stopped])) ?? res;
    if (res.status === 304) {
      void res.body?.cancel().catch(() => undefined);
      return { status: 304, headers: res.headers };
    }
    let text: string;
    try {
      text = await Promise.race([res.text(), stopped]);
    } catch (cause) {
      throw failure(cause);
    }
    if (!res.ok) throw httpError(url, res, text);
    try {
      const data: unknown = text === '' && method !== 'GET' ? null : JSON.parse(text);
      return { status: res.status, headers: res.headers, data };
    } catch {
      throw new PortalHttpError(url, res.status, null, {
        message: `HTTP ${res.status} with a body that is not JSON`,
      });
    }
  } catch (error) {
    // An abort or timeout that surfaced through a hook rather than through fetch.
    if (controller.signal.aborted && error === controller.signal.reason) throw failure(error);
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
}

function httpError(url: string, res: Response, text: string): PortalHttpError {
  const type = res.headers.get('Content-Type') ?? '';
  let problem: Problem | null = null;
  if (type.toLowerCase().includes('application/problem+json')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        problem = parsed as Problem;
      }
    } catch {
      // A malformed problem body: report the status alone.
    }
  }
  return new PortalHttpError(url, res.status, problem, {
    retryAfterMs: parseRetryAfter(res.headers.get('Retry-After')),
  });
}
