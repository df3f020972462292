/** Debian's Chromium for the cross-package tests (the same launcher as the benchmarks). */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export { launchChromium } from '../../scripts/lib/chromium.mjs';

/** Collects console errors and uncaught page errors, so a test can assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/**
 * The axe violations of the page, shadow DOM included, as `id: help (targets)` lines. The page
 * must be opened with `bypassCSP: true` (axe is injected as a script).
 */
export async function axeViolations(page: Page): Promise<string[]> {
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
