// A Rollup plugin that minifies the CSS of Lit `css` tagged templates in the components'
// `*.styles.ts` modules: comments dropped, whitespace collapsed where CSS ignores it. Bundlers
// minify JavaScript, not the CSS inside template strings, so without this every comment and
// indentation of the styles ships to every reader. Templates with `${}` are left as they are.
import MagicString from 'magic-string';

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/** A quoted CSS string (kept exactly as written). */
const QUOTED = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;

/**
 * Minifies CSS text conservatively: only what is insignificant in any context goes — comments,
 * runs of whitespace, spaces around `{ } ; , >` and after `:` (never around `+` or `-`, which
 * `calc()` needs), and the last `;` of a block. Quoted strings are kept as they are.
 * @param {string} css
 */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? part : minifyUnquoted(part)))
    .join('')
    .trim();
}

/** @param {string} css */
function minifyUnquoted(css) {
  return css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** @param {{ include?: RegExp }} [options] - Modules to transform (default: `*.styles.ts`). */
export function minifyCssLiterals({ include = /\.styles\.ts$/ } = {}) {
  return {
    name: 'portal-kit:minify-css-literals',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!include.test(id)) return null;
      const s = new MagicString(code);
      for (const match of code.matchAll(CSS_LITERAL)) {
        const start = match.index + 'css`'.length;
        s.overwrite(start, start + match[1].length, minifyCss(match[1]));
      }
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
