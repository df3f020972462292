/**
 * `client.request()`: HTTP freshness (max-age, Age, no-store, no-cache, private), revalidation
 * with and without a browser HTTP cache, JSON bodies, per-request headers, idempotency keys and
 * retries of writes, cache invalidation by writes, and aborts — against a real loopback server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  createCoreClient,
  isStale,
  PortalValidationError,
  type ClientOptions,
} from '../src/index.js';
import { freshness } from '../src/client/freshness.js';
import { json, problem, startServer, type TestServer } from './server.js';

let server: TestServer;
/** Request bodies received, in order (`''` for none). */
const bodies: string[] = [];
beforeAll(async () => {
  server = await startServer(() => undefined);
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
  server.aborted.length = 0;
  bodies.length = 0;
});

/** Reads the request body, then answers with `answer`. */
function withBody(answer: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  server.handle((req, res, n) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      bodies.push(body);
      answer(req, res, n);
    });
  });
}

/** A server whose every resource has ETag `"v<version>"` and the given `Cache-Control`. */
function versioned(cacheControl: string | null, extra: Record<string, string> = {}) {
  const state = { version: 1 };
  server.handle((req, res) => {
    const tag = `"v${state.version}"`;
    const headers: Record<string, string> = { ETag: tag, ...extra };
    if (cacheControl !== null) headers['Cache-Control'] = cacheControl;
    if (req.headers['if-none-match'] === tag) {
      res.writeHead(304, headers);
      res.end();
    } else json(res, { path: req.url, version: state.version }, 200, headers);
  });
  return state;
}

/** A client on a clock the test moves. */
function clientAt(options: Partial<ClientOptions> = {}) {
  const clock = { now: 1_000_000 };
  const client = createClient({
    baseUrl: server.baseUrl,
    retryDelayMs: 0,
    now: () => clock.now,
    ...options,
  });
  return { client, clock };
}

const ifNoneMatch = () => server.received.map((r) => r.headers['if-none-match']);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('freshness', () => {
  it('serves a response fresh by max-age with no request, then revalidates it (304)', async () => {
    versioned('public, max-age=30');
    const { client, clock } = clientAt();
    const first = await client.sites.list();
    clock.now += 29_999;
    expect(await client.sites.list()).toBe(first);
    expect(server.received).toHaveLength(1);
    clock.now += 1;
    expect(await client.sites.list()).toBe(first);
    expect(ifNoneMatch()).toEqual([undefined, '"v1"']);
    // The 304 made it fresh for another max-age.
    clock.now += 29_999;
    expect(await client.sites.list()).toBe(first);
    expect(server.received).toHaveLength(2);
  });

  it('counts the Age the response already has', async () => {
    versioned('max-age=60', { Age: '50' });
    const { client, clock } = clientAt();
    await client.news.list();
    clock.now += 9_999;
    await client.news.list();
    expect(server.received).toHaveLength(1);
    clock.now += 1;
    await client.news.list();
    expect(server.received).toHaveLength(2);
  });

  it('a stale copy revalidates to the new version', async () => {
    const state = versioned('max-age=1');
    const { client, clock } = clientAt();
    expect(await client.news.get('a')).toMatchObject({ version: 1 });
    state.version = 2;
    expect(await client.news.get('a')).toMatchObject({ version: 1 });
    clock.now += 1000;
    expect(await client.news.get('a')).toMatchObject({ version: 2 });
    expect(ifNoneMatch()).toEqual([undefined, '"v1"']);
  });

  it.each(['no-store', 'private, max-age=60', 'public, max-age=60, No-Store'])(
    '%s: not stored (no revalidation, no stale-if-error)',
    async (cacheControl) => {
      versioned(cacheControl);
      const { client } = clientAt({ retries: 0 });
      await client.sites.list();
      await client.sites.list();
      expect(ifNoneMatch()).toEqual([undefined, undefined]);
      server.handle((_req, res) => problem(res, 503));
      expect(await failure(client.sites.list())).toMatchObject({ status: 503 });
    },
  );

  it('no-store drops a copy stored before', async () => {
    versioned('max-age=0');
    const { client } = clientAt({ retries: 0 });
    await client.sites.list();
    versioned('no-store');
    await client.sites.list();
    server.handle((_req, res) => problem(res, 503));
    expect(await failure(client.sites.list())).toMatchObject({ status: 503 });
    expect(ifNoneMatch()).toEqual([undefined, '"v1"', undefined]);
  });

  it('no-cache: stored, but revalidated before every use (and kept for stale-if-error)', async () => {
    versioned('no-cache, max-age=600');
    const { client } = clientAt({ retries: 0 });
    const first = await client.sites.list();
    expect(await client.sites.list()).toBe(first);
    expect(ifNoneMatch()).toEqual([undefined, '"v1"']);
    server.handle((_req, res) => problem(res, 503));
    expect(isStale(await client.sites.list())).toBe(true);
  });

  it("a 304's Cache-Control sets the new lifetime; without one the old lifetime stays", async () => {
    let reply304: Record<string, string> = { 'Cache-Control': 'max-age=100' };
    server.handle((req, res) => {
      if (req.headers['if-none-match'] === '"a"') {
        res.writeHead(304, reply304);
        res.end();
      } else json(res, {}, 200, { ETag: '"a"', 'Cache-Control': 'max-age=10' });
    });
    const { client, clock } = clientAt();
    await client.sites.list();
    clock.now += 10_000;
    await client.sites.list(); // 304, now fresh for 100 s
    clock.now += 99_999;
    await client.sites.list();
    expect(server.received).toHaveLength(2);
    clock.now += 1;
    reply304 = {};
    await client.sites.list(); // 304 without Cache-Control: fresh for 100 s again
    clock.now += 99_999;
    await client.sites.list();
    expect(server.received).toHaveLength(3);
  });

  it('reads Cache-Control and Age', () => {
    const read = (headers: Record<string, string>) => freshness(new Headers(headers));
    expect(read({})).toEqual({ store: true, lifetimeMs: null, ageMs: 0 });
    expect(read({ 'Cache-Control': 'public, max-age=30, stale-while-revalidate=300' })).toEqual({
      store: true,
      lifetimeMs: 30_000,
      ageMs: 0,
    });
    expect(read({ 'Cache-Control': 'MAX-AGE="5"', Age: '2' })).toMatchObject({
      lifetimeMs: 5000,
      ageMs: 2000,
    });
    expect(read({ 'Cache-Control': 's-maxage=60' }).lifetimeMs).toBe(0);
    expect(read({ 'Cache-Control': 'no-cache' })).toMatchObject({ store: true, lifetimeMs: 0 });
    expect(read({ 'Cache-Control': 'private' }).store).toBe(false);
    expect(read({ 'Cache-Control': 'max-age=9', Age: 'soon' }).ageMs).toBe(0);
  });
});

describe('revalidation through a browser HTTP cache (httpCache: true)', () => {
  it('never sets If-None-Match; asks fetch to revalidate and keeps the object on the same ETag', async () => {
    versioned('max-age=1');
    const modes: RequestCache[] = [];
    const { client, clock } = clientAt({
      httpCache: true,
      onRequest: (request) => void modes.push(request.cache),
    });
    const first = await client.sites.list();
    clock.now += 1000;
    // The server sees no If-None-Match (a 200 comes back, as a browser shows its 304s).
    expect(await client.sites.list()).toBe(first);
    expect(ifNoneMatch()).toEqual([undefined, undefined]);
    expect(modes).toEqual(['default', 'no-cache']);
  });

  it('after a write, a GET with no copy in the client is revalidated by the browser too', async () => {
    const modes: string[] = [];
    const { client } = clientAt({
      httpCache: true,
      onRequest: (request) => void modes.push(`${request.method} ${request.cache}`),
    });
    versioned('max-age=60');
    await client.request('GET', '/news');
    withBody((_req, res) => json(res, {}));
    await client.request('POST', '/messages', { body: {} });
    versioned('max-age=60');
    await client.request('GET', '/sites');
    await client.request('GET', '/news');
    expect(modes).toEqual(['GET default', 'POST default', 'GET no-cache']);
  });

  it('defaults to true where `location` exists (pages, workers), false elsewhere', async () => {
    versioned('max-age=0');
    const twice = async () => {
      const client = createClient({ baseUrl: server.baseUrl });
      await client.sites.list();
      await client.sites.list();
    };
    await twice();
    Object.defineProperty(globalThis, 'location', {
      value: new URL(server.baseUrl),
      configurable: true,
    });
    try {
      await twice();
    } finally {
      Reflect.deleteProperty(globalThis, 'location');
    }
    expect(ifNoneMatch()).toEqual([undefined, '"v1"', undefined, undefined]);
  });
});

describe('request()', () => {
  it('fills and encodes path parameters, encodes the query and resolves typed data', async () => {
    server.handle((req, res) => json(res, { url: req.url }));
    const { client } = clientAt();
    const data = await client.request('GET', '/news/{id}', {
      params: { id: 'a b/c' },
      query: { limit: 5, site: ['b', 'a'], on: true, cursor: undefined, lang: null },
    });
    expect(data).toEqual({ url: '/api/v1/news/a%20b%2Fc?limit=5&on=true&site=b,a' });
    expect(Object.isFrozen(data)).toBe(true);
  });

  it('refuses a missing path parameter without a request', async () => {
    const { client } = clientAt();
    const call = client.request as (m: string, p: string, o?: object) => Promise<unknown>;
    const error = await failure(call('GET', '/news/{id}', { params: {} }));
    expect(error).toBeInstanceOf(PortalValidationError);
    expect(error).toMatchObject({ param: 'id' });
    expect(server.received).toHaveLength(0);
  });

  it('sends a JSON body with its Content-Type and returns the parsed, frozen answer', async () => {
    withBody((_req, res) => json(res, { id: 'm1', received: true }, 201));
    const { client } = clientAt();
    const answer = await client.request('POST', '/messages', { body: { text: '你好', n: 1 } });
    expect(answer).toEqual({ id: 'm1', received: true });
    expect(Object.isFrozen(answer)).toBe(true);
    expect(bodies).toEqual(['{"text":"你好","n":1}']);
    expect(server.received[0]).toMatchObject({ method: 'POST', url: '/api/v1/messages' });
    expect(server.received[0]?.headers['content-type']).toBe('application/json');
    expect(server.received[0]?.headers['idempotency-key']).toBeUndefined();
  });

  it('answers null for a write or HEAD without a body', async () => {
    withBody((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const { client } = clientAt();
    expect(await client.request('DELETE', '/messages/{id}', { params: { id: '1' } })).toBeNull();
    expect(await client.request('HEAD', '/news')).toBeNull();
    expect(server.received.map((r) => r.method)).toEqual(['DELETE', 'HEAD']);
  });

  it('sends per-request headers over the client headers, and caches per header set', async () => {
    versioned('max-age=60');
    const { client } = clientAt({ headers: { 'X-Client': 'a', 'Accept-Language': 'zh-CN' } });
    await client.request('GET', '/sites', { headers: { 'Accept-Language': 'en', 'X-Call': '1' } });
    await client.request('GET', '/sites', { headers: { 'Accept-Language': 'en', 'X-Call': '1' } });
    await client.request('GET', '/sites');
    expect(server.received.map((r) => r.headers['accept-language'])).toEqual(['en', 'zh-CN']);
    expect(server.received[0]?.headers).toMatchObject({ 'x-client': 'a', 'x-call': '1' });
    expect(server.received[0]?.headers.accept).toBe('application/json');
  });
});

describe('createCoreClient()', () => {
  it('is the request pipeline alone: request() and clearCache(), no resource methods', async () => {
    versioned('max-age=60');
    const core = createCoreClient({ baseUrl: `${server.baseUrl}//`, retryDelayMs: 0 });
    expect(Object.keys(core).sort()).toEqual(['baseUrl', 'clearCache', 'request']);
    expect(core.baseUrl).toBe(server.baseUrl);
    const first = await core.request('GET', '/news', { query: { site: ['a', 'b'] } });
    expect(await core.request('GET', '/news', { query: { site: ['a', 'b'] } })).toBe(first);
    core.clearCache();
    await core.request('GET', '/news', { query: { site: ['a', 'b'] } });
    expect(server.received.map((r) => r.url)).toEqual([
      '/api/v1/news?site=a,b',
      '/api/v1/news?site=a,b',
    ]);
  });

  it('checks its options as createClient() does', () => {
    const make = (options: object) => () =>
      createCoreClient({ baseUrl: server.baseUrl, ...options } as ClientOptions);
    expect(make({ baseUrl: 42 })).toThrow(PortalValidationError);
    expect(make({ timeoutMs: 0 })).toThrow(/timeoutMs: expected a positive number/);
    expect(make({ retries: 1.5 })).toThrow(/retries: expected an integer ≥ 0/);
    expect(make({ cacheSize: -1 })).toThrow(/cacheSize/);
  });

  it('is what createClient() builds its resources on: same pipeline, same cache', async () => {
    versioned('max-age=60');
    const { client } = clientAt();
    const viaResource = await client.sites.list();
    expect(await client.request('GET', '/sites')).toBe(viaResource);
    expect(server.received).toHaveLength(1);
  });
});

describe('writes and retries', () => {
  it('never retries a write without an idempotency key', async () => {
    withBody((_req, res) => problem(res, 503));
    const { client } = clientAt();
    const error = await failure(client.request('POST', '/messages', { body: { text: 'x' } }));
    expect(error).toMatchObject({ status: 503 });
    expect(server.received).toHaveLength(1);
  });

  it('nor after a network error', async () => {
    server.handle((req) => req.socket.destroy());
    const { client } = clientAt();
    const error = await failure(client.request('PUT', '/messages/{id}', { params: { id: '1' } }));
    expect(error).toMatchObject({ kind: 'network' });
    expect(server.received).toHaveLength(1);
  });

  it('retries a write with an idempotency key, sending the same key and body each time', async () => {
    withBody((_req, res, n) => (n < 2 ? problem(res, n === 0 ? 503 : 429) : json(res, { ok: 1 })));
    const { client } = clientAt();
    const answer = await client.request('POST', '/messages', {
      body: { text: 'x' },
      idempotencyKey: 'key-1',
    });
    expect(answer).toEqual({ ok: 1 });
    expect(server.received.map((r) => r.headers['idempotency-key'])).toEqual([
      'key-1',
      'key-1',
      'key-1',
    ]);
    expect(bodies).toEqual(['{"text":"x"}', '{"text":"x"}', '{"text":"x"}']);
  });

  it('idempotent: true generates one random UUID per call, the same on every attempt', async () => {
    withBody((_req, res, n) => (n % 2 === 0 ? res.socket?.destroy() : json(res, {})));
    const { client } = clientAt();
    await client.request('POST', '/messages', { body: {}, idempotent: true });
    await client.request('POST', '/messages', { body: {}, idempotent: true });
    const keys = server.received.map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(4);
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(keys[1]).toBe(keys[0]);
    expect(keys[3]).toBe(keys[2]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('a successful write makes the cached GETs of its resource stale', async () => {
    versioned('max-age=600');
    const { client } = clientAt();
    const read = (path: `/${string}`) => client.request('GET', path);
    for (const path of ['/messages', '/messages/7', '/messagesX', '/news'] as const) {
      await read(path);
    }
    server.received.length = 0;
    withBody((_req, res) => json(res, {}, 201));
    await client.request('POST', '/messages/7/replies', { body: {} });
    versioned('max-age=600');
    for (const path of ['/messages', '/messages/7', '/messagesX', '/news'] as const) {
      await read(path);
    }
    expect(
      server.received.map((r) => `${r.method} ${r.url} ${r.headers['if-none-match']}`),
    ).toEqual([
      'POST /api/v1/messages/7/replies undefined',
      'GET /api/v1/messages "v1"',
      'GET /api/v1/messages/7 "v1"',
    ]);
  });

  it('invalidates names more prefixes; a failed write invalidates nothing', async () => {
    versioned('max-age=600');
    const { client } = clientAt({ retries: 0 });
    await client.news.list({ limit: 2 });
    await client.sites.list();
    server.handle((_req, res) => problem(res, 400));
    await failure(client.request('POST', '/messages', { body: {}, invalidates: ['/news'] }));
    versioned('max-age=600');
    await client.news.list({ limit: 2 });
    withBody((_req, res) => json(res, {}));
    await client.request('POST', '/messages', { body: {}, invalidates: ['/news'] });
    versioned('max-age=600');
    await client.news.list({ limit: 2 });
    await client.sites.list();
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v1/news?limit=2',
      'GET /api/v1/sites',
      'POST /api/v1/messages',
      'POST /api/v1/messages',
      'GET /api/v1/news?limit=2',
    ]);
  });

  it('a GET in flight during a write is neither joined after it nor cached as fresh', async () => {
    let release = () => undefined as void;
    server.handle((req, res) => {
      if (req.method === 'POST') json(res, {});
      else if (server.received.length === 1)
        release = () => json(res, { n: 1 }, 200, { 'Cache-Control': 'max-age=600' });
      else json(res, { n: 2 }, 200, { 'Cache-Control': 'max-age=600' });
    });
    const { client } = clientAt();
    const before = client.request('GET', '/messages');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await client.request('POST', '/messages', { body: {} });
    expect(await client.request('GET', '/messages')).toEqual({ n: 2 });
    release();
    expect(await before).toEqual({ n: 1 });
    expect(await client.request('GET', '/messages')).toEqual({ n: 2 });
    expect(server.received.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
  });
});

describe('read-your-writes over a read replica (Portal-Read-After)', () => {
  /**
   * A server with a replica: a write answers the token `0/A<n>`; a GET is read from the replica
   * when `replicaCaughtUp` says so, else from the primary.
   */
  function replicated() {
    const state = { replicaCaughtUp: false, writes: 0 };
    server.handle((req, res) => {
      if (req.method === 'POST') {
        state.writes += 1;
        json(res, { ok: true }, 201, { 'Portal-Read-After': `0/A${state.writes}` });
        return;
      }
      const from = state.replicaCaughtUp ? 'replica' : 'primary';
      json(res, { path: req.url }, 200, { 'Cache-Control': 'no-cache', 'Portal-Read-From': from });
    });
    return state;
  }
  const sent = () => server.received.map((r) => r.headers['portal-read-after'] ?? null);

  it('sends nothing before a write, then the newest write token with every GET', async () => {
    replicated();
    const { client } = clientAt();
    await client.request('GET', '/news');
    await client.request('POST', '/messages', { body: {} });
    await client.request('GET', '/news');
    await client.request('POST', '/messages', { body: {} });
    await client.request('GET', '/sites');
    expect(sent()).toEqual([null, null, '0/A1', null, '0/A2']);
  });

  it('stops once a GET was read from a replica (it has replayed the write)', async () => {
    const state = replicated();
    const { client } = clientAt();
    await client.request('POST', '/messages', { body: {} });
    await client.request('GET', '/news');
    state.replicaCaughtUp = true;
    await client.request('GET', '/news');
    await client.request('GET', '/sites');
    expect(sent()).toEqual([null, '0/A1', '0/A1', null]);
  });

  it('stops after a minute, even when no replica ever answers', async () => {
    replicated();
    const { client, clock } = clientAt();
    await client.request('POST', '/messages', { body: {} });
    clock.now += 59_000;
    await client.request('GET', '/news');
    clock.now += 1_000;
    await client.request('GET', '/news');
    expect(sent()).toEqual([null, '0/A1', null]);
  });

  it("sends nothing when the server has no replica (no token in the write's answer)", async () => {
    server.handle((req, res) => json(res, { ok: true }, req.method === 'POST' ? 201 : 200));
    const { client } = clientAt();
    await client.request('POST', '/messages', { body: {} });
    await client.request('GET', '/news');
    expect(sent()).toEqual([null, null]);
  });
});

describe('abort', () => {
  it('an aborted write rejects with the reason, closes the connection and is not retried', async () => {
    server.handle(() => undefined);
    const { client } = clientAt();
    const controller = new AbortController();
    const pending = client.request('POST', '/messages', {
      body: {},
      idempotent: true,
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    const error = await failure(pending);
    expect((error as DOMException).name).toBe('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.received).toHaveLength(1);
    expect(server.aborted).toHaveLength(1);
  });

  it('an already aborted signal sends nothing, even for a fresh cached GET', async () => {
    versioned('max-age=600');
    const { client } = clientAt();
    await client.sites.list();
    const signal = AbortSignal.abort();
    expect(await failure(client.sites.list({}, { signal }))).toBe(signal.reason);
    expect(await failure(client.request('POST', '/x', { signal }))).toBe(signal.reason);
    expect(server.received).toHaveLength(1);
  });
});
