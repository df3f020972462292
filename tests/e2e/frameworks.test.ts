/**
 * End to end, as a subsite developer meets the kit: a React 19 app and a Vue 3 app
 * (tests/e2e/frameworks/), built with Vite from the packages' published entry points (`dist`,
 * as npm users get them), served from an origin of their own, talking to the reference server on
 * another. Both frameworks set PROPERTIES from string attributes, so `site="wms guangdong"` and
 * `languages="en zh-CN fr"` arrive as strings: the elements must read them as lists.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from '../support/chromium.js';
import { startDemo, type Demo } from '../support/demo.js';

const apps = ['react', 'vue'] as const;
const fixtures = fileURLToPath(new URL('./frameworks/', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'portal-kit-frameworks-'));

/** Serves a built app read-only on a loopback port. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

const served = new Map<string, { server: Server; origin: string }>();
let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  for (const app of apps) {
    const outDir = join(out, app);
    await build({
      root: join(fixtures, app),
      logLevel: 'silent',
      configFile: false,
      build: { outDir, emptyOutDir: true },
    });
    served.set(app, await serve(`${outDir}/`));
  }
  const origins = [...served.values()].map((s) => s.origin);
  [demo, browser] = await Promise.all([startDemo({ corsOrigins: origins }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  for (const { server } of served.values()) await new Promise((done) => server.close(done));
  rmSync(out, { recursive: true, force: true });
});

describe.each(apps)('a %s app', (app) => {
  it('reads string properties as lists and numbers, and shows the news of those sites', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    try {
      await page.addInitScript((api) => Object.assign(window, { API_BASE: api }), demo.url);
      await page.goto(served.get(app)!.origin);
      await page.waitForFunction(
        () =>
          document
            .querySelector('portal-news-feed')
            ?.shadowRoot?.querySelector('a[part~="link"], [part~="error"], [part~="empty"]'),
        undefined,
        { timeout: 20_000 },
      );
      const seen = await page.evaluate(() => {
        type Feed = HTMLElement & { site: string[]; pageSize: number; state: string };
        type Switcher = HTMLElement & { offered: readonly { code: string }[] };
        const feed = document.querySelector<Feed>('portal-news-feed')!;
        const switcher = document.querySelector<Switcher>('portal-language-switcher')!;
        const field = document.querySelector('portal-text-field')!;
        return {
          site: feed.site,
          pageSize: feed.pageSize,
          state: feed.state,
          titles: [...feed.shadowRoot!.querySelectorAll('[part~="title"]')].map(
            (title) => title.textContent?.trim() ?? '',
          ),
          offered: switcher.offered.map((language) => language.code),
          input: field.shadowRoot?.querySelector('input') !== null,
          label: field.shadowRoot?.querySelector('label')?.textContent?.trim() ?? '',
        };
      });
      expect(seen.site).toEqual(['wms', 'guangdong']);
      expect(seen.pageSize).toBe(5);
      expect(seen.state).toBe('ready');
      // The same five items the API gives for those sites, in English (the page's language).
      const api = await fetch(
        `${demo.url}/api/v1/news?column=updates&lang=en&limit=5&site=guangdong,wms`,
      );
      const expected = ((await api.json()) as { items: { title: string }[] }).items;
      expect(expected.length).toBeGreaterThan(0);
      expect(seen.titles).toEqual(expected.map((item) => item.title));
      expect(seen.offered).toEqual(['en', 'zh-CN', 'fr']);
      expect(seen.input).toBe(true);
      expect(seen.label).toContain('Email');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
