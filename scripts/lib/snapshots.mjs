// A vitest global setup: one directory per test run where the server keeps each seeded in-memory
// database as a dump (`PORTAL_SNAPSHOT_DIR`, see `openDatabase`), so the test files that start
// the same seed load it in about a second instead of seeding it again. The test command makes
// one directory for all its suites; a suite run alone makes its own. Removed at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Makes the directory (unless the caller has one) and sets the variable; returns the cleanup. */
export function setup() {
  if (process.env.PORTAL_SNAPSHOT_DIR) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'portal-snapshots-'));
  process.env.PORTAL_SNAPSHOT_DIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.PORTAL_SNAPSHOT_DIR;
  };
}
