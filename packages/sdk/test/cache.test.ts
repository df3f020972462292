/** ETag revalidation, immutability of cached data, the LRU bound and stale-if-error. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, isStale, type Page, type NewsItem } from '../src/index.js';
import { LruCache, deepFreeze, staleCopy } from '../src/client/cache.js';
import { json, problem, startServer, type TestServer } from './server.js';
import type { IncomingMessage, ServerResponse } from 'node:http';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => undefined);
});
afterAll(() => server.close());

const item: NewsItem = {
  id: 'n1',
  site: 'main',
  column: 'headlines',
  lang: 'zh-CN',
  title: '标题',
  summary: '摘要',
  url: 'https://www.mofcom.gov.cn/n1',
  publishedAt: '2025-01-01T08:00:00+08:00',
};
const page: Page<NewsItem> = { items: [item], nextCursor: null };

/** A server with ETags: 304 when If-None-Match matches `"v1"`. */
function etagServer(req: IncomingMessage, res: ServerResponse): void {
  if (req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304, { ETag: '"v1"' });
    res.end();
  } else json(res, page, 200, { ETag: '"v1"' });
}
beforeEach(() => {
  server.received.length = 0;
  server.handle(etagServer);
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('ETag revalidation', () => {
  it('sends If-None-Match the second time and answers a 304 with the same data', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    const first = await client.news.list({ limit: 1 });
    const second = await client.news.list({ limit: 1 });
    expect(server.received.map((r) => r.headers['if-none-match'])).toEqual([undefined, '"v1"']);
    expect(second).toBe(first);
    expect(second).toEqual(page);
    expect(isStale(second)).toBe(false);
  });

  it('cache: false sends no If-None-Match', async () => {
    const client = createClient({ baseUrl: server.baseUrl, cache: false });
    await client.news.list({ limit: 1 });
    const second = await client.news.list({ limit: 1 });
    expect(server.received.map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined]);
    expect(second).toEqual(page);
  });

  it('clearCache forgets the ETags', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    await client.sites.list();
    client.clearCache();
    await client.sites.list();
    expect(server.received.map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined]);
  });

  it('a new ETag replaces the cached copy', async () => {
    let version = 1;
    server.handle((req, res) => {
      const tag = `"v${version}"`;
      if (req.headers['if-none-match'] === tag) {
        res.writeHead(304);
        res.end();
      } else json(res, { items: [], nextCursor: null, version }, 200, { ETag: tag });
    });
    const client = createClient({ baseUrl: server.baseUrl });
    await client.news.list();
    version = 2;
    expect(await client.news.list()).toMatchObject({ version: 2 });
    expect(await client.news.list()).toMatchObject({ version: 2 });
    expect(server.received.map((r) => r.headers['if-none-match'])).toEqual([
      undefined,
      '"v1"',
      '"v2"',
    ]);
  });

  it('a response without ETag is not revalidated (but still kept for stale-if-error)', async () => {
    server.handle((_req, res) => json(res, page));
    const client = createClient({ baseUrl: server.baseUrl, retries: 0 });
    await client.news.list();
    await client.news.list();
    expect(server.received.map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined]);
    server.handle((_req, res) => problem(res, 503));
    expect(isStale(await client.news.list())).toBe(true);
  });

  it('returns deeply frozen data, so callers cannot corrupt the cache', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    const first = await client.news.list({ limit: 1 });
    expect(() => first.items.push(item)).toThrow(TypeError);
    expect(() => {
      (first.items[0] as NewsItem).title = 'changed';
    }).toThrow(TypeError);
    expect(await client.news.list({ limit: 1 })).toEqual(page);
  });
});

describe('stale-if-error', () => {
  it('serves a marked copy of the cached data when the server goes down', async () => {
    const client = createClient({ baseUrl: server.baseUrl, retryDelayMs: 0 });
    const fresh = await client.news.list({ limit: 1 });
    server.handle((req) => req.socket.destroy());
    const stale = await client.news.list({ limit: 1 });
    expect(stale).toEqual(fresh);
    expect(stale).not.toBe(fresh);
    expect(isStale(stale)).toBe(true);
    expect(isStale(fresh)).toBe(false);
    expect(Object.isFrozen(stale)).toBe(true);
    expect(server.received).toHaveLength(1 + 3);
  });

  it('also after a timeout and after a 5xx', async () => {
    const client = createClient({ baseUrl: server.baseUrl, retries: 0, timeoutMs: 100 });
    await client.sites.list();
    server.handle(() => undefined);
    expect(isStale(await client.sites.list())).toBe(true);
    server.handle((_req, res) => problem(res, 500));
    expect(isStale(await client.sites.list())).toBe(true);
  });

  it('staleIfError: false throws instead', async () => {
    const client = createClient({ baseUrl: server.baseUrl, retries: 0 });
    await client.sites.list();
    server.handle((req) => req.socket.destroy());
    const error = await failure(client.sites.list(undefined, { staleIfError: false }));
    expect(error).toMatchObject({ kind: 'network' });
  });

  it('a 4xx is not covered by the cache', async () => {
    const client = createClient({ baseUrl: server.baseUrl, retries: 0 });
    await client.sites.list();
    server.handle((_req, res) => problem(res, 404));
    expect(await failure(client.sites.list())).toMatchObject({ status: 404 });
  });

  it('an abort is not covered by the cache', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    await client.sites.list();
    server.handle(() => undefined);
    const error = await failure(client.sites.list(undefined, { signal: AbortSignal.abort() }));
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('without a cached copy the error surfaces', async () => {
    server.handle((_req, res) => problem(res, 503));
    const client = createClient({ baseUrl: server.baseUrl, retries: 0 });
    expect(await failure(client.sites.list())).toMatchObject({ status: 503 });
  });
});

describe('cache building blocks', () => {
  it('LruCache drops the least recently used entry beyond its bound', () => {
    const cache = new LruCache(2);
    const entry = (n: number) => ({ etag: `"${n}"`, data: { n }, lifetimeMs: 0, expires: 0 });
    cache.set('a', entry(1));
    cache.set('b', entry(2));
    cache.get('a');
    cache.set('c', entry(3));
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.etag).toBe('"1"');
    cache.set('a', entry(4));
    expect(cache.get('a')?.etag).toBe('"4"');
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('the client cache holds at most cacheSize entries', async () => {
    const client = createClient({ baseUrl: server.baseUrl, cacheSize: 1 });
    await client.news.list({ limit: 1 });
    await client.news.list({ limit: 2 });
    await client.news.list({ limit: 1 });
    expect(server.received.map((r) => r.headers['if-none-match'])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('deepFreeze freezes nested objects and leaves primitives alone', () => {
    const value = deepFreeze({ a: [{ b: 1 }], c: null });
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(deepFreeze(3)).toBe(3);
  });

  it('staleCopy copies arrays and objects', () => {
    const list = staleCopy([1, 2]);
    expect(list).toEqual([1, 2]);
    expect(Array.isArray(list)).toBe(true);
    expect(isStale(list)).toBe(true);
    expect(isStale(staleCopy({ a: 1 }))).toBe(true);
  });
});
