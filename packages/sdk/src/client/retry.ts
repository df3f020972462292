/**
 * When and how long to wait before trying a request again. Only requests safe to repeat are
 * retried (GET and HEAD, or a write carrying an `Idempotency-Key`): on network errors, timeouts,
 * 502/503/504 and 429, never on another 4xx, never after an abort.
 */
import { PortalHttpError, PortalNetworkError, PortalTimeoutError } from './errors.js';

/** Statuses worth another attempt (besides 429, which depends on `Retry-After`). */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** How the client retries. */
export interface RetryPolicy {
  /** Extra attempts after the first. */
  readonly retries: number;
  /** Base of the exponential backoff, in ms; `0` retries at once (tests). */
  readonly baseDelayMs: number;
  /** Longest `Retry-After` honoured, in ms; a longer one is not retried (the error surfaces). */
  readonly maxRetryAfterMs: number;
  /** Source of randomness for the jitter, in [0, 1). */
  readonly random: () => number;
}

/** The outcome of one failed attempt, as the retry loop sees it. */
export interface AttemptFailure {
  readonly error: unknown;
  /** The server's `Retry-After`, in ms, when it sent one. */
  readonly retryAfterMs: number | null;
}

/**
 * How long to wait before attempt number `attempt + 1` (0-based `attempt` just failed), or
 * `null` when the failure must not be retried. `repeatable`: the request may be sent twice (a GET
 * or HEAD, or a write with an idempotency key).
 */
export function retryDelay(
  policy: RetryPolicy,
  repeatable: boolean,
  attempt: number,
  failure: AttemptFailure,
): number | null {
  if (!repeatable || attempt >= policy.retries) return null;
  const { error, retryAfterMs } = failure;
  if (error instanceof PortalNetworkError || error instanceof PortalTimeoutError) {
    return backoff(policy, attempt);
  }
  if (!(error instanceof PortalHttpError)) return null; // aborts, hook errors
  if (error.status !== 429 && !RETRYABLE_STATUSES.has(error.status)) return null;
  if (retryAfterMs === null) return backoff(policy, attempt);
  return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : null;
}

/** Exponential backoff with "equal jitter": half fixed, half random, doubling per attempt. */
export function backoff(policy: RetryPolicy, attempt: number): number {
  const ceiling = policy.baseDelayMs * 2 ** attempt;
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}

/**
 * Parses a `Retry-After` header (delay in seconds or an HTTP date) into milliseconds from `now`;
 * `null` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date always names its month; this keeps `Date.parse` from reading "-1" as a year.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
