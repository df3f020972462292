/**
 * The components' CSS ships minified (scripts/lib/minify-css.mjs): comments and layout
 * whitespace go, while everything CSS reads — strings, `calc()` operators, descendant
 * combinators before a pseudo-class — stays as written. The built bundles carry no CSS comment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssLiterals } from '../../scripts/lib/minify-css.mjs';

describe('minifyCss', () => {
  it.each([
    [':host {\n  display: block;\n}\n', ':host{display:block}'],
    ['/* a comment */ .a { color: red; } /* another */', '.a{color:red}'],
    ['.a > .b,\n.c  .d { margin: 0 }', '.a>.b,.c .d{margin:0}'],
    ['.a :hover { x: y }', '.a :hover{x:y}'],
    ['.a { width: calc(100% - 2px + 1em); }', '.a{width:calc(100% - 2px + 1em)}'],
    ['.a { font-family: \'Segoe  UI\', "a; b"; }', '.a{font-family:\'Segoe  UI\',"a; b"}'],
    ["[dir='rtl'] .x { content: ' : ' }", "[dir='rtl'] .x{content:' : '}"],
    [
      '@media (prefers-reduced-motion: reduce) {\n  .x { transition: none; }\n}',
      '@media (prefers-reduced-motion:reduce){.x{transition:none}}',
    ],
    ['--_s: var(--s, 0 0.25rem rgb(0 0 0 / 0.15));', '--_s:var(--s,0 0.25rem rgb(0 0 0 / 0.15));'],
  ])('%j → %j', (input, output) => {
    expect(minifyCss(input)).toBe(output);
  });

  it('rewrites only css`` templates without interpolations in *.styles.ts modules', () => {
    const plugin = minifyCssLiterals();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const source = 'const a = css`\n  .a { color: red; }\n`;\nconst b = css`.b { ${x} }`;';
    expect(transform(source, '/src/x/x.styles.ts')?.code).toBe(
      'const a = css`.a{color:red}`;\nconst b = css`.b { ${x} }`;',
    );
    expect(transform(source, '/src/x/x.ts')).toBe(null);
    expect(transform('export const n = 1;', '/src/x/x.styles.ts')).toBe(null);
  });
});

describe('built bundles', () => {
  const files = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.styles.js'))
          .map((f) => join(dir, f))
      : [];

  it('carry the components’ styles without comments or indentation', () => {
    const styles = files('packages/elements/dist');
    expect(styles.length, 'run `npm run build` first').toBeGreaterThan(0);
    for (const file of styles) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\/\*[^#@]/); // no CSS (or JSDoc) comment left
      expect(code, file).not.toMatch(/css`\s*\n\s+/);
    }
  });
});
