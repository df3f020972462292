// Browser tests of @portal-kit/elements: the TypeScript sources run in Debian's Chromium
// (playwright launcher, never a downloaded browser), against a real HTTP fixture API served by
// the same dev server (test/support/fixture-api.mjs). Run from the repo root or this package:
//   npx web-test-runner --config packages/elements/web-test-runner.config.mjs
// Env: CHROME_PATH (default /usr/bin/chromium), WTR_SUMMARY_FILE (JSON totals, optional).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fixtureApi } from './test/support/fixture-api.mjs';
import { screenshotPlugin } from './test/support/screenshot-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const packageDir = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(packageDir, '../..');

/** Messages that fail a test when a page logs them (quiet tests). */
const ignoredLogs = [/Lit is in dev mode/];

export default {
  rootDir,
  files: [join(packageDir, 'test/**/*.test.ts').split('\\').join('/')],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !ignoredLogs.some((re) => re.test(String(args[0] ?? ''))),
  middleware: [fixtureApi()],
  plugins: [
    // `executeServerCommand('save-screenshot', …)`: PNGs in reports/screenshots for review.
    screenshotPlugin({ dir: join(rootDir, 'reports/screenshots') }),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: join(packageDir, 'test/tsconfig.esbuild.json'),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
