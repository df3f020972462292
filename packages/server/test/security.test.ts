/**
 * The server probed as an attacker would: requests the HTTP parser refuses, unknown methods,
 * a flood of requests, forwarded addresses, a statement that never ends — each answered with
 * problem details and the security headers, never a hang or a framework's own page.
 */
import type { Problem } from '@portal-kit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { createPgliteDatabase } from '../src/db/pglite.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { originFormOf } from '../src/http/security.js';
import { createRepository } from '../src/repository.js';
import type { Repository } from '../src/repository.js';
import { startServer } from '../src/server.js';
import type { RunningServer } from '../src/server.js';
import { ENGINE_CASES, TEST_DATABASE_URL } from './support/engines.js';
import { call } from './support/http.js';
import { rawExchange } from './support/raw.js';
import type { RawAnswer } from './support/raw.js';

const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const RATE_LIMIT = 5;
let server: RunningServer;
let base = '';
let client = 0;
/** A client address of its own, so that tests do not share the rate limit. */
const newClient = () => `198.51.100.${(client += 1)}`;

beforeAll(async () => {
  server = await startServer({
    port: 0,
    dataDir: 'memory',
    rateLimit: { max: RATE_LIMIT, windowMs: 60_000 },
    trustProxy: true,
    requestTimeoutMs: 400,
  });
  base = server.url;
});
afterAll(() => server?.close());

function expectRawProblem(answer: RawAnswer, status: number): void {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(answer.headers['content-security-policy']).toBe(API_CSP);
  expect(answer.headers['cache-control']).toBe('no-store');
  const body = JSON.parse(answer.body) as Problem;
  expect(body).toMatchObject({ type: 'about:blank', status });
}

describe('errors of the HTTP parser and the fallback handlers', () => {
  it.each([
    [
      'a control byte in a header value',
      'GET /healthz HTTP/1.1\r\nHost: a\r\nX-A: b\u0001c\r\n\r\n',
    ],
    ['a space in a header name', 'GET /healthz HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n'],
    ['a malformed request line', 'GET /healthz HTTP/9\r\nHost: a\r\n\r\n'],
    ['a NUL byte in the target', 'GET /api/v1/news\u0000 HTTP/1.1\r\nHost: a\r\n\r\n'],
  ])('answers 400 problem details to %s', async (_name, request) => {
    expectRawProblem(await rawExchange(base, request), 400);
  });

  it('answers 431 problem details to oversized headers', async () => {
    const request = `GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`;
    expectRawProblem(await rawExchange(base, request), 431);
  });

  it('answers 408 problem details to a request that never finishes arriving', async () => {
    const started = performance.now();
    const answer = await rawExchange(base, 'GET /healthz HTTP/1.1\r\nHost: a\r\n', {
      idleMs: 10_000,
    });
    expectRawProblem(answer, 408);
    expect(performance.now() - started).toBeLessThan(8000);
  });

  it('answers 501 problem details to a method HTTP does not know (BREW)', async () => {
    expectRawProblem(await rawExchange(base, 'BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n'), 501);
  });

  it.each([
    ['PROPFIND /api/v1/news', 404],
    ['GET /nothing/here', 404],
    ['DELETE /api/v1/news', 405],
  ])('answers %s with %i problem details and the security headers', async (line, status) => {
    const answer = await rawExchange(
      base,
      `${line} HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: ${newClient()}\r\nConnection: close\r\n\r\n`,
    );
    expectRawProblem(answer, status);
  });
});

describe('request targets', () => {
  it('reduces an absolute-form target to its path', () => {
    expect(originFormOf('http://evil.example/examples/x?y=1')).toBe('/examples/x?y=1');
    expect(originFormOf('HTTPS://evil.example:443')).toBe('/');
    expect(originFormOf('http://evil.example?x')).toBe('/?x');
    expect(originFormOf('/plain/path')).toBe('/plain/path');
    expect(originFormOf('*')).toBe('*');
  });

  it('routes an absolute-form target by its path and never echoes its host', async () => {
    const answer = await rawExchange(
      base,
      `GET http://evil.example/healthz HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: ${newClient()}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer)).not.toContain('evil.example');
  });
});

describe('rate limit', () => {
  it('answers 429 problem details with Retry-After once a client passes the limit', async () => {
    const headers = { 'x-forwarded-for': newClient() };
    for (let i = 0; i < RATE_LIMIT; i += 1) {
      expect((await call(base, '/api/v1/sites?kind=main', { headers })).status).toBe(200);
    }
    // Cached answers count too.
    const limited = await call(base, '/api/v1/sites?kind=main', { headers });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('x-content-type-options')).toBe('nosniff');
    expect((limited.body as Problem).status).toBe(429);
    // Another client (trustProxy: by its forwarded address) is not affected.
    const other = await call(base, '/api/v1/sites?kind=main', {
      headers: { 'x-forwarded-for': newClient() },
    });
    expect(other.status).toBe(200);
  });

  it('ignores X-Forwarded-For unless trustProxy says so', async () => {
    const app = await createApp({ db: server.db, rateLimit: { max: 2 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const answer = await app.inject({
          url: '/healthz',
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
        statuses.push(answer.statusCode);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await app.close();
    }
  });

  it('is off unless configured', async () => {
    const app = await createApp({ db: server.db });
    try {
      for (let i = 0; i < 30; i += 1) {
        expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
      }
    } finally {
      await app.close();
    }
  });
});

/** A repository whose news list runs a statement that takes `seconds`. */
function slowRepository(db: Database, seconds: number): Repository {
  return {
    ...createRepository(db),
    siteIds: () => Promise.resolve(new Set<string>()),
    async listNews() {
      await db.query('SELECT pg_sleep($1)', [seconds]);
      return { items: [], nextCursor: null };
    },
  };
}

describe.each(ENGINE_CASES)('statement timeout %s', (_title, engine) => {
  it.skipIf(engine.skipReason !== null)(
    'cancels a slow statement: the request answers 503 problem details, then the database still answers',
    async () => {
      const timeout = 200;
      const db =
        engine.name === 'pglite'
          ? await createPgliteDatabase({ dataDir: 'memory', statementTimeoutMs: timeout })
          : createPostgresDatabase({
              connectionString: TEST_DATABASE_URL,
              statementTimeoutMs: timeout,
            });
      // PGlite cannot interrupt its own thread: its statement runs to the end (kept short).
      const app = await createApp({
        db,
        repository: slowRepository(db, engine.name === 'pglite' ? 0.6 : 30),
      });
      try {
        const started = performance.now();
        const answer = await app.inject({ url: '/api/v1/news' });
        expect(performance.now() - started).toBeLessThan(engine.name === 'pglite' ? 5000 : 3000);
        expect(answer.statusCode).toBe(503);
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(answer.headers['retry-after']).toBeDefined();
        expect(answer.body).not.toMatch(/pg_sleep|statement|canceling/i);
        expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
        // Waiting behind other statements does not count: 25 × 10 ms queued all succeed (each
        // short enough that a starved machine does not stretch one past the timeout).
        const sleeps = Array.from({ length: 25 }, () => db.query('SELECT pg_sleep(0.01)'));
        await expect(Promise.all(sleeps)).resolves.toHaveLength(25);
      } finally {
        await app.close();
        await db.close();
      }
    },
  );
});
