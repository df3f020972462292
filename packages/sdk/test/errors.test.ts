/** The error model: network, timeout, HTTP (with and without problem details), bad bodies. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  isPortalError,
  PortalError,
  PortalHttpError,
  PortalNetworkError,
  PortalTimeoutError,
} from '../src/index.js';
import { closedPort, json, problem, startServer, type Handler, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res) => json(res, {}));
});
afterAll(() => server.close());

/** A client for the test server answering with `handler`, without retries. */
function clientFor(handler: Handler, extra: object = {}) {
  server.handle(handler);
  return createClient({ baseUrl: server.baseUrl, retries: 0, ...extra });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('error model', () => {
  it('a closed port gives a PortalNetworkError with the cause', async () => {
    const port = await closedPort();
    const client = createClient({ baseUrl: `http://127.0.0.1:${port}`, retries: 0 });
    const error = await failure(client.sites.list());
    expect(error).toBeInstanceOf(PortalNetworkError);
    expect(error).toBeInstanceOf(PortalError);
    expect(isPortalError(error)).toBe(true);
    const network = error as PortalNetworkError;
    expect(network.kind).toBe('network');
    expect(network.name).toBe('PortalNetworkError');
    expect(network.url).toBe(`http://127.0.0.1:${port}/api/v1/sites`);
    expect(network.cause).toBeInstanceOf(TypeError);
  });

  it('a server that never answers gives a PortalTimeoutError', async () => {
    const client = clientFor(() => undefined, { timeoutMs: 100 });
    const started = Date.now();
    const error = await failure(client.sites.list());
    expect(error).toBeInstanceOf(PortalTimeoutError);
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a body that stalls after the headers also times out', async () => {
    const client = clientFor(
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"items":');
      },
      { timeoutMs: 150 },
    );
    expect(await failure(client.sites.list())).toBeInstanceOf(PortalTimeoutError);
  });

  it('a 400 problem+json is parsed into `problem`', async () => {
    const errors = [{ param: 'site', message: 'unknown site' }];
    const client = clientFor((_req, res) => problem(res, 400, { title: 'Bad request', errors }));
    const error = await failure(client.news.list({ site: 'nope' }));
    expect(error).toBeInstanceOf(PortalHttpError);
    const http = error as PortalHttpError;
    expect(http.kind).toBe('http');
    expect(http.status).toBe(400);
    expect(http.problem).toEqual({
      type: 'about:blank',
      title: 'Bad request',
      status: 400,
      errors,
    });
    expect(http.message).toBe('HTTP 400: Bad request');
    expect(http.retryAfterMs).toBeNull();
  });

  it('a 404 problem with detail puts it in the message', async () => {
    const client = clientFor((_req, res) =>
      problem(res, 404, { title: 'Not found', detail: 'No news item x' }),
    );
    const error = await failure(client.news.get('x'));
    expect(error).toMatchObject({ status: 404, message: 'HTTP 404: Not found — No news item x' });
  });

  it('a 500 with a non-problem body has `problem: null`', async () => {
    const client = clientFor((_req, res) => {
      res.writeHead(500, { 'Content-Type': 'text/html' });
      res.end('<h1>oops</h1>');
    });
    const error = await failure(client.sites.list());
    expect(error).toBeInstanceOf(PortalHttpError);
    expect(error).toMatchObject({ status: 500, problem: null, message: 'HTTP 500' });
  });

  it('a malformed problem body still gives the status', async () => {
    const client = clientFor((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/problem+json' });
      res.end('{not json');
    });
    expect(await failure(client.sites.list())).toMatchObject({ status: 400, problem: null });
  });

  it('a problem body that is not an object is ignored', async () => {
    const client = clientFor((_req, res) => {
      res.writeHead(422, { 'Content-Type': 'application/problem+json; charset=utf-8' });
      res.end('["x"]');
    });
    expect(await failure(client.sites.list())).toMatchObject({ status: 422, problem: null });
  });

  it('a 200 whose body is not JSON is a PortalHttpError', async () => {
    const client = clientFor((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>captive portal</html>');
    });
    const error = await failure(client.sites.list());
    expect(error).toMatchObject({ kind: 'http', status: 200, problem: null });
    expect((error as Error).message).toMatch(/not JSON/);
  });

  it('a 304 to a request that sent no ETag is an error', async () => {
    const client = clientFor((_req, res) => {
      res.writeHead(304);
      res.end();
    });
    expect(await failure(client.sites.list())).toMatchObject({ kind: 'http', status: 304 });
  });

  it('isPortalError is false for other errors', () => {
    expect(isPortalError(new Error('x'))).toBe(false);
    expect(isPortalError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isPortalError(null)).toBe(false);
  });
});

describe('abort', () => {
  it('rejects with the signal reason, unwrapped, and closes the connection', async () => {
    const client = clientFor(() => undefined);
    const controller = new AbortController();
    const promise = failure(client.sites.list(undefined, { signal: controller.signal }));
    await expect.poll(() => server.received.length).toBeGreaterThan(0);
    const before = server.aborted.length;
    controller.abort();
    const error = await promise;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(isPortalError(error)).toBe(false);
    await expect.poll(() => server.aborted.length).toBe(before + 1);
  });

  it('a custom reason comes back as is', async () => {
    const client = clientFor(() => undefined);
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const promise = failure(client.sites.list(undefined, { signal: controller.signal }));
    controller.abort(reason);
    expect(await promise).toBe(reason);
  });

  it('an already aborted signal sends nothing', async () => {
    const client = clientFor((_req, res) => json(res, {}));
    const count = server.received.length;
    const error = await failure(client.sites.list(undefined, { signal: AbortSignal.abort() }));
    expect((error as DOMException).name).toBe('AbortError');
    expect(server.received.length).toBe(count);
  });
});
