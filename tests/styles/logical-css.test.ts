/**
 * Right to left by construction: no component style names a physical side. Every `*.styles.ts`
 * of @portal-kit/elements is read, comments dropped, and any left/right property or value fails
 * with its file and line — `margin-inline-start`, `inset-inline-end`, `text-align: start` are the
 * ones to write. (Block-axis `top`/`bottom` are not direction-dependent and stay allowed.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = 'packages/elements/src';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.styles.ts'))
  .map((file) => join(root, file));

/** Declarations that depend on the writing direction, with what to write instead. */
const PHYSICAL: [RegExp, string][] = [
  [/\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/, '…-inline-start/end'],
  [/\bborder-(top|bottom)-(left|right)-radius\b/, 'border-start-start-radius …'],
  [/(^|[\s;{])(left|right)\s*:/, 'inset-inline-start/end'],
  [/\b(text-align|float|clear)\s*:\s*(left|right)\b/, 'start / end (inline-start / inline-end)'],
  [/\bbackground-position(-x)?\s*:[^;]*\b(left|right)\b/, 'a logical position or a mirrored rule'],
];

/** The lines of `source` with comments blanked (line numbers kept). */
function codeLines(source: string): string[] {
  return source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).split('\n');
}

describe('component styles use logical properties only', () => {
  it('finds the styles of every component', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s names no physical side', (file) => {
    const offences: string[] = [];
    codeLines(readFileSync(file, 'utf8')).forEach((line, i) => {
      for (const [pattern, instead] of PHYSICAL) {
        if (pattern.test(line)) offences.push(`${file}:${i + 1}: ${line.trim()} → use ${instead}`);
      }
    });
    expect(offences).toEqual([]);
  });

  it('catches what it is meant to', () => {
    const sample = ['.a { margin-left: 1px; }', '.b { left: 0 }', '.c { text-align: right; }'];
    for (const line of sample) {
      expect(
        PHYSICAL.some(([p]) => p.test(line)),
        line,
      ).toBe(true);
    }
    expect(
      PHYSICAL.some(([p]) => p.test('.d { margin-inline-start: 0; inset-inline-end: 0 }')),
    ).toBe(false);
  });
});
