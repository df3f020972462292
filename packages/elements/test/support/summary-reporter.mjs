/**
 * A web-test-runner reporter that writes the run's totals as JSON
 * (`{"passed":N,"failed":N,"skipped":N}`) to the file named by `WTR_SUMMARY_FILE`, and prints
 * one `N passed, N failed, N skipped` line, for the project's test orchestrator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter({ file = process.env.WTR_SUMMARY_FILE } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      if (file) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify(totals)}\n`);
      }
      process.stdout.write(
        `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
      );
    },
  };
}
