/**
 * End to end: the demo portal (reference server + embedded database + CDN bundle) serves the
 * local-window example, and a real Chromium shows the database's news in it.
 */
import type { Page as NewsPage, NewsItem } from '@portal-kit/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from '../support/chromium.js';
import { startDemo, type Demo } from '../support/demo.js';

let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Titles rendered in the n-th news feed's shadow DOM, once it has rendered its links. */
async function renderedTitles(page: Page, index: number): Promise<string[]> {
  const feed = page.locator('portal-news-feed').nth(index);
  await feed.locator('a[part~="link"]').first().waitFor({ timeout: 20_000 });
  return feed.locator('[part~="title"]').allTextContents();
}

describe('examples/local-window', () => {
  it('shows the news of the database, localized, with one script tag', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await page.goto(`${demo.url}/examples/local-window/`);
    const titles = await renderedTitles(page, 0);

    const api = await fetch(
      `${demo.url}/api/v1/news?site=guangdong&column=updates&lang=zh-CN&limit=8`,
    );
    const expected = (await api.json()) as NewsPage<NewsItem>;
    expect(expected.items.length).toBe(8);
    expect(titles.map((t) => t.trim())).toEqual(expected.items.map((item) => item.title));

    // Localized chrome: the column heading in Chinese, dates with the Chinese calendar format.
    const feed = page.locator('portal-news-feed').first();
    await expect(feed.locator('[part~="heading"]').textContent()).resolves.toContain('商务动态');
    const firstDate = await feed.locator('time').first().getAttribute('datetime');
    expect(firstDate).toBeTruthy();

    // One script tag: the bundle, its chunks and the API — nothing from elsewhere.
    expect(requests.every((url) => url.startsWith(demo.url))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the next page with "More" and keeps the earlier items', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/local-window/`);
    const first = await renderedTitles(page, 0);

    const feed = page.locator('portal-news-feed').first();
    await feed.locator('[part~="more-button"]').click();
    await expect
      .poll(async () => (await feed.locator('[part~="title"]').count()) > first.length, {
        timeout: 20_000,
      })
      .toBe(true);
    const all = (await feed.locator('[part~="title"]').allTextContents()).map((t) => t.trim());
    expect(all.slice(0, first.length)).toEqual(first.map((t) => t.trim()));
    expect(new Set(all).size).toBe(all.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes the page's own wording through registerStrings() from the loader", async () => {
    const page = await browser.newPage({ bypassCSP: true }); // the demo's CSP allows no inline script
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/local-window/`);
    await renderedTitles(page, 0);
    const heading = page.locator('portal-news-feed').first().locator('[part~="heading"]');
    // As the docs tell an editor: an inline module script importing from the loader.
    await page.addScriptTag({
      type: 'module',
      content: `import { registerStrings } from '/cdn/loader.js';
        registerStrings('zh-CN', 'news-feed', { columns: { updates: '广东商务动态' } });`,
    });
    await expect.poll(() => heading.textContent()).toContain('广东商务动态');
    expect(errors).toEqual([]);
    await page.close();
  });
});
