/**
 * The SDK in a real browser against the real reference server, across origins: a page served
 * from one loopback origin imports the built SDK and calls the API on another origin, which
 * allows the page's origin (and only it) by CORS.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Sdk from '@portal-kit/sdk';
import { collectPageErrors, launchChromium } from '../support/chromium.js';
import { startDemo, type Demo } from '../support/demo.js';

const sdkDist = fileURLToPath(new URL('../../packages/sdk/dist/', import.meta.url));

interface Origin {
  server: Server;
  url: string;
}

let allowed: Origin;
let refused: Origin;
let demo: Demo;
let browser: Browser;

/** The test page: loads the built SDK as a module and exposes it as `window.portalSdk`. */
const PAGE = `<!doctype html><html lang="en"><title>SDK</title><h1>SDK</h1>
<script type="module">import * as sdk from '/sdk/index.js'; window.portalSdk = sdk;</script></html>`;

/** A page origin of its own: a blank page at `/` and the built SDK under `/sdk/`. */
function servePage(): Promise<Origin> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/sdk/') && !path.includes('..')) {
      readFile(join(sdkDist, path.slice('/sdk/'.length))).then(
        (body) => {
          response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
          response.end(body);
        },
        () => {
          response.writeHead(404);
          response.end();
        },
      );
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

beforeAll(async () => {
  [allowed, refused] = await Promise.all([servePage(), servePage()]);
  [demo, browser] = await Promise.all([
    startDemo({ corsOrigins: [allowed.url] }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await Promise.all(
    [allowed, refused].map((origin) => new Promise((resolve) => origin?.server.close(resolve))),
  );
});

async function openPage(
  origin: Origin = allowed,
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/')) requests.push(request.url());
  });
  await page.goto(`${origin.url}/`);
  await page.waitForFunction(() => 'portalSdk' in window);
  return { page, errors, requests };
}

describe('@portal-kit/sdk in Chromium, cross-origin', () => {
  it('lists news and sites, typed and localized, and walks pages', async () => {
    const { page, errors } = await openPage();
    const result = await page.evaluate(
      async ({ api }) => {
        const { createClient } = (window as unknown as { portalSdk: typeof Sdk }).portalSdk;
        const client = createClient({ baseUrl: api, lang: 'en' });
        const first = await client.news.list({ site: 'wms', limit: 5 });
        const second = await client.news.list({
          site: 'wms',
          limit: 5,
          cursor: first.nextCursor ?? undefined,
        });
        const sites = await client.sites.list({ kind: 'overseas' });
        return {
          first: first.items.map((item) => ({ id: item.id, lang: item.lang, site: item.site })),
          second: second.items.map((item) => item.id),
          overseas: sites.items.length,
        };
      },
      { api: demo.url },
    );
    expect(result.first).toHaveLength(5);
    expect(result.first.every((item) => item.lang === 'en' && item.site === 'wms')).toBe(true);
    expect(result.second).toHaveLength(5);
    expect(result.second.some((id) => result.first.some((item) => item.id === id))).toBe(false);
    expect(result.overseas).toBe(207);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shares one request between identical calls in flight', async () => {
    const { page, requests } = await openPage();
    const same = await page.evaluate(
      async ({ api }) => {
        const { createClient } = (window as unknown as { portalSdk: typeof Sdk }).portalSdk;
        const client = createClient({ baseUrl: api });
        const [a, b, c] = await Promise.all([
          client.news.list({ column: 'headlines', limit: 3 }),
          client.news.list({ column: 'headlines', limit: 3 }),
          client.news.list({ column: 'headlines', limit: 3 }),
        ]);
        return a === b && b === c && a.items.length === 3;
      },
      { api: demo.url },
    );
    expect(same).toBe(true);
    expect(requests.filter((url) => url.includes('column=headlines'))).toHaveLength(1);
    await page.close();
  });

  it('answers a repeat within max-age from its cache, with no request', async () => {
    const { page } = await openPage();
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/v1/sites')) statuses.push(response.status());
    });
    const equal = await page.evaluate(
      async ({ api }) => {
        const { createClient } = (window as unknown as { portalSdk: typeof Sdk }).portalSdk;
        const client = createClient({ baseUrl: api });
        const first = await client.sites.list({ kind: 'local' });
        const again = await client.sites.list({ kind: 'local' });
        return JSON.stringify(first) === JSON.stringify(again) && first.items.length === 32;
      },
      { api: demo.url },
    );
    expect(equal).toBe(true);
    // The sites are fresh for 300 s: the second call sends nothing (revalidation after max-age
    // and its 304 are checked, as the server sees them, in sdk-cors.test.ts).
    expect(statuses).toEqual([200]);
    await page.close();
  });

  it('reports HTTP errors with the problem details, and aborts', async () => {
    const { page } = await openPage();
    const outcome = await page.evaluate(
      async ({ api }) => {
        const { createClient, PortalHttpError } = (window as unknown as { portalSdk: typeof Sdk })
          .portalSdk;
        const client = createClient({ baseUrl: api });
        let missing: unknown;
        try {
          await client.news.get('no-such-item');
        } catch (error) {
          missing =
            error instanceof PortalHttpError
              ? { status: error.status, type: error.problem?.status }
              : String(error);
        }
        const controller = new AbortController();
        const pending = client.news.list({ limit: 50 }, { signal: controller.signal });
        controller.abort();
        const aborted = await pending.then(
          () => 'resolved',
          (error: unknown) => (error instanceof DOMException ? error.name : String(error)),
        );
        return { missing, aborted };
      },
      { api: demo.url },
    );
    expect(outcome.missing).toEqual({ status: 404, type: 404 });
    expect(outcome.aborted).toBe('AbortError');
    await page.close();
  });

  it('is refused by CORS from an origin not on the allow-list', async () => {
    const { page } = await openPage(refused);
    const kind = await page.evaluate(
      async ({ api }) => {
        const { createClient, isPortalError } = (window as unknown as { portalSdk: typeof Sdk })
          .portalSdk;
        const client = createClient({ baseUrl: api, retries: 0 });
        try {
          await client.sites.list();
          return 'answered';
        } catch (error) {
          return isPortalError(error) ? error.kind : String(error);
        }
      },
      { api: demo.url },
    );
    expect(kind).toBe('network');
    await page.close();
  });
});
