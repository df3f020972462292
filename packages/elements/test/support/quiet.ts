/**
 * Quiet tests: any `console.error` or `console.warn` during a test (a Lit dev-mode warning, an
 * element's error log) fails it. Import this module once per test file.
 */
import { expect } from '@open-wc/testing';

const logged: string[] = [];
const original = { error: console.error, warn: console.warn };

for (const level of ['error', 'warn'] as const) {
  // eslint-disable-next-line no-console -- replacing the console methods is the point here
  console[level] = (...args: unknown[]) => {
    logged.push(`console.${level}: ${args.map(String).join(' ')}`);
    original[level].apply(console, args);
  };
}

window.addEventListener('unhandledrejection', (event) => {
  logged.push(`unhandled rejection: ${String(event.reason)}`);
});

beforeEach(() => {
  logged.length = 0;
});

afterEach(() => {
  expect(logged, 'the test logged errors or warnings').to.deep.equal([]);
});
