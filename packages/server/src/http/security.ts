/**
 * The server's outer defences: the security headers of every response (including the answers
 * to requests the HTTP parser refuses before Fastify sees them), request targets reduced to
 * their path, the rate limit and the mapping of a database timeout to a 503.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATEMENT_TIMEOUT_CODE } from '../db/database.js';
import { problem, PROBLEM_CONTENT_TYPE } from './problem.js';

/** Policy of the API's own responses (JSON, problems): nothing may load, nobody may frame. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Headers every response carries, whoever builds it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** Rate limit of each client (by `request.ip`, so behind a proxy set `trustProxy`). */
export interface RateLimitOptions {
  /** Requests one client may make per window. */
  max: number;
  /** Length of the window in milliseconds. Default 60 000. */
  windowMs?: number;
}

/** `onSend`: the security headers, and the API's CSP unless a route set its own (static pages). */
export function addSecurityHeaders(reply: FastifyReply): void {
  reply.headers(SECURITY_HEADERS);
  if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', API_CSP);
}

const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/**
 * The origin-form of a request target: `http://evil.example/a?b` → `/a?b`. HTTP/1.1 servers
 * must accept the absolute form; its authority is never used here (redirects are built from
 * the path, never from a host a client chose).
 */
export function originFormOf(target: string): string {
  if (target.startsWith('/')) return target;
  const authority = ABSOLUTE_FORM.exec(target);
  if (!authority) return target;
  const rest = target.slice(authority[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** Fastify's `rewriteUrl`: every request is routed by its path alone. */
export function rewriteUrl(request: { url?: string }): string {
  return originFormOf(request.url ?? '/');
}

/** Status and detail for an error the HTTP parser raised before any request existed. */
function clientErrorStatus(error: Error & { code?: string }): [number, string] {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'The request did not arrive in time.'];
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'The request headers are too large.'];
    case 'HPE_INVALID_METHOD':
      return [501, 'The request method is not known to this server.'];
    default:
      return [400, 'The request is not valid HTTP.'];
  }
}

/**
 * Fastify's `clientErrorHandler`: the parser's refusals (bad header bytes, 431, 408, an
 * unknown method) answer problem details with the security headers, then close.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = clientErrorStatus(error);
  // As Node does: never write into a response already under way on this connection.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const body = JSON.stringify(problem(status, { detail }));
    const headers = {
      'content-type': PROBLEM_CONTENT_TYPE,
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      'content-security-policy': API_CSP,
      ...SECURITY_HEADERS,
      connection: 'close',
    };
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${head}\r\n${body}`);
  }
  socket.destroy();
}

/**
 * Registers the rate limit (when `options` is given) as an `onRequest` hook of the whole app,
 * so it counts every request — 404s and cached answers too. Call it before the response cache.
 * `perRoute`: register the plugin even without `options`, for routes that set their own limit
 * (`config.rateLimit`, counted apart from the app's).
 */
export async function registerRateLimit(
  app: FastifyInstance,
  options: RateLimitOptions | undefined,
  perRoute = false,
): Promise<void> {
  if (!options && !perRoute) return;
  if (options && (!Number.isInteger(options.max) || options.max < 1)) {
    throw new RangeError(`rate limit max must be a whole number ≥ 1, got ${options.max}`);
  }
  await app.register(rateLimit, {
    global: false,
    max: options?.max ?? 1000,
    timeWindow: options?.windowMs ?? 60_000,
    // Thrown as an error: the error handler answers it as problem details.
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error('rate limited'), {
        statusCode: context.statusCode,
        retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  });
  if (options) app.addHook('onRequest', app.rateLimit());
}

/** The problem (and extra headers) of a rate limit or database timeout error; else `null`. */
export function operationalProblem(
  error: unknown,
  request: FastifyRequest,
): { status: number; detail: string; headers: Record<string, string> } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { statusCode, code, retryAfterSeconds } = error as {
    statusCode?: unknown;
    code?: unknown;
    retryAfterSeconds?: unknown;
  };
  if (statusCode === 429) {
    return {
      status: 429,
      detail: 'Too many requests from this client; try again later.',
      headers: { 'retry-after': String(retryAfterSeconds ?? 60) },
    };
  }
  if (code === STATEMENT_TIMEOUT_CODE) {
    request.log.warn({ err: error }, 'database statement timed out');
    return {
      status: 503,
      detail: 'The database took too long to answer; try again later.',
      headers: { 'retry-after': '5' },
    };
  }
  if (isConnectionFailure(error as { code?: unknown; message?: unknown })) {
    request.log.error({ err: error }, 'database unreachable');
    return {
      status: 503,
      detail: 'The database cannot be reached; try again later.',
      headers: { 'retry-after': '5' },
    };
  }
  return null;
}

/** Socket errors of a connection to PostgreSQL. */
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'EPIPE']);

/**
 * Whether `error` is a failure to reach PostgreSQL rather than of the statement: a socket error,
 * SQLSTATE class 08 (connection exception) or 57P01–57P03 (shutting down, cannot connect now),
 * or node-postgres's connect timeout (`DATABASE_CONNECT_TIMEOUT_MS`), which has no code.
 */
function isConnectionFailure({ code, message }: { code?: unknown; message?: unknown }): boolean {
  if (typeof code === 'string') {
    return SOCKET_ERRORS.has(code) || /^08/.test(code) || /^57P0[123]$/.test(code);
  }
  return (
    typeof message === 'string' &&
    /^(timeout exceeded when trying to connect|Connection terminated due to connection timeout)/.test(
      message,
    )
  );
}
