/** Retries: which failures are retried, how often, how long the client waits, GETs only. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  PortalHttpError,
  PortalTimeoutError,
  PortalValidationError,
} from '../src/index.js';
import {
  backoff,
  parseRetryAfter,
  retryDelay,
  sleep,
  type RetryPolicy,
} from '../src/client/retry.js';
import { send, sendOnce } from '../src/client/transport.js';
import { json, problem, startServer, type Handler, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res) => json(res, {}));
});
beforeEach(() => {
  server.received.length = 0;
});
afterAll(() => server.close());

function clientFor(handler: Handler, extra: object = {}) {
  server.handle(handler);
  return createClient({ baseUrl: server.baseUrl, retryDelayMs: 0, ...extra });
}

/** Answers with the statuses in order (problem bodies), then 200 `{ items: [] }`. */
const statuses =
  (...codes: number[]): Handler =>
  (_req, res, n) => {
    const code = codes[n];
    if (code === undefined) json(res, { items: [] });
    else problem(res, code);
  };

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('retries over HTTP', () => {
  it('503, 503, 200 → one result after 3 requests', async () => {
    const client = clientFor(statuses(503, 503));
    expect(await client.sites.list()).toEqual({ items: [] });
    expect(server.received).toHaveLength(3);
  });

  it.each([502, 504])('%i is retried', async (code) => {
    await clientFor(statuses(code)).sites.list();
    expect(server.received).toHaveLength(2);
  });

  it('gives up after `retries` extra attempts with the last error', async () => {
    const error = await failure(clientFor(statuses(503, 503, 502)).sites.list());
    expect(error).toMatchObject({ status: 502 });
    expect(server.received).toHaveLength(3);
  });

  it('retries: 0 sends once', async () => {
    await failure(clientFor(statuses(503), { retries: 0 }).sites.list());
    expect(server.received).toHaveLength(1);
  });

  it.each([400, 401, 403, 404, 409, 500])('%i is not retried', async (code) => {
    const error = await failure(clientFor(statuses(code)).sites.list());
    expect(error).toBeInstanceOf(PortalHttpError);
    expect(server.received).toHaveLength(1);
  });

  it('429 waits for Retry-After (seconds) then retries', async () => {
    const client = clientFor((_req, res, n) => {
      if (n === 0) {
        res.writeHead(429, { 'Retry-After': '1' });
        res.end();
      } else json(res, { items: [] });
    });
    const started = Date.now();
    await client.sites.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.received).toHaveLength(2);
  });

  it('429 with a Retry-After date in the past retries at once', async () => {
    const client = clientFor((_req, res, n) => {
      if (n === 0) {
        res.writeHead(429, { 'Retry-After': new Date(Date.now() - 60_000).toUTCString() });
        res.end();
      } else json(res, { items: [] });
    });
    await client.sites.list();
    expect(server.received).toHaveLength(2);
  });

  it('a Retry-After beyond maxRetryAfterMs is not waited for', async () => {
    const client = clientFor(
      (_req, res) => {
        res.writeHead(503, { 'Retry-After': '120' });
        res.end();
      },
      { maxRetryAfterMs: 5000 },
    );
    const error = await failure(client.sites.list());
    expect(error).toMatchObject({ status: 503, retryAfterMs: 120_000 });
    expect(server.received).toHaveLength(1);
  });

  it('a timeout is retried', async () => {
    const client = clientFor(
      (_req, res, n) => {
        if (n > 0) json(res, { items: [] });
      },
      { timeoutMs: 100 },
    );
    expect(await client.sites.list()).toEqual({ items: [] });
    expect(server.received).toHaveLength(2);
  });

  it('a timeout on every attempt ends with PortalTimeoutError', async () => {
    const error = await failure(clientFor(() => undefined, { timeoutMs: 50 }).sites.list());
    expect(error).toBeInstanceOf(PortalTimeoutError);
    expect(server.received).toHaveLength(3);
  });

  it('an abort is not retried, even during the backoff', async () => {
    const client = clientFor(statuses(503, 503), { retryDelayMs: 10_000 });
    const controller = new AbortController();
    const promise = failure(client.sites.list(undefined, { signal: controller.signal }));
    await expect.poll(() => server.received.length).toBe(1);
    controller.abort();
    expect(((await promise) as DOMException).name).toBe('AbortError');
    expect(server.received).toHaveLength(1);
  });

  it('a POST through the same core is never retried', async () => {
    server.handle(statuses(503, 503));
    const policy: RetryPolicy = { retries: 2, baseDelayMs: 0, maxRetryAfterMs: 0, random: () => 0 };
    const transport = {
      fetch: () => fetch,
      timeoutMs: 1000,
      retry: policy,
      onRequest: undefined,
      onResponse: undefined,
    };
    const request = {
      method: 'POST',
      url: `${server.baseUrl}/x`,
      headers: new Headers(),
      repeatable: false,
    };
    const error = await failure(send(transport, request, new AbortController().signal));
    expect(error).toMatchObject({ status: 503 });
    expect(server.received.map((r) => r.method)).toEqual(['POST']);
  });
});

describe('retry policy', () => {
  const policy: RetryPolicy = {
    retries: 3,
    baseDelayMs: 100,
    maxRetryAfterMs: 1000,
    random: () => 0.5,
  };
  const http = (status: number) => new PortalHttpError('u', status, null);

  it('backs off exponentially with jitter between half and all of the ceiling', () => {
    expect([0, 1, 2].map((n) => backoff(policy, n))).toEqual([75, 150, 300]);
    expect(backoff({ ...policy, random: () => 0 }, 2)).toBe(200);
    expect(backoff({ ...policy, random: () => 0.999999 }, 2)).toBe(400);
    expect(backoff({ ...policy, baseDelayMs: 0 }, 5)).toBe(0);
  });

  it('decides per failure', () => {
    const none = { retryAfterMs: null };
    expect(retryDelay(policy, true, 0, { error: http(503), ...none })).toBe(75);
    expect(retryDelay(policy, true, 0, { error: http(429), retryAfterMs: 500 })).toBe(500);
    expect(retryDelay(policy, true, 0, { error: http(429), retryAfterMs: 5000 })).toBeNull();
    expect(retryDelay(policy, true, 0, { error: http(429), ...none })).toBe(75);
    expect(retryDelay(policy, true, 0, { error: http(404), ...none })).toBeNull();
    expect(retryDelay(policy, true, 3, { error: http(503), ...none })).toBeNull();
    expect(retryDelay(policy, false, 0, { error: http(503), ...none })).toBeNull();
    expect(retryDelay(policy, true, 0, { error: new Error('hook'), ...none })).toBeNull();
    const timeout = new PortalTimeoutError('u', 5);
    expect(retryDelay(policy, true, 1, { error: timeout, ...none })).toBe(150);
    const invalid = new PortalValidationError('limit', 'bad');
    expect(retryDelay(policy, true, 0, { error: invalid, ...none })).toBeNull();
    expect(
      retryDelay(policy, true, 0, { error: new DOMException('a', 'AbortError'), ...none }),
    ).toBeNull();
  });

  it('parses Retry-After', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter(' 3 ')).toBe(3000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter('-1')).toBeNull();
  });

  it('sleep and sendOnce reject at once with an already aborted signal', async () => {
    const reason = new Error('gone');
    const signal = AbortSignal.abort(reason);
    await expect(sleep(10_000, signal)).rejects.toBe(reason);
    const transport = {
      fetch: () => fetch,
      timeoutMs: 1000,
      retry: policy,
      onRequest: undefined,
      onResponse: undefined,
    };
    const request = {
      method: 'GET',
      url: 'http://127.0.0.1:1/',
      headers: new Headers(),
      repeatable: true,
    };
    await expect(sendOnce(transport, request, signal)).rejects.toBe(reason);
  });
});
