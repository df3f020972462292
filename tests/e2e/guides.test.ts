/**
 * End to end: the main site's business guides page (examples/main-site/guides.html) against the
 * demo portal's seeded guides — a reader filters the foreign-trade guide, opens the technology
 * contract registration, reads the day a decision is due (counted here with the SDK's own
 * calendar), reloads to the same item, finds the abolished operator registration shown as
 * withdrawn, and switches guides; the page passes axe with no console error.
 */
import { formatDate } from '@portal-kit/i18n';
import { addWorkingDays, isCalendarError, portalDate } from '@portal-kit/sdk';
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

const NAVIGATOR = 'portal-guide-navigator';
const panelHeading = (page: Page) => page.locator(`${NAVIGATOR} [part~="panel-heading"]`);

/** The titles the navigator's tree shows, once it shows some. */
async function treeTitles(page: Page): Promise<string[]> {
  const titles = page.locator(`${NAVIGATOR} [part~="tree"] [part~="title"]`);
  await titles.first().waitFor({ timeout: 20_000 });
  return (await titles.allTextContents()).map((t) => t.trim());
}

describe('the business guides page', () => {
  it('filters a guide, opens a service item with its decision day, and keeps it in the URL', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // to inject axe
    const errors = collectPageErrors(page);
    await page.goto(`${demo.url}/examples/main-site/guides.html?guide=foreign-trade`);
    // The sections, closed: the service items are not shown yet.
    expect(await treeTitles(page)).not.toContain('技术进出口合同登记');

    // The filter opens the sections above a match and keeps nothing else.
    await page.locator(`${NAVIGATOR} [part~="filter"]`).fill('技术进出口合同');
    await expect.poll(() => treeTitles(page), { timeout: 10_000 }).toContain('技术进出口合同登记');
    const narrowed = await treeTitles(page);
    expect(narrowed).not.toContain('限制进口技术许可');
    expect(narrowed).not.toContain('对外贸易经营者备案登记');

    await page
      .locator(`${NAVIGATOR} [part~="tree"] a`, { hasText: '技术进出口合同登记' })
      .first()
      .click();
    await expect.poll(() => panelHeading(page).textContent()).toContain('技术进出口合同登记');
    expect(new URL(page.url()).searchParams.get('guide-node')).toBe('tech-contract-registration');

    // Three working days (the statutory limit), from today on the Beijing calendar.
    const decision = page.locator(`${NAVIGATOR} [data-limit="statutory"] [part~="decision"]`);
    await decision.waitFor({ timeout: 20_000 });
    let expected: string | null = null;
    try {
      expected = formatDate(addWorkingDays(portalDate(new Date()), 3), 'zh-CN');
    } catch (error) {
      if (!isCalendarError(error)) throw error; // a year the calendar has no data for
    }
    if (expected) expect(await decision.textContent()).toContain(expected);
    expect(await page.locator(`${NAVIGATOR} [part~="step"]`).count()).toBeGreaterThan(2);

    expect(await axeViolations(page)).toEqual([]);
    // A reload shows the same item: the node is in the address.
    await page.reload();
    await expect
      .poll(() => panelHeading(page).textContent(), { timeout: 20_000 })
      .toContain('技术进出口合同登记');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the abolished operator registration as withdrawn, and switches guides', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const errors = collectPageErrors(page);
    await page.goto(
      `${demo.url}/examples/main-site/guides.html?guide=foreign-trade&guide-node=foreign-trade-operator-registration`,
    );
    const notice = page.locator(`${NAVIGATOR} [part~="withdrawn"]`);
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('2022');
    expect(await page.locator(`${NAVIGATOR} [part~="steps"]`).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('.guide-list a', { hasText: '投资指南' }).click();
    await page.waitForURL(/guide=investment/);
    const titles = await treeTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).not.toContain('技术进出口合同登记');
    expect(await page.locator('.guide-list a[aria-current="page"]').textContent()).toBe('投资指南');
    expect(errors).toEqual([]);
    await page.close();
  });
});
