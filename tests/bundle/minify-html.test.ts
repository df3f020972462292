/**
 * The components' templates ship without their source indentation (scripts/lib/minify-html.mjs):
 * a run of whitespace holding a line break becomes one space — which HTML renders the same — in
 * the text of Lit `html` templates only; expressions, other templates and strings stay as written.
 */
import { describe, expect, it } from 'vitest';
import { minifyHtml, minifyHtmlLiterals } from '../../scripts/lib/minify-html.mjs';

describe('minifyHtml', () => {
  it.each([
    ['<div\n  part="base"\n  class="base"\n>', '<div part="base" class="base" >'],
    ['<span>a</span>\n    <span>b</span>', '<span>a</span> <span>b</span>'],
    ['<p>two  spaces stay</p>', '<p>two  spaces stay</p>'],
    ['<li>\t\r\n\t</li>', '<li> </li>'],
  ])('%j → %j', (input, output) => {
    expect(minifyHtml(input)).toBe(output);
  });
});

describe('minifyHtmlLiterals', () => {
  const plugin = minifyHtmlLiterals();
  const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
  const id = '/repo/packages/elements/src/x/x.ts';

  it('rewrites the text of html`` templates, nested ones too, and nothing else', () => {
    const source = [
      'const a = html`<div\n  part="x"\n>\n  ${b ? html`<span>\n  ${c}</span>` : "\\n  kept"}\n</div>`;',
      'const d = css`\n  .a {}\n`;',
      'const e = `\n  plain\n`;',
    ].join('\n');
    expect(transform(source, id)?.code).toBe(
      [
        'const a = html`<div part="x" > ${b ? html`<span> ${c}</span>` : "\\n  kept"} </div>`;',
        'const d = css`\n  .a {}\n`;',
        'const e = `\n  plain\n`;',
      ].join('\n'),
    );
  });

  it('leaves other modules, and modules without layout whitespace, alone', () => {
    expect(transform('const a = html`<p>\n</p>`;', '/repo/node_modules/lit/x.js')).toBe(null);
    expect(transform('const a = html`<p>${x}</p>`;', id)).toBe(null);
  });
});
