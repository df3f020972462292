/** Injectable fetch and the onRequest / onResponse hooks. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, PortalTimeoutError } from '../src/index.js';
import { json, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res) => json(res, { items: [] }, 200, { ETag: '"e"' }));
});
beforeEach(() => {
  server.received.length = 0;
});
afterAll(() => server.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('fetch injection', () => {
  it('calls the injected fetch with a Request', async () => {
    const seen: string[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await client.sites.list({ kind: 'main' });
    expect(seen).toEqual([`${server.baseUrl}/api/v1/sites?kind=main`]);
  });

  it('calls the default fetch unbound from the client (no "Illegal invocation")', async () => {
    const original = globalThis.fetch;
    const thisValues: unknown[] = [];
    globalThis.fetch = function (this: unknown, input, init) {
      thisValues.push(this);
      return original(input, init);
    };
    try {
      await createClient({ baseUrl: server.baseUrl }).sites.list();
    } finally {
      globalThis.fetch = original;
    }
    expect(thisValues).toEqual([undefined]);
  });

  it('a fetch that ignores its signal still times out', async () => {
    const client = createClient({
      baseUrl: server.baseUrl,
      retries: 0,
      timeoutMs: 50,
      fetch: () => new Promise<Response>(() => undefined),
    });
    expect(await failure(client.sites.list())).toBeInstanceOf(PortalTimeoutError);
  });
});

describe('hooks', () => {
  it('onRequest can add headers; onResponse sees every response', async () => {
    const statuses: number[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      onRequest: (request) => {
        const headers = new Headers(request.headers);
        headers.set('X-Trace', 't1');
        return new Request(request, { headers });
      },
      onResponse: (response) => {
        statuses.push(response.status);
      },
    });
    await client.sites.list();
    await client.sites.list();
    expect(server.received.map((r) => r.headers['x-trace'])).toEqual(['t1', 't1']);
    expect(statuses).toEqual([200, 200]);
  });

  it('onResponse can replace the response', async () => {
    const client = createClient({
      baseUrl: server.baseUrl,
      onResponse: async () => Response.json({ items: ['replaced'] }),
    });
    expect(await client.sites.list()).toEqual({ items: ['replaced'] });
  });

  it('an error thrown by a hook surfaces as is, not retried', async () => {
    const boom = new Error('hook failed');
    const client = createClient({
      baseUrl: server.baseUrl,
      onRequest: () => {
        throw boom;
      },
    });
    expect(await failure(client.sites.list())).toBe(boom);
    expect(server.received).toHaveLength(0);
  });

  it('a hook that hangs is bounded by the timeout, and aborts pass through it', async () => {
    const hang = () => new Promise<void>(() => undefined);
    const slow = createClient({
      baseUrl: server.baseUrl,
      retries: 0,
      timeoutMs: 50,
      onRequest: hang,
    });
    expect(await failure(slow.sites.list())).toBeInstanceOf(PortalTimeoutError);

    const controller = new AbortController();
    const promise = failure(slow.news.list({}, { signal: controller.signal, staleIfError: false }));
    controller.abort();
    expect(((await promise) as DOMException).name).toBe('AbortError');
  });
});
