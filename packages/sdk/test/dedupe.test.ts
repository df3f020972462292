/** Identical GETs in flight share one request; each caller may abort on its own. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';
import { InFlight } from '../src/client/dedupe.js';
import { json, startServer, type TestServer } from './server.js';
import type { ServerResponse } from 'node:http';

let server: TestServer;
/** Responses held back until the test releases them. */
let held: ServerResponse[] = [];
beforeAll(async () => {
  server = await startServer(() => undefined);
});
beforeEach(() => {
  server.received.length = 0;
  server.aborted.length = 0;
  held = [];
  server.handle((_req, res) => held.push(res));
});
afterAll(() => server.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );
const release = (body: unknown) => held.splice(0).forEach((res) => json(res, body));

describe('in-flight dedupe', () => {
  it('two identical calls → one request, the same frozen result', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    const a = client.news.list({ site: ['b', 'a'], limit: 3 });
    const b = client.news.list({ limit: 3, site: ['a', 'b'] });
    await expect.poll(() => held.length).toBe(1);
    release({ items: [], nextCursor: null });
    const [pa, pb] = await Promise.all([a, b]);
    expect(pa).toBe(pb);
    expect(Object.isFrozen(pa)).toBe(true);
    expect(server.received).toHaveLength(1);
  });

  it('different queries are not shared', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    const a = client.news.list({ limit: 3 });
    const b = client.news.list({ limit: 4 });
    await expect.poll(() => held.length).toBe(2);
    release({ items: [], nextCursor: null });
    await Promise.all([a, b]);
    expect(server.received).toHaveLength(2);
  });

  it('calls with the client Accept-Language header share one request', async () => {
    const de = createClient({ baseUrl: server.baseUrl, headers: { 'Accept-Language': 'de' } });
    const a = de.sites.list();
    const b = de.sites.list();
    await expect.poll(() => held.length).toBe(1);
    release({ items: [] });
    await Promise.all([a, b]);
    expect(server.received).toHaveLength(1);
  });

  it('aborting one caller leaves the other one its answer', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    const controller = new AbortController();
    const a = failure(client.sites.list(undefined, { signal: controller.signal }));
    const b = client.sites.list();
    await expect.poll(() => held.length).toBe(1);
    controller.abort();
    expect(((await a) as DOMException).name).toBe('AbortError');
    release({ items: [{ id: 'main' }] });
    expect(await b).toEqual({ items: [{ id: 'main' }] });
    expect(server.received).toHaveLength(1);
    expect(server.aborted).toHaveLength(0);
  });

  it('aborting every caller aborts the request', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    const one = new AbortController();
    const two = new AbortController();
    const a = failure(client.sites.list(undefined, { signal: one.signal }));
    const b = failure(client.sites.list(undefined, { signal: two.signal }));
    await expect.poll(() => held.length).toBe(1);
    one.abort();
    two.abort(new Error('second'));
    expect(((await a) as DOMException).name).toBe('AbortError');
    expect(((await b) as Error).message).toBe('second');
    await expect.poll(() => server.aborted.length).toBe(1);

    // The next identical call starts afresh.
    const c = client.sites.list();
    await expect.poll(() => server.received.length).toBe(2);
    release({ items: [] });
    expect(await c).toEqual({ items: [] });
  });

  it('a caller joining after the request settled sends a new one', async () => {
    const client = createClient({ baseUrl: server.baseUrl, cache: false });
    const a = client.sites.list();
    await expect.poll(() => held.length).toBe(1);
    release({ items: [] });
    await a;
    const b = client.sites.list();
    await expect.poll(() => held.length).toBe(1);
    release({ items: [] });
    await b;
    expect(server.received).toHaveLength(2);
  });

  it('shares failures too', async () => {
    server.handle((_req, res) => held.push(res));
    const client = createClient({ baseUrl: server.baseUrl, retries: 0, cache: false });
    const a = failure(client.sites.list());
    const b = failure(client.sites.list());
    await expect.poll(() => held.length).toBe(1);
    held.splice(0).forEach((res) => {
      res.writeHead(404);
      res.end();
    });
    const [ea, eb] = await Promise.all([a, b]);
    expect(ea).toBe(eb);
    expect(ea).toMatchObject({ status: 404 });
  });
});

describe('InFlight', () => {
  it('forgets a key once its request settles', async () => {
    const inFlight = new InFlight();
    let finish: (value: string) => void = () => undefined;
    const p = inFlight.run('k', undefined, () => new Promise<string>((r) => (finish = r)));
    expect(inFlight.size).toBe(1);
    finish('done');
    expect(await p).toBe('done');
    expect(inFlight.size).toBe(0);
  });
});
