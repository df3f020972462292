/**
 * The HTTP application: the Portal API routes of the contract, problem details for every
 * error, strong ETags with `If-None-Match` revalidation, CORS, security headers and the
 * optional static directories.
 */
import { createHash } from 'node:crypto';
import cors from '@fastify/cors';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.js';
import { problem, ProblemError, sendProblem } from './http/problem.js';
import { apiRoutes } from './http/routes.js';
import { matchesTag, normalizePrefix, registerStaticDirs } from './http/static.js';
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
  /** Use this repository instead of one over `db` (tests). */
  repository?: Repository;
}

/** Caching policies of the API's representations. */
export const CACHE_POLICY = {
  list: 'public, max-age=30, stale-while-revalidate=300',
  item: 'public, max-age=300, stale-while-revalidate=3600',
  sites: 'public, max-age=300, stale-while-revalidate=3600',
  document: 'public, max-age=3600',
  none: 'no-store',
} as const;

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** A strong entity tag: a hash of the exact bytes sent. */
export function entityTagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

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
  const app = Fastify({
    logger: options.logger ?? false,
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
    methods: ['GET', 'HEAD'],
    exposedHeaders: ['ETag', 'Cache-Control'],
    maxAge: 600,
    strictPreflight: false,
  });

  // ── Errors: always problem details, never internals ──────────────────────────────────────
  app.setErrorHandler((error: unknown, request, reply) => {
    if (error instanceof ProblemError) {
      return sendProblem(reply, { ...error.problem, instance: request.url }, error.headers);
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

  // ── ETag / 304 and security headers on every response ───────────────────────────────────
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', API_CSP);
    const method = request.method;
    if ((method !== 'GET' && method !== 'HEAD') || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('etag')) return payload;
    const tag = entityTagOf(payload);
    reply.header('etag', tag);
    if (matchesTag(request.headers['if-none-match'], tag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });

  // ── Routes of the contract (validated and serialized by its schemas) ──────────────────
  await app.register(apiRoutes, { repo, database: db.kind, cachePolicy: CACHE_POLICY });

  // ── Static directories and the landing redirect ────────────────────────────────────────
  const staticDirs = options.staticDirs ?? {};
  registerStaticDirs(app, staticDirs);
  const prefixes = Object.keys(staticDirs).map(normalizePrefix);
  if (prefixes.includes('/examples/') && !prefixes.includes('/')) {
    app.get('/', (_request, reply) => reply.redirect('/examples/', 302));
  }

  return app;
}
