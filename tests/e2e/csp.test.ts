/**
 * End to end: every example page renders under the demo portal's Content Security Policy (no
 * `unsafe-inline` for scripts or styles) without a single violation, its own stylesheet
 * applied, while an inline script injected into the page is refused.
 */
import type { Browser } from 'playwright-core';
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

describe('the example pages under their CSP', () => {
  it.each([
    '/examples/',
    '/examples/local-window/',
    '/examples/main-site/',
    '/examples/main-site/lookup.html',
    '/examples/main-site/document.html?id=mofcom-order-2004-14',
    '/examples/main-site/messages.html',
    '/examples/main-site/staff.html',
    '/examples/overseas-office/',
  ])('%s renders with no violation', async (path) => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(`${demo.url}${path}`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');

    const feeds = await page.locator('portal-news-feed').count();
    if (feeds > 0) {
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('portal-news-feed')].every(
            (feed) => feed.shadowRoot?.querySelector('a[part~="link"]') !== null,
          ),
        undefined,
        { timeout: 20_000 },
      );
      // The components' own styles apply (constructed stylesheets are not inline styles).
      const display = await page
        .locator('portal-news-feed')
        .first()
        .evaluate((feed) => getComputedStyle(feed).display);
      expect(display).not.toBe('inline');
    }
    // The page's stylesheet (a file now, not an inline <style>) applies.
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toContain('system-ui');

    // An injected inline script is refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
    });
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual(['script-src-elem inline']);
    expect(errors.filter((error) => !error.includes('Content Security Policy'))).toEqual([]);
    await page.close();
  });
});
