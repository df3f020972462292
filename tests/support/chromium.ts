/** Debian's Chromium for the cross-package tests (the same launcher as the benchmarks). */
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
