/**
 * One error model for every failure of the Portal client: a {@link PortalError} base class with
 * a `kind` discriminant and one subclass per kind. Aborts are the exception: an aborted call
 * rejects with its signal's `reason` (a `DOMException` named `AbortError`), never wrapped.
 */
import type { Problem } from '../api/types.js';

/** What went wrong, in one word: `network`, `timeout`, `http` or `invalid` (bad input). */
export type PortalErrorKind = 'network' | 'timeout' | 'http' | 'invalid';

/** Base class of every error the client throws. Narrow with `kind` or `instanceof`. */
export class PortalError extends Error {
  /** Which kind of failure this is. */
  readonly kind: PortalErrorKind;

  /**
   * @param kind - the failure kind.
   * @param message - a human-readable English message (not meant for end users).
   * @param options - the underlying cause, if any.
   */
  constructor(kind: PortalErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    this.name = 'PortalError';
  }
}

/** The server could not be reached, or the connection broke (DNS, refused, reset, CORS…). */
export class PortalNetworkError extends PortalError {
  /** Always `'network'`. */
  declare readonly kind: 'network';

  /**
   * @param url - the URL asked for.
   * @param cause - the error `fetch` rejected with.
   */
  constructor(
    /** The URL that could not be fetched. */
    readonly url: string,
    cause?: unknown,
  ) {
    super('network', `Network error fetching ${url}`, { cause });
    this.name = 'PortalNetworkError';
  }
}

/** One attempt took longer than the client's `timeoutMs`. */
export class PortalTimeoutError extends PortalError {
  /** Always `'timeout'`. */
  declare readonly kind: 'timeout';

  /**
   * @param url - the URL asked for.
   * @param timeoutMs - the time limit that was exceeded.
   */
  constructor(
    /** The URL that timed out. */
    readonly url: string,
    /** The per-attempt limit, in milliseconds. */
    readonly timeoutMs: number,
  ) {
    super('timeout', `No answer from ${url} within ${timeoutMs} ms`);
    this.name = 'PortalTimeoutError';
  }
}

/** The server answered with an error status (or a success whose body is not JSON). */
export class PortalHttpError extends PortalError {
  /** Always `'http'`. */
  declare readonly kind: 'http';
  /** The server's `Retry-After`, in milliseconds, when it sent a readable one; else `null`. */
  readonly retryAfterMs: number | null;

  /**
   * @param url - the URL asked for.
   * @param status - the HTTP status code.
   * @param problem - the parsed problem details, when the body was `application/problem+json`.
   * @param options - `message` overrides the default message; `retryAfterMs` from `Retry-After`.
   */
  constructor(
    /** The URL that answered. */
    readonly url: string,
    /** HTTP status code. */
    readonly status: number,
    /** RFC 9457 problem details when the body was `application/problem+json`, else `null`. */
    readonly problem: Problem | null,
    options: { message?: string; retryAfterMs?: number | null } = {},
  ) {
    super('http', options.message ?? httpMessage(status, problem));
    this.name = 'PortalHttpError';
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

/** A request parameter or client option is invalid; no request was made. */
export class PortalValidationError extends PortalError {
  /** Always `'invalid'`. */
  declare readonly kind: 'invalid';

  /**
   * @param param - the name of the offending parameter or option (e.g. `limit`, `site`).
   * @param message - what is wrong with it.
   */
  constructor(
    /** Name of the invalid parameter or option. */
    readonly param: string,
    message: string,
  ) {
    super('invalid', `Invalid ${param}: ${message}`);
    this.name = 'PortalValidationError';
  }
}

/** True when `e` is any error thrown by the Portal client (not an abort). */
export function isPortalError(e: unknown): e is PortalError {
  return e instanceof PortalError;
}

function httpMessage(status: number, problem: Problem | null): string {
  const detail = problem ? `: ${problem.title}${problem.detail ? ` — ${problem.detail}` : ''}` : '';
  return `HTTP ${status}${detail}`;
}
