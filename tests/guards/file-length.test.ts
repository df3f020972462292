/**
 * No source file under packages/<name>/src passes 400 lines: past that a module holds more than
 * one idea, and is split along them. The rule counts every source file there (.ts, .js, .mjs,
 * .css, .html), except:
 * - tests (`*.test.ts`, `*.test-d.ts`, `*.spec.ts`): a table of cases may run long;
 * - the strings of a language (`locales/<namespace>/<lang>.ts`): one file per language, data only;
 * - anything in a `data/` folder: data only, no code.
 * Everything else counts, data-like modules with code in them included (the seed's templates,
 * `holidays-cn.ts`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder, packageDirs } from './source-files.js';

const MAX_LINES = 400;
const root = process.cwd();

const EXEMPT = [/\.(test|test-d|spec)\.ts$/, /\/locales\//, /\/data\//];

/** The lines of a file: its newline count, plus one when it does not end with a newline. */
function lineCount(path: string): number {
  const text = readFileSync(path, 'utf8');
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

const files = filesUnder(
  root,
  packageDirs(root).map((dir) => `${dir}/src`),
  ['.ts', '.js', '.mjs', '.css', '.html'],
).filter((path) => !EXEMPT.some((rule) => rule.test(path)));
const lengths = new Map(files.map((path) => [path, lineCount(path)]));

describe(`source files under packages/*/src stay within ${MAX_LINES} lines`, () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('no file passes the limit', () => {
    const over = [...lengths]
      .filter(([, lines]) => lines > MAX_LINES)
      .map(([path, lines]) => `${path}: ${lines} lines`);
    expect(over, 'split these along their ideas').toEqual([]);
  });
});
