/**
 * The SDK's GETs are CORS simple requests, and its caching follows HTTP, as the server sees it.
 * A page on one loopback origin uses the built SDK against the reference server on another
 * loopback port (whose CORS allow-list holds the page's origin), through a recording proxy that
 * logs every request the server receives: method, path, `If-None-Match` and the status answered.
 */
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as Sdk from '@portal-kit/sdk';
import { collectPageErrors, launchChromium } from '../support/chromium.js';
import { startDemo, type Demo } from '../support/demo.js';

const sdkDist = fileURLToPath(new URL('../../packages/sdk/dist/', import.meta.url));

/** One request as the server received it. */
interface Logged {
  method: string;
  path: string;
  ifNoneMatch: string | undefined;
  status: number;
}

/** The page's globals: the SDK, one client, and the client's clock skew (ms). */
interface PageGlobals {
  portalSdk: typeof Sdk;
  client: Sdk.PortalClient;
  skew: number;
}

const PAGE = `<!doctype html><html lang="en"><title>SDK CORS</title><h1>SDK CORS</h1>
<script type="module">import * as sdk from '/sdk/index.js'; window.portalSdk = sdk;</script></html>`;

let pageServer: Server;
let pageOrigin: string;
let proxy: Server;
let api: string;
let demo: Demo;
let browser: Browser;
const log: Logged[] = [];

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

/** The page origin: a blank page at `/` and the built SDK under `/sdk/`. */
function servePage(): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/sdk/') && !path.includes('..')) {
      readFile(join(sdkDist, path.slice('/sdk/'.length))).then(
        (body) => {
          res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
          res.end(body);
        },
        () => {
          res.writeHead(404);
          res.end();
        },
      );
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
}

/** Passes every request on to the server unchanged and logs it with the server's status. */
function recordingProxy(target: URL): Server {
  return createServer((req, res) => {
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        const ifNoneMatch = req.headers['if-none-match'];
        log.push({
          method: req.method ?? '',
          path: req.url ?? '',
          ifNoneMatch: Array.isArray(ifNoneMatch) ? ifNoneMatch.join() : ifNoneMatch,
          status: answer.statusCode ?? 0,
        });
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
}

beforeAll(async () => {
  pageServer = servePage();
  pageOrigin = await listen(pageServer);
  [demo, browser] = await Promise.all([startDemo({ corsOrigins: [pageOrigin] }), launchChromium()]);
  proxy = recordingProxy(new URL(demo.url));
  api = await listen(proxy);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await Promise.all(
    [pageServer, proxy].map((server) => new Promise((resolve) => server?.close(resolve))),
  );
});

beforeEach(() => {
  log.length = 0;
});

/** Opens the page with the SDK loaded and a client on `api` whose clock runs `skew` ms ahead. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${pageOrigin}/`);
  await page.waitForFunction(() => 'portalSdk' in window);
  await page.evaluate((baseUrl) => {
    const globals = window as unknown as PageGlobals;
    globals.skew = 0;
    globals.client = globals.portalSdk.createClient({
      baseUrl,
      now: () => Date.now() + globals.skew,
    });
  }, api);
  return { page, errors };
}

/** Reads news (max-age 30 s), one article (300 s) and the local sites (300 s) in the page. */
function readAll(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const { client } = window as unknown as PageGlobals;
    const news = await client.news.list({ site: 'wms', limit: 3 });
    const article = await client.news.get(news.items[0]?.id ?? 'none');
    const sites = await client.sites.list({ kind: 'local' });
    return JSON.stringify([news.items.map((item) => item.id), article.id, sites.items.length]);
  });
}

const byMethod = () =>
  log.reduce<Record<string, number>>((counts, { method }) => {
    counts[method] = (counts[method] ?? 0) + 1;
    return counts;
  }, {});

describe('@portal-kit/sdk across origins, as the server sees it', () => {
  it('sends simple GETs (no OPTIONS), nothing within max-age, and revalidates to 304s after it', async () => {
    const { page, errors } = await openPage();

    const first = await readAll(page);
    expect(byMethod()).toEqual({ GET: 3 });
    expect(log.map((entry) => entry.status)).toEqual([200, 200, 200]);
    expect(log.every((entry) => entry.ifNoneMatch === undefined)).toBe(true);

    // Within max-age: the client answers from its cache, the same objects, no request at all.
    const same = await page.evaluate(async () => {
      const { client } = window as unknown as PageGlobals;
      const a = await client.sites.list({ kind: 'local' });
      const b = await client.sites.list({ kind: 'local' });
      return a === b;
    });
    expect(await readAll(page)).toBe(first);
    expect(same).toBe(true);
    expect(log).toHaveLength(3);

    // Past every max-age (the client's clock moves 301 s on): each copy is revalidated. The
    // browser's HTTP cache sends its own If-None-Match and the server answers 304.
    await page.evaluate(() => {
      (window as unknown as PageGlobals).skew = 301_000;
    });
    expect(await readAll(page)).toBe(first);
    expect(byMethod()).toEqual({ GET: 6 });
    const revalidations = log.slice(3);
    expect(revalidations.map((entry) => entry.status)).toEqual([304, 304, 304]);
    expect(revalidations.every((entry) => entry.ifNoneMatch?.startsWith('"'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a new client on the page gets a repeat view within max-age from the HTTP cache', async () => {
    const { page } = await openPage();
    await readAll(page);
    expect(log).toHaveLength(3);
    // A second client (an empty SDK cache): the browser's HTTP cache answers, fresh.
    await page.evaluate(() => {
      const globals = window as unknown as PageGlobals;
      globals.client = globals.portalSdk.createClient({ baseUrl: globals.client.baseUrl });
    });
    await readAll(page);
    expect(log).toHaveLength(3);
    await page.close();
  });

  it('detects a preflight: a GET carrying If-None-Match from script is preceded by OPTIONS', async () => {
    const { page } = await openPage();
    const status = await page.evaluate(async (url) => {
      const response = await fetch(`${url}/api/v1/sites?kind=main`, {
        headers: { 'If-None-Match': '"x"' },
      });
      return response.status;
    }, api);
    expect(status).toBe(200);
    expect(byMethod()).toEqual({ OPTIONS: 1, GET: 1 });
    await page.close();
  });

  it('lets a JSON write with an Idempotency-Key through CORS (preflighted, sent once)', async () => {
    const { page } = await openPage();
    const outcome = await page.evaluate(async () => {
      const { client, portalSdk } = window as unknown as PageGlobals;
      try {
        await client.request('POST', '/news', { body: { title: 'x' }, idempotent: true });
        return 'sent';
      } catch (error) {
        return error instanceof portalSdk.PortalHttpError ? error.status : String(error);
      }
    });
    // The server has no write routes yet: its 405 arrives, which CORS would have hidden.
    expect(outcome).toBe(405);
    expect(log.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      'OPTIONS /api/v1/news',
      'POST /api/v1/news',
    ]);
    await page.close();
  });
});
