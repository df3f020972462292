/**
 * Entity tags, `304 Not Modified`, and an in-process cache of the GET responses already
 * answered: a repeat (or a revalidation) of the same URL is answered from memory, without
 * running the route or touching the database, until the data changes.
 *
 * Correctness before speed:
 * - every write drops the whole cache: writes through this server's database (committed
 *   transactions, non-read statements) at once, writes of other server processes sharing the
 *   PostgreSQL database through `LISTEN`/`NOTIFY` (see `Database.onChange`);
 * - while those notifications may be missed (the listening connection is down) nothing is
 *   cached or served from the cache;
 * - a response computed before a write is never stored after it (a generation counter);
 * - only `200` answers to `GET` whose `Cache-Control` allows shared caching are kept, keyed by
 *   scheme, host and request target, and by the request headers the response `Vary`s on;
 * - per-request headers (CORS, rate limit) are never stored: their hooks run on every hit.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { matchesTag } from './static.js';

export interface ResponseCacheOptions {
  /** Most responses kept; default 1000. */
  maxEntries?: number;
  /** Most bytes kept, bodies and keys (the least recently used go first); default 32 MiB. */
  maxBytes?: number;
}

/** The cache of one app (`app.responseCache`). */
export interface ResponseCache {
  /** Drops every entry; responses being computed now are not stored. */
  invalidate(): void;
  /** True while the cache answers (every write is being reported). */
  readonly enabled: boolean;
  readonly size: number;
  readonly bytes: number;
  /** Requests answered from the cache since the start. */
  readonly hits: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The in-process response cache (`invalidate()` after a write the database cannot see). */
    responseCache: ResponseCache;
  }
}

interface Entry {
  key: string;
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
}

/** A strong entity tag: a hash of the exact bytes sent. */
export function entityTagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Headers that belong to one request or connection, never to the stored representation. */
const PER_REQUEST =
  /^(access-control-|x-ratelimit-|ratelimit|retry-after$|date$|connection$|keep-alive$|content-length$|transfer-encoding$|portal-read-from$)/;
/** `Vary` names the cache handles without keying on them (CORS headers are per request). */
const VARY_IGNORED = new Set(['origin', 'accept-encoding']);
const NOT_SHARED = /\b(no-store|no-cache|private)\b/i;

const generationOf = new WeakMap<FastifyRequest, number>();
const answered = new WeakSet<FastifyRequest>();

/** What an entry costs: its body and its key (a request target may be kilobytes long). */
const sizeOf = (entry: Entry) => entry.body.length + entry.key.length;

/**
 * Requests whose answer may depend on who asks — or that must see the asker's own write (a
 * `Portal-Read-After` token): never answered from, nor stored in, the cache.
 */
const personal = (request: FastifyRequest) =>
  request.headers.authorization !== undefined ||
  request.headers.cookie !== undefined ||
  request.headers['portal-read-after'] !== undefined;

function headerValue(value: string | number | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * Adds the entity tag / `304` handling and, unless `options` is `false`, the response cache.
 * Register it after the hooks whose headers belong on cached responses (security headers) and
 * after the rate limit and CORS, whose `onRequest` hooks must run on every hit.
 */
export function registerResponseCache(
  app: FastifyInstance,
  db: Pick<Database, 'onChange' | 'changesLive'>,
  options: ResponseCacheOptions | false = {},
): ResponseCache {
  const maxEntries = options === false ? 0 : (options.maxEntries ?? 1000);
  const maxBytes = options === false ? 0 : (options.maxBytes ?? 32 * 1024 * 1024);
  const entries = new Map<string, Entry>();
  /** URL key → the request header names its responses vary on. */
  const varyOn = new Map<string, string[]>();
  let generation = 0;
  let bytes = 0;
  let hits = 0;

  const cache: ResponseCache = {
    invalidate() {
      generation += 1;
      entries.clear();
      varyOn.clear();
      bytes = 0;
    },
    get enabled() {
      return maxEntries > 0 && db.changesLive;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    get hits() {
      return hits;
    },
  };
  app.decorate('responseCache', cache);
  if (maxEntries > 0) {
    const unsubscribe = db.onChange(() => cache.invalidate());
    app.addHook('onClose', (_app, done) => {
      unsubscribe();
      done();
    });
  }

  const urlKey = (request: FastifyRequest) => `${request.protocol}://${request.host}${request.url}`;
  const fullKey = (url: string, names: readonly string[], request: FastifyRequest) =>
    names.length === 0
      ? url
      : `${url}\n${names.map((name) => headerValue(request.headers[name]) ?? '').join('\n')}`;

  const store = (request: FastifyRequest, reply: FastifyReply, body: Buffer, etag: string) => {
    if (generationOf.get(request) !== generation || body.length > maxBytes / 4) return;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      const text = headerValue(value);
      if (text !== undefined && !PER_REQUEST.test(name)) headers[name] = text;
    }
    if (headers['set-cookie'] !== undefined || NOT_SHARED.test(headers['cache-control'] ?? '')) {
      return;
    }
    const vary = (headers.vary ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== '' && !VARY_IGNORED.has(name));
    if (vary.includes('*')) return;
    const url = urlKey(request);
    varyOn.set(url, vary);
    const key = fullKey(url, vary, request);
    const previous = entries.get(key);
    if (previous) bytes -= sizeOf(previous);
    entries.delete(key);
    const entry = { key, body, etag, headers };
    entries.set(key, entry);
    bytes += sizeOf(entry);
    for (const [oldest, candidate] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= sizeOf(candidate);
    }
  };

  // Answer a repeat from memory. Callback style: the hit path stays synchronous.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET' || !cache.enabled || personal(request)) return done();
    const url = urlKey(request);
    const entry = entries.get(fullKey(url, varyOn.get(url) ?? [], request));
    if (!entry) {
      generationOf.set(request, generation);
      return done();
    }
    hits += 1;
    entries.delete(entry.key);
    entries.set(entry.key, entry);
    answered.add(request);
    reply.headers(entry.headers);
    if (matchesTag(request.headers['if-none-match'], entry.etag)) {
      reply.removeHeader('content-type');
      void reply.code(304).send();
    } else {
      void reply.send(entry.body);
    }
  });

  // Tag every 200 GET/HEAD answer, keep it, and turn a matching revalidation into a 304.
  app.addHook('onSend', (request, reply, payload, done) => {
    const method = request.method;
    if (
      answered.has(request) ||
      (method !== 'GET' && method !== 'HEAD') ||
      reply.statusCode !== 200 ||
      (typeof payload !== 'string' && !Buffer.isBuffer(payload)) ||
      reply.hasHeader('etag')
    ) {
      return done(null, payload);
    }
    const tag = entityTagOf(payload);
    reply.header('etag', tag);
    if (method === 'GET' && generationOf.has(request)) {
      store(request, reply, Buffer.isBuffer(payload) ? payload : Buffer.from(payload), tag);
    }
    if (matchesTag(request.headers['if-none-match'], tag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      return done(null, '');
    }
    done(null, payload);
  });

  return cache;
}
