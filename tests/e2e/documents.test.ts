/**
 * End to end: the demo portal's documents — the main site's policy column and its document
 * lookup page, and the local window's own policies — in a real Chromium against the reference
 * server and its seeded database (real MOFCOM documents among them).
 */
import type { DocumentArticle, DocumentLookup, DocumentsPage } from '@portal-kit/sdk';
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

const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${demo.url}/api/v1${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

/** The titles a policy list shows, once it has rendered its rows. */
async function listTitles(page: Page, index = 0): Promise<string[]> {
  const list = page.locator('portal-policy-list').nth(index);
  await list.locator('[part~="item"]').first().waitFor({ timeout: 20_000 });
  return (await list.locator('[part~="item"] [part~="title"]').allTextContents()).map((t) =>
    t.trim(),
  );
}

describe('documents in the examples', () => {
  it('finds a real document typed in an unusual spelling, and opens its page', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // to inject axe
    const errors = collectPageErrors(page);
    const lookups: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/documents/lookup')) lookups.push(request.url());
    });
    await page.goto(`${demo.url}/examples/main-site/lookup.html`);

    // 商务部令2004年第14号, typed with full-width digits, a space and without 第.
    const typed = '商务部令 ２００４年14号';
    const expected = await api<DocumentLookup>(
      `/documents/lookup?number=${encodeURIComponent('商务部令2004年第14号')}`,
    );
    expect(expected.items[0]?.id).toBe('mofcom-order-2004-14');

    const lookup = page.locator('portal-document-lookup');
    const field = lookup.locator('input').first();
    await field.click();
    await field.fill(typed);
    // Read in the browser while typing: no request yet.
    await expect
      .poll(() => lookup.locator('[part~="read-as"]').textContent())
      .toContain('商务部令2004年第14号');
    expect(lookups).toEqual([]);

    await field.press('Enter');
    const card = lookup.locator('[part~="card"]').first();
    await card.waitFor({ timeout: 20_000 });
    expect((await card.locator('[part~="title"]').textContent())?.trim()).toBe(
      expected.items[0]!.title,
    );
    expect(await card.locator('[part~="file-number"]').textContent()).toBe('商务部令2004年第14号');
    expect(lookups).toHaveLength(1);
    // What the citizen typed stays in the field.
    expect(await field.inputValue()).toBe(typed);
    expect(await axeViolations(page)).toEqual([]);

    // The title opens the main site's document page, which shows the whole document.
    await card.locator('a[part~="link"]').click();
    await page.waitForURL(/document\.html\?id=mofcom-order-2004-14$/);
    const article = await api<DocumentArticle>('/documents/mofcom-order-2004-14?lang=zh-CN');
    const documentTitle = page.locator('portal-document [part~="heading"]').first();
    await documentTitle.waitFor({ timeout: 20_000 });
    expect((await documentTitle.textContent())?.trim()).toBe(article.title);
    const body = page.locator('portal-document [part~="body"]');
    expect(await body.textContent()).toContain(article.body[0]!.text);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says why a number cannot be read, and suggests near numbers for one of no document', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // to inject axe
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/main-site/lookup.html`);
    const lookup = page.locator('portal-document-lookup');
    const field = lookup.locator('input').first();

    const lookups: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/documents/lookup')) lookups.push(request.url());
    });
    // No sequence after the year: explained at once, in the page's language, with no request.
    await field.fill('商资发〔2006〕');
    await field.press('Enter');
    const summaryLink = lookup.locator('portal-error-summary a').first();
    await summaryLink.waitFor({ timeout: 20_000 });
    expect((await summaryLink.textContent())?.trim()).not.toBe('');
    expect(lookups).toEqual([]);
    expect(await field.inputValue()).toBe('商资发〔2006〕');

    // A real number with a neighbouring sequence: not found, with suggestions.
    await field.fill('商务部令2004年第15号');
    await field.press('Enter');
    const notFound = lookup.locator('[part~="not-found"]');
    await notFound.waitFor({ timeout: 20_000 });
    const suggestions = await notFound.locator('[part~="suggestion"]').count();
    const problem = await fetch(
      `${demo.url}/api/v1/documents/lookup?number=${encodeURIComponent('商务部令2004年第15号')}`,
    );
    if (problem.status === 200) {
      // The seed holds a document of that number after all: then it is shown, not suggested.
      expect(suggestions).toBe(0);
    } else {
      expect(problem.status).toBe(404);
      const body = (await problem.json()) as { suggestions: unknown[] };
      expect(suggestions).toBe(body.suggestions.length);
    }
    // The browser logs the lookup's 404 (its answer for a number of no document); nothing else.
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    await page.close();
  });

  it("the main site's policy column gathers every site's documents, newest first", async () => {
    const page = await browser.newPage({ bypassCSP: true }); // to inject axe
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/main-site/`);
    const titles = await listTitles(page);
    const expected = await api<DocumentsPage>('/documents?lang=zh-CN&limit=8');
    expect(titles).toEqual(expected.items.map((item) => item.title));
    expect(new Set(expected.items.map((item) => item.site)).size).toBeGreaterThan(0);
    expect(expected.total).toBeGreaterThan(2_623);

    // A two-character search in the column finds what the API finds.
    const list = page.locator('portal-policy-list');
    const search = list.locator('input[type="search"]');
    await search.fill('外资');
    await search.press('Enter');
    const searched = await api<DocumentsPage>(
      `/documents?lang=zh-CN&limit=8&q=${encodeURIComponent('外资')}`,
    );
    await expect
      .poll(async () =>
        (await list.locator('[part~="item"] [part~="title"]').allTextContents()).map((t) =>
          t.trim(),
        ),
      )
      .toEqual(searched.items.map((item) => item.title));
    // The filter is in the address, to share.
    expect(new URL(page.url()).searchParams.get('policy-q')).toBe('外资');
    expect(await list.locator('mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the local window lists its own province's documents only", async () => {
    const page = await browser.newPage({ bypassCSP: true }); // to inject axe
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/local-window/`);
    const titles = await listTitles(page);
    const expected = await api<DocumentsPage>('/documents?site=guangdong&lang=zh-CN&limit=6');
    expect(expected.items.length).toBeGreaterThan(0);
    expect(expected.items.every((item) => item.site === 'guangdong')).toBe(true);
    expect(titles).toEqual(expected.items.map((item) => item.title));
    expect(errors).toEqual([]);
    await page.close();
  });
});
