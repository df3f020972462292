/**
 * The repository stands alone: a clean clone elsewhere has no planning documents beside it. No
 * tracked file may read a path outside the repository (`../shared`, `/work/shared`) or cite a
 * section of a document a reader does not have ("BRIEF §2"); state the fact, or link to docs/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((path) => path !== '' && !/\.(png|jpe?g|gif|webp|ico|woff2?|pdf)$/.test(path))
  .filter((path) => path !== 'tests/guards/self-contained.test.ts');

// Built from parts, so that this file does not match itself.
const OUTSIDE = [
  new RegExp(['BRIEF', ' ?§'].join('')),
  new RegExp(['\\.\\./', 'shared', '/'].join('')),
  new RegExp(['/work/', 'shared'].join('')),
];

describe('the repository is self-contained', () => {
  it('reads every tracked text file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('README.md');
  });

  it('no tracked file cites or reads a document outside the repository', () => {
    const hits = files.flatMap((path) => {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return []; // listed but absent (a deleted, uncommitted file)
      }
      return text
        .split('\n')
        .flatMap((line, i) =>
          OUTSIDE.some((re) => re.test(line)) ? [`${path}:${i + 1}: ${line.trim()}`] : [],
        );
    });
    expect(hits).toEqual([]);
  });
});
