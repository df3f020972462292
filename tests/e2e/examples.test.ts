/**
 * End to end: every example page of the demo portal renders the database's news in Chromium,
 * in the languages it declares, without a console error, and passes axe (shadow DOM included).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, collectPageErrors, launchChromium } from '../support/chromium.js';
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
        // Not yet defined (the loader imports each tag's chunk): no shadow root, no link.
        feeds.every((feed) => Boolean(feed.shadowRoot?.querySelector('a[part~="link"]')))
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

  it('the main site switches to English and Arabic in place with the language switcher', async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    // The strings chunks (`chunks/strings-<lang>-<hash>.js`, one per language) downloaded.
    const stringLanguages = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      const chunk = /\/cdn\/chunks\/strings-(.+)-[\w-]{8}\.js$/.exec(path);
      if (chunk) stringLanguages.add(chunk[1]!);
    });
    const loaded = () => [...stringLanguages].sort();
    await page.goto(`${demo.url}/examples/main-site/`);
    await renderedFeeds(page);
    // Only the languages the page shows: Chinese, and English for its English section.
    expect(loaded()).toEqual(['en', 'zh-CN']);
    // The three columns' Chinese titles (the English section's feed is English already).
    const columnTitles = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('portal-news-feed')]
          .slice(0, 3)
          .flatMap((feed) =>
            [...(feed.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].map(
              (title) => title.textContent ?? '',
            ),
          ),
      );
    const firstTitles = await columnTitles();
    expect(firstTitles).toHaveLength(18);
    const switcher = page.locator('portal-language-switcher');
    const button = switcher.locator('[part~="button"]');
    await expect.poll(() => button.textContent()).toContain('简体中文');
    // A first visit from a Chinese browser on a Chinese page: nothing to propose.
    expect(await switcher.locator('[part~="suggestion"]').count()).toBe(0);

    // Keyboard: focus the button, open with Enter, reach English with Tab, choose with Enter.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    const english = switcher.locator('[part~="option"][lang="en"]');
    while (!(await english.evaluate((el) => el.matches(':focus'))))
      await page.keyboard.press('Tab');
    const pageLoads: string[] = [];
    page.on('framenavigated', (frame) => pageLoads.push(frame.url()));
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const headings = () =>
      page
        .locator('portal-news-feed [part~="heading"]')
        .allTextContents()
        .then((all) => all.map((h) => h.trim()));
    await expect.poll(headings).toEqual(['Headlines', 'Updates', 'Briefs', 'Headlines']);
    const feeds = await renderedFeeds(page);
    expect(feeds.map((f) => f.lang)).toEqual(['en', 'en', 'en', 'en']);
    // The feeds asked the database again, in English: other titles than the Chinese ones.
    await expect
      .poll(async () => {
        const titles = await columnTitles();
        return titles.length === 18 && titles.every((t) => !firstTitles.includes(t));
      })
      .toBe(true);
    expect(pageLoads, 'switched without reload').toEqual([]);
    expect(loaded(), 'English was loaded already').toEqual(['en', 'zh-CN']);
    expect(await button.evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('portal-kit:language'))).toBe('en');
    expect(await axeViolations(page)).toEqual([]);

    // Arabic: the page turns right to left; the English section keeps its own language.
    await button.click();
    await switcher.locator('[part~="option"][lang="ar"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('portal-news-feed')].map((feed) => {
            const base = feed.shadowRoot?.querySelector('[part~="base"]');
            return base ? `${base.getAttribute('lang')} ${getComputedStyle(base).direction}` : '';
          }),
        ),
      )
      .toEqual(['ar rtl', 'ar rtl', 'ar rtl', 'en ltr']);
    expect(loaded(), 'Arabic strings downloaded when shown, no other').toEqual([
      'ar',
      'en',
      'zh-CN',
    ]);

    // The choice is remembered: a reload comes back in Arabic.
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the main site proposes the language of a French browser, in French', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/main-site/`);
    const suggestion = page.locator('portal-language-switcher [part~="suggestion"]');
    await expect.poll(() => suggestion.getAttribute('lang')).toBe('fr');
    expect(await suggestion.textContent()).toContain('Français');
    // Proposed, not switched: the page stays Chinese until the reader accepts.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await suggestion.locator('[part~="switch-button"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await suggestion.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the overseas office page shows the office's news in French, in its own words, and in Chinese on demand", async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'fr-FR' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/overseas-office/`);
    const feeds = await renderedFeeds(page);
    expect(feeds.map((f) => f.lang)).toEqual(['fr', 'fr']);

    const titlesOf = (index: number) =>
      page
        .locator('portal-news-feed')
        .nth(index)
        .locator('[part~="title"]')
        .allTextContents()
        .then((all) => all.map((t) => t.trim()));
    const apiTitles = async (query: string) => {
      const response = await fetch(`${demo.url}/api/v1/news?${query}&limit=5`);
      const body = (await response.json()) as { items: { title: string }[] };
      return body.items.map((item) => item.title);
    };
    const officeFr = await apiTitles('site=fr&lang=fr');
    expect(officeFr.length, 'the office publishes in French').toBeGreaterThan(0);
    expect(await titlesOf(0)).toEqual(officeFr);
    expect(await titlesOf(1)).toEqual(await apiTitles('site=main&column=headlines&lang=fr'));

    const heading = (index: number) =>
      page.locator('portal-news-feed').nth(index).locator('[part~="heading"]').textContent();
    // office.js: the office's wording through registerStrings(); the kit's for the other feed.
    expect((await heading(0))?.trim()).toBe('Actualités du bureau');
    expect((await heading(1))?.trim()).toBe('À la une');
    expect(await axeViolations(page)).toEqual([]);

    const switcher = page.locator('portal-language-switcher');
    await switcher.locator('[part~="button"]').click();
    await switcher.locator('[part~="option"][lang="zh-CN"]').click();
    await expect.poll(async () => (await heading(0))?.trim()).toBe('经商处动态');
    const officeZh = await apiTitles('site=fr&lang=zh-CN');
    await expect.poll(() => titlesOf(0)).toEqual(officeZh);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['main-site/', 'main'],
    ['main-site/lookup.html', 'main'],
    ['main-site/messages.html', 'main'],
    ['main-site/staff.html', 'main'],
    ['main-site/document.html?id=mofcom-order-2004-14', 'main'],
    ['local-window/', 'guangdong'],
    ['overseas-office/', 'fr'],
  ])(
    '%s shows the masthead and footer of its site record; the first Tab lands on the skip link',
    async (path, site) => {
      const page = await browser.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${demo.url}/examples/${path}`);
      await page.waitForFunction(
        () =>
          ['portal-masthead', 'portal-footer'].every(
            (tag) => (document.querySelector(tag) as { state?: string } | null)?.state === 'ready',
          ),
        undefined,
        { timeout: 20_000 },
      );
      const masthead = page.locator('portal-masthead');
      expect(await masthead.getAttribute('site')).toBe(site);
      expect(await masthead.locator('[part~="ministry"]').textContent()).not.toBe('');
      const code = await page.locator('portal-footer [part~="site-code"]').textContent();
      const record = (await (await fetch(`${demo.url}/api/v1/sites/${site}`)).json()) as {
        siteCode: string;
      };
      expect(code).toBe(record.siteCode);
      // The page's own header and footer are gone (the light DOM; the components' are inside).
      expect(await page.evaluate(() => document.querySelectorAll('header, footer').length)).toBe(0);
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          () => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') ?? '',
        ),
      ).toBe('skip-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(errors).toEqual([]);
      await page.close();
    },
  );

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
