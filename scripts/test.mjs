#!/usr/bin/env node
// The one test command (`npm test`, run by .ci/run): installs what it needs, then lints,
// type-checks, runs the guards (bundle budgets, dependency direction, file length, one language
// list and one time zone), builds, and runs every suite — unit (vitest), browser
// (web-test-runner in Chromium), Storybook rendering, integration and end-to-end — and ends
// with one line `N passed, N failed` summing them all.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { exitCodeOf } from './lib/proc.mjs';
import { ensureChromium, ensureDependencies, startPostgres } from './lib/setup.mjs';

const reports = resolve('reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

await ensureDependencies();
const chrome = await ensureChromium();
const postgres = await startPostgres();
// One directory of seeded databases for every suite of the run (see scripts/lib/snapshots.mjs).
const snapshots = mkdtempSync(join(tmpdir(), 'portal-snapshots-'));
const env = {
  ...process.env,
  CHROME_PATH: chrome,
  TEST_DATABASE_URL: postgres.url,
  PORTAL_SNAPSHOT_DIR: snapshots,
};

/** A check counts as one test: its command passes or fails. */
const check = (name, cmd, args) => ({ name, cmd, args });
/** A vitest suite reports its own counts through the JSON reporter. */
const vitest = (name, args) => ({
  name,
  cmd: 'npx',
  args: [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${reports}/${name}.json`,
  ],
  counts: () => {
    const json = JSON.parse(readFileSync(`${reports}/${name}.json`, 'utf8'));
    return {
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      skipped: json.numPendingTests + json.numTodoTests,
    };
  },
});

/** First what every later suite stands on: lint and types side by side, then the build. */
const checks = [
  check('lint: eslint', 'npx', ['eslint', '--max-warnings', '0', '.']),
  check('lint: prettier', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']),
  check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']),
  check('openapi lint (redocly)', 'node', ['scripts/openapi-lint.mjs']),
];
const build = check('build', 'node', ['scripts/build.mjs']);

/**
 * Cross-package suites that run in the Node lane (tests/vitest.config.ts): those that start
 * servers and tools but no browser, and create-site's end-to-end test (mostly generating and
 * serving sites; Chromium once per kind), which evens the two lanes' times. Folders and files,
 * as vitest's file filters (a folder's glob excludes it from the browser lane's run).
 */
const NODE_SUITES = [
  'tests/bundle/',
  'tests/docs/',
  'tests/integration/',
  'tests/ssr/',
  'tests/styles/',
  'tests/e2e/topology.test.ts',
  'tests/e2e/packages.test.ts',
  'tests/e2e/create-site.test.ts',
];

/**
 * Lighthouse scores the example pages' performance from a trace of each load: it runs last, on
 * its own, so the other suites' work on the two cores does not weigh on the page loads.
 */
const LIGHTHOUSE = 'tests/e2e/lighthouse.test.ts';
const last = [vitest('lighthouse', ['--config', 'tests/vitest.config.ts', LIGHTHOUSE])];

/**
 * Then two lanes side by side: the Node suites (mostly waiting on the databases) beside the
 * browser suites (mostly waiting on Chromium), each lane one suite at a time. On two cores this
 * overlaps their waits; each suite's output is printed whole when it ends.
 */
const lanes = [
  [
    // Guards that fail instead of print: bundle budgets (tests/budgets), dependency direction,
    // file length, one language list and one time zone (tests/guards). From sources: no build.
    vitest('guards', ['--config', 'tests/vitest.config.ts', 'tests/guards', 'tests/budgets']),
    vitest('sdk', [
      '--root',
      'packages/sdk',
      '--coverage',
      `--coverage.reportsDirectory=${reports}/coverage-sdk`,
    ]),
    vitest('i18n', ['--root', 'packages/i18n']),
    vitest('server', ['--root', 'packages/server']),
    vitest('create-site', ['--root', 'packages/create-site']),
    // The cross-package suites of NODE_SUITES.
    vitest('node e2e', ['--config', 'tests/vitest.config.ts', ...NODE_SUITES]),
  ],
  [
    {
      name: 'elements',
      cmd: 'npx',
      args: ['web-test-runner', '--config', 'packages/elements/web-test-runner.config.mjs'],
      env: { WTR_SUMMARY_FILE: `${reports}/elements.json` },
      counts: () => JSON.parse(readFileSync(`${reports}/elements.json`, 'utf8')),
    },
    check('storybook build', 'npm', ['run', 'build-storybook']),
    vitest('e2e', [
      '--config',
      'tests/vitest.config.ts',
      ...['tests/guards/', 'tests/budgets/', ...NODE_SUITES, LIGHTHOUSE].flatMap((path) => [
        '--exclude',
        path.endsWith('/') ? `${path}**` : path,
      ]),
    ]),
  ],
];

/** Runs `suite`: live output, or (`buffered`) its output printed whole at its end. */
async function runSuite(suite, buffered) {
  if (!buffered) console.log(`\n━━ ${suite.name} ━━`);
  const started = performance.now();
  const options = { env: { ...env, ...suite.env } };
  const code = buffered
    ? await new Promise((resolve) => {
        const child = spawn(suite.cmd, suite.args, {
          ...options,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const chunks = [];
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.stderr.on('data', (chunk) => chunks.push(chunk));
        child.on('error', () => resolve(1));
        child.on('close', (exit) => {
          process.stdout.write(`\n━━ ${suite.name} ━━\n${Buffer.concat(chunks).toString()}`);
          resolve(exit === 0 ? 0 : 1);
        });
      })
    : await exitCodeOf(suite.cmd, suite.args, options);
  let counts = { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
  if (suite.counts) {
    try {
      counts = suite.counts();
      if (code !== 0 && counts.failed === 0) counts.failed = 1; // crashed outside a test
    } catch {
      counts = { passed: 0, failed: 1, skipped: 0 }; // no report: the suite did not run
    }
  }
  return { name: suite.name, ...counts, seconds: (performance.now() - started) / 1000 };
}

const results = [];
try {
  // The checks read the sources only: side by side (each on one core), then the build.
  results.push(...(await Promise.all(checks.map((suite) => runSuite(suite, true)))));
  results.push(await runSuite(build, false));
  const laneResults = await Promise.all(
    lanes.map(async (lane) => {
      const done = [];
      for (const suite of lane) done.push(await runSuite(suite, true));
      return done;
    }),
  );
  results.push(...laneResults.flat());
  for (const suite of last) results.push(await runSuite(suite, false));
} finally {
  await postgres.stop();
  rmSync(snapshots, { recursive: true, force: true });
}

/** Branch coverage of the SDK's domain rules (file numbers, documents, sites, working days). */
function printDomainCoverage() {
  let summary;
  try {
    summary = JSON.parse(readFileSync(`${reports}/coverage-sdk/coverage-summary.json`, 'utf8'));
  } catch {
    console.log('\n(no SDK coverage report)');
    return;
  }
  const rows = Object.entries(summary)
    .filter(([file]) => file.includes('/src/domain/'))
    .map(([file, data]) => [file.slice(file.indexOf('/src/domain/') + 1), data.branches]);
  if (rows.length === 0) return;
  console.log('\nbranch coverage: @portal-kit/sdk domain rules');
  for (const [file, branches] of rows) {
    console.log(
      `${file.padEnd(44)} ${String(branches.pct).padStart(6)} %  (${branches.covered}/${branches.total})`,
    );
  }
}

const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
printDomainCoverage();
// Wall time per suite: the test command must stay under 12 minutes on a 2-core machine.
const row = (name, r, seconds) =>
  `${name.padEnd(22)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${seconds.toFixed(0).padStart(7)}`;
console.log(`\n${'suite'.padEnd(22)}  passed  failed  skipped  seconds`);
for (const r of results) console.log(row(r.name, r, r.seconds));
console.log(row('total (with setup)', total, performance.now() / 1000));
// The last line is the machine-readable summary, exactly `N passed, N failed`.
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed ? 1 : 0;
