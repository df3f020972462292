/**
 * End to end: the main site rendered on the server (`/examples/main-site/ssr.html`). Without
 * JavaScript, Chromium shows the masthead, the news and the policies from the declarative shadow
 * roots; with JavaScript, the elements hydrate without asking the API for anything and without a
 * pixel of difference; an element whose data failed on the server shows its error, then loads
 * again in the browser.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Ssr from '@portal-kit/elements/ssr';
import type { PageRenderer } from '@portal-kit/server';
import { collectPageErrors, launchChromium } from '../support/chromium.js';
import { startDemo, type Demo } from '../support/demo.js';

/** A page whose news feed fails on the server (its API answers 503 there), not in the browser. */
const FAILING_PAGE = `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>SSR error</title>
    <script type="module" src="/cdn/loader.js"></script></head>
  <body><main><portal-news-feed column="headlines" page-size="3"></portal-news-feed></main></body>
</html>`;

const failingPage: PageRenderer = async ({ url }) => {
  const { renderPage } = (await import(
    pathToFileURL(resolve('packages/elements/dist/ssr/index.js')).href
  )) as typeof Ssr;
  const unavailable = (() =>
    Promise.resolve(
      new Response('{"title":"Service Unavailable","status":503}', {
        status: 503,
        headers: { 'content-type': 'application/problem+json' },
      }),
    )) as typeof fetch;
  return renderPage(FAILING_PAGE, { url, fetch: unavailable });
};

let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  [demo, browser] = await Promise.all([
    startDemo({ renderedPages: { '/ssr-failing.html': failingPage } }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const VIEWPORT = { width: 1280, height: 900 };

function context(javaScriptEnabled: boolean): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled,
    viewport: VIEWPORT,
    locale: 'zh-CN', // the page's language: the switcher suggests no other one
    reducedMotion: 'reduce',
  });
}

/** The text of every element matching `selector` inside the shadow root of each `host`. */
function shadowTexts(page: Page, host: string, selector: string): Promise<string[]> {
  return page
    .locator(host)
    .locator(selector) // Playwright's CSS locators pierce open shadow roots
    .allTextContents()
    .then((texts) => texts.map((t) => t.trim()));
}

/** Waits until every portal-* element has hydrated and finished its update. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('*')].filter((e) =>
      e.localName.startsWith('portal-'),
    ) as (Element & { hasUpdated?: boolean; isUpdatePending?: boolean })[];
    return (
      elements.length > 0 &&
      elements.every(
        (e) => !e.hasAttribute('defer-hydration') && e.hasUpdated && !e.isUpdatePending,
      )
    );
  });
}

interface NewsPage {
  items: { title: string }[];
}

describe('server-side rendering', () => {
  it('loads the hydration support before LitElement: no chunk hydrate.js imports holds it', () => {
    const cdn = resolve('packages/elements/dist/cdn');
    const graph = JSON.parse(readFileSync(join(cdn, 'loader-chunks.json'), 'utf8')) as {
      files: Record<string, { imports: string[] }>;
      tags: Record<string, string>;
    };
    /** A file and every file it imports statically. */
    const closure = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const next of graph.files[file]?.imports ?? []) closure(next, seen);
      return seen;
    };
    // LitElement's module calls the hydration support's hook when it runs (the support itself
    // assigns it: `litElementHydrateSupport=`).
    const holdsLitElement = (file: string) =>
      readFileSync(join(cdn, file), 'utf8').includes('litElementHydrateSupport?.(');
    expect([...closure('hydrate.js')].filter(holdsLitElement)).toEqual([]);
    // The marker is there to find: a component's chunks hold LitElement.
    expect([...closure(graph.tags['portal-news-feed']!)].some(holdsLitElement)).toBe(true);
  });

  it('shows the masthead, the news and the policies with JavaScript disabled', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    const response = await page.goto(`${demo.url}/examples/main-site/ssr.html`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self' 'sha256-/);
    const headlines = (await (
      await fetch(`${demo.url}/api/v1/news?column=headlines&limit=6&lang=zh-CN`)
    ).json()) as NewsPage;
    const feeds = page.locator('portal-news-feed');
    expect(await feeds.count()).toBe(4);
    const firstFeed = await feeds
      .first()
      .locator('[part~="title"]')
      .allTextContents()
      .then((texts) => texts.map((t) => t.trim()));
    expect(firstFeed).toEqual(headlines.items.map((item) => item.title));
    // The English section renders in English.
    const english = await feeds.nth(3).locator('[part~="base"]').getAttribute('lang');
    expect(english).toBe('en');
    const policies = await shadowTexts(page, 'portal-policy-list', '[part~="title"]');
    expect(policies.length).toBe(8);
    expect(policies.every((t) => t.length > 0)).toBe(true);
    const names = await shadowTexts(page, 'portal-masthead', '[part~="names"]');
    expect(names.join(' ')).toContain('中华人民共和国商务部');
    const footer = await shadowTexts(page, 'portal-footer', 'a[part~="report-link"]');
    expect(footer).toHaveLength(1);
    await ctx.close();
  });

  it('renders in the language asked for, right to left for Arabic', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${demo.url}/examples/main-site/ssr.html?lang=ar`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const base = page.locator('portal-news-feed').first().locator('[part~="base"]');
    expect(await base.getAttribute('lang')).toBe('ar');
    expect(await base.getAttribute('dir')).toBe('rtl');
    await ctx.close();
  });

  it('hydrates with no API request and no pixel changed', async () => {
    const url = `${demo.url}/examples/main-site/ssr.html`;
    const still = await context(false);
    const before = await still.newPage();
    await before.goto(url);
    const expected = await before.screenshot({ fullPage: true, animations: 'disabled' });
    await still.close();

    const live = await context(true);
    const page = await live.newPage();
    const errors = collectPageErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(url);
    await hydrated(page);
    // Give a wrongly started load the time to show itself.
    await page.waitForTimeout(300);
    const actual = await page.screenshot({ fullPage: true, animations: 'disabled' });
    expect(requests.filter((path) => path.startsWith('/api/'))).toEqual([]);
    expect(requests).toContain('/cdn/hydrate.js');
    expect(Buffer.compare(actual, expected), 'the screenshots differ').toBe(0);
    expect(errors).toEqual([]);
    await live.close();
  });

  it('shows a load that failed on the server as failed, then loads it in the browser', async () => {
    const still = await context(false);
    const before = await still.newPage();
    await before.goto(`${demo.url}/ssr-failing.html`);
    expect(await before.locator('portal-news-feed [part~="error"]').count()).toBe(1);
    await still.close();

    const live = await context(true);
    const page = await live.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${demo.url}/ssr-failing.html`);
    await page.locator('portal-news-feed a[part~="link"]').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('portal-news-feed a[part~="link"]').count()).toBe(3);
    expect(requests).toContain('/api/v1/news');
    await live.close();
  });
});
