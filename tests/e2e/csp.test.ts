/**
 * End to end: every example page renders under the demo portal's Content Security Policy — no
 * `unsafe-inline` or `unsafe-eval`, Trusted Types enforced (`require-trusted-types-for 'script'`,
 * Lit's `lit-html` policy the only one) — without a single violation, neither in the page
 * (`securitypolicyviolation` events) nor at the report endpoint (`POST /csp-reports`), also
 * after the interactions that render new content: switching to Arabic, opening a document from
 * the policy list, a lookup, a message form that fails validation. And the check can fail: an
 * inline script and an `innerHTML` string injected into a page are refused, and their reports
 * arrive at the endpoint.
 */
import type { CspViolation } from '@portal-kit/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PAGES } from '../../scripts/lib/example-pages.mjs';
import { collectPageErrors, launchChromium } from '../support/chromium.js';
import { startDemo, type Demo } from '../support/demo.js';

/** Every example page, and the main site rendered on the server (its styles allowed by hash). */
const PAGES = [
  ...EXAMPLE_PAGES,
  '/examples/main-site/ssr.html',
  '/examples/main-site/ssr.html?lang=ar',
];

/** The violation the injected `innerHTML` assignment causes (`directive blocked-uri`). */
const INJECTED = 'require-trusted-types-for trusted-types-sink';

let demo: Demo;
let browser: Browser;
const reports: CspViolation[] = [];

beforeAll(async () => {
  [demo, browser] = await Promise.all([
    startDemo({ onCspReport: (violation) => reports.push(violation) }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

interface Watched {
  page: Page;
  context: BrowserContext;
  /** `directive blocked-uri` of every violation event, across the page's navigations. */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** A page in a context of its own (its own storage), its violations and errors recorded. */
async function watchedPage(): Promise<Watched> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('recordViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = (window as unknown as { recordViolation(line: string): void }).recordViolation;
      record(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return { page, context, violations, errors: collectPageErrors(page) };
}

/**
 * Waits until every `portal-*` element of the page is defined and has rendered its content:
 * nothing visible is a skeleton or busy in any shadow root (a closed disclosure's lazy part
 * is not shown, so it does not count).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const pending = (root: Document | ShadowRoot): boolean =>
        [...root.querySelectorAll('*')].some((element) => {
          if (!element.localName.startsWith('portal-')) return false;
          const shadow = element.shadowRoot;
          if (!customElements.get(element.localName) || !shadow) return true;
          const busy = shadow.querySelectorAll('[part~="skeleton"], [aria-busy="true"]');
          if ([...busy].some((node) => node.checkVisibility())) return true;
          return pending(shadow);
        });
      return !pending(document);
    },
    undefined,
    { timeout: 20_000, polling: 100 },
  );
}

/** The reports the endpoint received for documents whose URL contains `path`. */
function reportsOf(path: string): string[] {
  return reports
    .filter((report) => report.documentUrl.includes(path))
    .map((report) => `${report.directive} ${report.blockedUrl}`);
}

describe('the example pages under their CSP, with Trusted Types', () => {
  it.each(PAGES)('%s renders with no violation, and refuses injected code', async (path) => {
    const { page, context, violations, errors } = await watchedPage();
    const response = await page.goto(`${demo.url}${path}`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await settled(page);
    // The page's stylesheet (a file, not an inline <style>) applies.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain(
      'system-ui',
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);

    // The check can fail: an HTML string given to innerHTML is refused, and reported.
    const injected = await page.evaluate(() => {
      const element = document.createElement('div');
      try {
        element.innerHTML = '<b>x</b>';
        return { html: element.innerHTML, error: '' };
      } catch (error) {
        return { html: element.innerHTML, error: String(error) };
      }
    });
    expect(injected.html).toBe('');
    expect(injected.error).toContain('TrustedHTML');
    // The event is dispatched in a task of its own, the report sent apart.
    await expect.poll(() => violations).toEqual([INJECTED]);
    await expect.poll(() => reportsOf(path), { timeout: 10_000 }).toEqual([INJECTED]);
    await context.close();
  });
});

describe('interactions that render new content, under the same policy', () => {
  it('the main site in Arabic, then a document opened from its policy list', async () => {
    const { page, context, violations, errors } = await watchedPage();
    await page.goto(`${demo.url}/examples/main-site/`);
    await settled(page);
    const switcher = page.locator('portal-language-switcher');
    await switcher.locator('[part~="button"]').click();
    await switcher.locator('[part~="option"][lang="ar"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await settled(page);
    await page.locator('portal-policy-list a[part~="link"]').first().click();
    await page.waitForURL(/document\.html\?id=/);
    await page.locator('portal-document [part~="heading"]').first().waitFor({ timeout: 20_000 });
    await settled(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a lookup, and a message form that fails validation', async () => {
    const { page, context, violations, errors } = await watchedPage();
    await page.goto(`${demo.url}/examples/main-site/lookup.html`);
    await settled(page);
    const lookup = page.locator('portal-document-lookup');
    await lookup.locator('input').first().fill('商务部令2004年第14号');
    await lookup.locator('input').first().press('Enter');
    await lookup.locator('[part~="card"]').first().waitFor({ timeout: 20_000 });

    await page.goto(`${demo.url}/examples/main-site/messages.html`);
    await settled(page);
    await page.locator('portal-message-form [part~="submit"]').click();
    await page.locator('portal-message-form portal-error-summary a').first().waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('no report reached the endpoint but those of the injected code', () => {
    const unexpected = reports.filter(
      (report) => `${report.directive} ${report.blockedUrl}` !== INJECTED,
    );
    expect(unexpected).toEqual([]);
  });
});
