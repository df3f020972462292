/**
 * End to end: every example page of the demo portal renders the database's news in Chromium,
 * in the languages it declares, without a console error, and passes axe (shadow DOM included).
 */
import axe from 'axe-core';
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

/** Waits until every feed of the page shows its links; returns each feed's language and count. */
async function renderedFeeds(page: Page): Promise<{ lang: string; links: number }[]> {
  await page.waitForFunction(
    () => {
      const feeds = [...document.querySelectorAll('portal-news-feed')];
      return (
        feeds.length > 0 &&
        feeds.every((feed) => feed.shadowRoot?.querySelector('a[part~="link"]') !== null)
      );
    },
    undefined,
    { timeout: 20_000 },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('portal-news-feed')].map((feed) => {
      const base = feed.shadowRoot?.querySelector('[part~="base"]');
      return {
        lang: base?.getAttribute('lang') ?? '',
        links: feed.shadowRoot?.querySelectorAll('a[part~="link"]').length ?? 0,
      };
    }),
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

describe('examples', () => {
  it('the index links every example and the API', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // to inject axe
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/`);
    expect(new URL(page.url()).pathname).toBe('/examples/');
    const links = await page
      .locator('main a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const response = await fetch(href);
      expect(response.status, href).toBe(200);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the main site shows the three columns of all sites in Chinese and headlines in English', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // to inject axe
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/main-site/`);
    const feeds = await renderedFeeds(page);
    expect(feeds).toEqual([
      { lang: 'zh-CN', links: 6 },
      { lang: 'zh-CN', links: 6 },
      { lang: 'zh-CN', links: 6 },
      { lang: 'en', links: 4 },
    ]);
    const headings = await page.locator('portal-news-feed [part~="heading"]').allTextContents();
    expect(headings.map((h) => h.trim())).toEqual([
      '商务要闻',
      '商务动态',
      '商务简讯',
      'Headlines',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the local window page passes axe', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // to inject axe
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/local-window/`);
    await renderedFeeds(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
