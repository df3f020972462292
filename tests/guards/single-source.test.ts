/**
 * One list of the portal's 19 languages and one portal time-zone constant in the whole tree:
 * both live in packages/sdk/src/domain/portal.ts (`PORTAL_LANGUAGE_TABLE`, `PORTAL_TIME_ZONE`),
 * and everything else imports them. This guard reads every source file of the packages (sources
 * and test support), the scripts, the stories, the examples, the cross-package tests and the
 * Storybook setup, and fails on a second definition (see single-source.ts for what counts).
 * Test files themselves (`*.test.ts`) are not read: a test may spell the expected value out to
 * pin it (`expect(PORTAL_TIME_ZONE).toBe('Asia/Shanghai')`).
 */
import { PORTAL_LANGUAGES } from '@portal-kit/sdk';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanFile } from './single-source.js';
import { filesUnder, packageDirs } from './source-files.js';

const root = process.cwd();
const HOME = 'packages/sdk/src/domain/portal.ts';
const codes: ReadonlySet<string> = new Set(PORTAL_LANGUAGES);

const files = filesUnder(
  root,
  [...packageDirs(root), 'scripts', 'stories', 'examples', 'tests', '.storybook'],
  ['.ts', '.mts', '.js', '.mjs', '.html'],
).filter((path) => !/\.(test|test-d|spec)\.ts$/.test(path));

const found = files.flatMap((path) =>
  scanFile(path, readFileSync(path, 'utf8'), codes).map((hit) => ({ path, ...hit })),
);
const report = (hits: typeof found) =>
  hits.map((hit) => `${hit.path}:${hit.line}: ${hit.kind} ${hit.text}`);

describe('one language list and one time zone in the whole tree', () => {
  it('reads the tree, the examples and the scripts included', () => {
    expect(files).toContain(HOME);
    expect(files.some((path) => path.startsWith('examples/'))).toBe(true);
    expect(files.some((path) => path.startsWith('scripts/'))).toBe(true);
  });

  it(`defines each exactly once, in ${HOME}`, () => {
    const home = found.filter((hit) => hit.path === HOME);
    expect(home.map((hit) => hit.kind).sort()).toEqual(['language list', 'time zone']);
  });

  it('has no second definition anywhere else', () => {
    expect(report(found.filter((hit) => hit.path !== HOME))).toEqual([]);
  });
});
