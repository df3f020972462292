/**
 * The HTTP application: the Portal API routes of the contract, problem details for every
 * error, strong ETags with `If-None-Match` revalidation, an in-process response cache, CORS,
 * a rate limit, security headers and the optional static directories.
 */
import cors from '@fastify/cors';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.js';
import { readRoutingOf } from './db/replica.js';
import type { CspViolation } from './http/csp-reports.js';
import { problem, ProblemError, sendProblem } from './http/problem.js';
import { registerReadRouting } from './http/read-after.js';
import { apiRoutes } from './http/routes.js';
import { registerResponseCache } from './http/response-cache.js';
import type { ResponseCacheOptions } from './http/response-cache.js';
import {
  addSecurityHeaders,
  clientErrorHandler,
  operationalProblem,
  registerRateLimit,
  rewriteUrl,
} from './http/security.js';
import type { RateLimitOptions } from './http/security.js';
import { normalizePrefix, registerStaticDirs } from './http/static.js';
import { registerRenderedPages } from './http/pages.js';
import type { PageRenderer } from './http/pages.js';
import { createMessageStore } from './messages/store.js';
import { createStaffStore } from './messages/staff-store.js';
import { createRepository } from './repository.js';
import type { Repository } from './repository.js';

export interface AppOptions {
  db: Database;
  /** Origins allowed to read the API from a browser; `'*'` allows every origin. Default: none. */
  corsOrigins?: readonly string[];
  /** URL prefix → absolute directory to serve as static files. */
  staticDirs?: Readonly<Record<string, string>>;
  /** Log requests (pino, as Fastify does). Default false. */
  logger?: boolean;
  /**
   * Pages rendered on the server: path → render function (given a `fetch` this server answers
   * in-process), e.g. `@portal-kit/elements/ssr`'s `renderPage` over an example page.
   */
  renderedPages?: Readonly<Record<string, PageRenderer>>;
  /** Use this repository instead of one over `db` (tests). */
  repository?: Repository;
  /** Requests per client and window (by `request.ip`); default: no limit. */
  rateLimit?: RateLimitOptions;
  /**
   * Messages one client may send (`POST /api/v1/messages`) per window, on top of `rateLimit`.
   * Default 30 per 10 minutes; `false` for no limit.
   */
  messageRateLimit?: RateLimitOptions | false;
  /**
   * How many times the same text (site, subject, body) may be stored in 24 hours, under any
   * keys from any clients, before `POST /api/v1/messages` answers 429; `0` for no limit.
   * Default 3.
   */
  identicalMessageMax?: number;
  /** The clock of message arrivals and working days left (tests). Default: the real one. */
  now?: () => Date;
  /**
   * Trust `X-Forwarded-For/-Host/-Proto` from these proxies (Fastify's `trustProxy`: `true`
   * for any, or addresses/CIDRs). Default `false`: the client is the peer address.
   */
  trustProxy?: boolean | string | string[];
  /** The in-process response cache's bounds, or `false` to turn it off. Default: on. */
  responseCache?: ResponseCacheOptions | false;
  /** Longest a client may take to send a request, in milliseconds (then 408). Default 30 000. */
  requestTimeoutMs?: number;
  /**
   * Called with each violation of the static pages' CSP that a browser reports to
   * `POST /csp-reports` (they are logged as warnings either way).
   */
  onCspReport?: (violation: CspViolation) => void;
}

/** Caching policies of the API's representations. */
export const CACHE_POLICY = {
  list: 'public, max-age=30, stale-while-revalidate=300',
  item: 'public, max-age=300, stale-while-revalidate=3600',
  sites: 'public, max-age=300, stale-while-revalidate=3600',
  document: 'public, max-age=3600',
  none: 'no-store',
} as const;

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Messages one client may send per window unless configured. */
export const DEFAULT_MESSAGE_RATE_LIMIT: RateLimitOptions = { max: 30, windowMs: 600_000 };

export { entityTagOf } from './http/response-cache.js';

function corsOriginOption(origins: readonly string[]) {
  if (origins.includes('*')) return '*';
  const allowed = new Set(origins);
  return (origin: string | undefined, callback: (error: Error | null, allow: boolean) => void) =>
    callback(null, origin !== undefined && allowed.has(origin));
}

/** Builds the Fastify application over `db` (not listening yet). */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const { db } = options;
  const repo = options.repository ?? createRepository(db);
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    requestTimeout,
    // Node checks request timeouts on this interval (30 s by default).
    http: { connectionsCheckingInterval: Math.max(50, Math.min(30_000, requestTimeout / 4)) },
    // Routed by the path alone: an absolute-form target's authority is dropped.
    rewriteUrl,
    // The HTTP parser's refusals answer problem details with the security headers too.
    clientErrorHandler,
    // Errors become problem details below; Fastify's own error pages never show.
    return503OnClosing: true,
    // Errors the router raises before any route runs (malformed URL encoding, an overlong
    // path parameter) get problem details too.
    frameworkErrors: (error, request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      void sendProblem(
        reply,
        problem(status, { detail: 'The request URL is malformed.', instance: request.url }),
      );
    },
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 500 },
  });

  await app.register(cors, {
    origin: corsOriginOption(options.corsOrigins ?? []),
    methods: ['GET', 'HEAD', 'POST'],
    exposedHeaders: [
      'ETag',
      'Cache-Control',
      'Location',
      'Retry-After',
      'Portal-Read-After',
      'Portal-Read-From',
    ],
    maxAge: 600,
    strictPreflight: false,
  });
  const messageLimit =
    options.messageRateLimit === false
      ? undefined
      : (options.messageRateLimit ?? DEFAULT_MESSAGE_RATE_LIMIT);
  await registerRateLimit(app, options.rateLimit, messageLimit !== undefined);

  // ── Errors: always problem details, never internals ──────────────────────────────────────
  app.setErrorHandler((error: unknown, request, reply) => {
    if (error instanceof ProblemError) {
      return sendProblem(reply, { ...error.problem, instance: request.url }, error.headers);
    }
    const operational = operationalProblem(error, request);
    if (operational) {
      const { status, detail, headers } = operational;
      return sendProblem(reply, problem(status, { detail, instance: request.url }), headers);
    }
    const status =
      typeof error === 'object' && error !== null && 'statusCode' in error
        ? Number((error as { statusCode: unknown }).statusCode)
        : 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad URL encoding, oversized headers…): say what, not how.
      return sendProblem(reply, problem(status, { instance: request.url }));
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(
      reply,
      problem(500, { detail: 'The server could not answer this request.', instance: request.url }),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(404, { detail: 'No such resource.', instance: request.url })),
  );

  // ── Security headers on every response; entity tags, 304s and the response cache ───────
  app.addHook('onSend', (_request, reply, payload, done) => {
    addSecurityHeaders(reply);
    done(null, payload);
  });
  // With a read replica: GET requests read from it, writes answer with a read-after token.
  const routing = readRoutingOf(db);
  if (routing) registerReadRouting(app, routing);
  registerResponseCache(app, db, options.responseCache ?? {});

  // ── Routes of the contract (validated and serialized by its schemas) ──────────────────
  const messages = createMessageStore(db, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.identicalMessageMax === undefined
      ? {}
      : { identicalMax: options.identicalMessageMax }),
  });
  await app.register(apiRoutes, {
    repo,
    messages,
    staff: createStaffStore(db, options.now ? { now: options.now } : {}),
    database: db.kind,
    cachePolicy: CACHE_POLICY,
    ...(messageLimit
      ? { submitRateLimit: { max: messageLimit.max, timeWindow: messageLimit.windowMs ?? 60_000 } }
      : {}),
  });

  // ── Static directories and the landing redirect ────────────────────────────────────────
  const staticDirs = options.staticDirs ?? {};
  await registerStaticDirs(
    app,
    staticDirs,
    options.onCspReport ? { onReport: options.onCspReport } : {},
  );
  registerRenderedPages(app, options.renderedPages ?? {});
  const prefixes = Object.keys(staticDirs).map(normalizePrefix);
  if (prefixes.includes('/examples/') && !prefixes.includes('/')) {
    app.get('/', (_request, reply) => reply.redirect('/examples/', 302));
  }

  return app;
}
