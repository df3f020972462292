/**
 * End to end: the CDN loader on a page of another origin. A plain "CMS" page on one loopback
 * origin holds one script tag naming the demo's `/cdn/loader.js` (another loopback origin) and
 * `portal-*` tags; the loader defines them from the demo's chunks. What the page downloads is
 * read from Chromium's requests and compared with the build's chunk graph (loader-chunks.json).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFiles, type LoaderGraph } from '../../scripts/lib/loader-entry.mjs';
import { collectPageErrors, launchChromium } from '../support/chromium.js';
import { startDemo, type Demo } from '../support/demo.js';

const graph = JSON.parse(
  readFileSync(
    new URL('../../packages/elements/dist/cdn/loader-chunks.json', import.meta.url),
    'utf8',
  ),
) as LoaderGraph;

let cms: Server;
/** The CMS page's origin, allowed by the demo API's CORS list. */
let cmsOrigin: string;
/** The same CMS server under another host name: an origin the API does not allow. */
let otherOrigin: string;
let demo: Demo;
let browser: Browser;

/** A CMS page: `lang`, the loader from the demo and `body` (the demo's API as `{api}`). */
function cmsPage(lang: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>CMS</title><link rel="icon" href="data:,">
<script type="module" src="${demo.url}/cdn/loader.js"></script></head>
<body><main>${body.replaceAll('{api}', demo.url)}</main></body></html>`;
}

const PAGES: Record<string, [lang: string, body: string]> = {
  '/one': ['zh-CN', '<portal-news-feed api-base="{api}" column="headlines"></portal-news-feed>'],
  '/twice': [
    'zh-CN',
    `<portal-news-feed api-base="{api}" column="headlines"></portal-news-feed>
     <portal-news-feed api-base="{api}" column="updates"></portal-news-feed>
     <portal-nowhere></portal-nowhere><portal-nowhere></portal-nowhere>`,
  ],
  '/ar': ['ar', '<portal-news-feed api-base="{api}" column="headlines"></portal-news-feed>'],
};

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
  });
}

beforeAll(async () => {
  cms = createServer((req, res) => {
    const page = PAGES[new URL(req.url ?? '/', 'http://cms').pathname];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(cmsPage(...page));
  });
  const port = await listen(cms, '127.0.0.1');
  cmsOrigin = `http://127.0.0.1:${port}`;
  otherOrigin = `http://localhost:${port}`;
  [demo, browser] = await Promise.all([startDemo({ corsOrigins: [cmsOrigin] }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await new Promise((resolve) => cms?.close(resolve));
});

/** Opens `url` recording the JavaScript files it downloads from the demo's CDN folder. */
async function open(url: string): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    const { origin, pathname } = new URL(request.url());
    if (origin === demo.url && pathname.startsWith('/cdn/') && pathname.endsWith('.js')) {
      scripts.push(pathname.slice('/cdn/'.length));
    }
  });
  await page.goto(url);
  return { page, scripts, errors };
}

/** The titles every feed of the page shows, once each shows its links. */
async function feedTitles(page: Page): Promise<string[][]> {
  await page.waitForFunction(
    () => {
      const feeds = [...document.querySelectorAll('portal-news-feed')];
      return feeds.length > 0 && feeds.every((f) => f.shadowRoot?.querySelector('a[part~="link"]'));
    },
    undefined,
    { timeout: 15_000 },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('portal-news-feed')].map((feed) =>
      [...(feed.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].map(
        (title) => title.textContent?.trim() ?? '',
      ),
    ),
  );
}

describe('the loader on a page of another origin', () => {
  it('renders the seeded news and downloads only the loader, the runtime, the feed and its language', async () => {
    const { page, scripts, errors } = await open(`${cmsOrigin}/one`);
    const [titles] = await feedTitles(page);
    const api = (await (
      await fetch(`${demo.url}/api/v1/news?column=headlines&limit=1`)
    ).json()) as { items: { title: string }[] };
    expect(api.items.length).toBe(1);
    expect(titles?.[0]).toBe(api.items[0]?.title);

    expect([...scripts].sort()).toEqual(pageFiles(graph, ['portal-news-feed'], ['zh-CN']));
    expect(new Set(scripts).size).toBe(scripts.length); // each file once
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads a tag used twice once, defines elements added later, and warns once for an unknown tag', async () => {
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const errors = collectPageErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/cdn/') && pathname.endsWith('.js')) scripts.push(pathname);
    });
    await page.goto(`${cmsOrigin}/twice`);
    const titles = await feedTitles(page);
    expect(titles).toHaveLength(2);
    const feedChunk = `/cdn/${graph.tags['portal-news-feed']}`;
    expect(scripts.filter((path) => path === feedChunk)).toHaveLength(1);
    expect(warnings.filter((text) => text.includes('<portal-nowhere>'))).toHaveLength(1);

    // Added after load: one in the page, one in the light DOM of a defined element.
    await page.evaluate((api) => {
      const list = document.createElement('portal-policy-list');
      list.setAttribute('api-base', api);
      document.querySelector('main')?.append(list);
      const feed = document.querySelector('portal-news-feed');
      feed?.append(document.createElement('portal-language-switcher'));
    }, demo.url);
    await page.waitForFunction(
      () =>
        customElements.get('portal-policy-list') !== undefined &&
        customElements.get('portal-language-switcher') !== undefined,
      undefined,
      { timeout: 10_000 },
    );
    expect(scripts).toContain(`/cdn/${graph.tags['portal-policy-list']}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page in Arabic loads the Arabic strings, not the Chinese', async () => {
    const { page, scripts, errors } = await open(`${cmsOrigin}/ar`);
    await feedTitles(page);
    expect(scripts).toContain(graph.strings.ar);
    expect(scripts).not.toContain(graph.strings['zh-CN']);
    expect([...scripts].sort()).toEqual(pageFiles(graph, ['portal-news-feed'], ['ar']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an API that does not allow the page origin shows the error state, and nothing crashes', async () => {
    const page = await browser.newPage();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    await page.goto(`${otherOrigin}/one`);
    const error = page.locator('portal-news-feed [part~="error"]');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.getAttribute('role')).toBe('alert');
    expect(crashes).toEqual([]);
    await page.close();
  });
});
