// A Rollup plugin that shortens the layout whitespace of Lit `html` tagged templates in the
// components' modules, after TypeScript is stripped: every run of whitespace that holds a line
// break becomes one space. HTML renders a run of spaces and line breaks as one space (the
// components render no `<pre>` and no text inside a `<textarea>`), and one space between
// attributes is all a tag needs — so the DOM a reader sees, and every accessible name, stay the
// same, while the indentation of the sources no longer ships. Expressions (`${…}`) are left as
// they are; only the template's own text changes.
import MagicString from 'magic-string';
import { parseAst } from 'rollup/parseAst';

/** Layout whitespace of a template's text: a run of whitespace holding a line break. */
const LAYOUT = /[ \t]*[\r\n]\s*/g;

/** One template text with its layout whitespace shortened to a space. @param {string} text */
export function minifyHtml(text) {
  return text.replace(LAYOUT, ' ');
}

/** @param {unknown} node @param {(node: any) => void} visit */
function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (/** @type {any} */ (node).type) !== 'string') {
    return;
  }
  visit(node);
  for (const value of Object.values(node))
    if (value && typeof value === 'object') walk(value, visit);
}

/** @param {{ include?: RegExp }} [options] - Modules to transform (default: the elements' sources). */
export function minifyHtmlLiterals({ include = /packages[\\/]elements[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'portal-kit:minify-html-literals',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!include.test(id) || !code.includes('html`')) return null;
      const s = new MagicString(code);
      walk(parseAst(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        if (node.tag.type !== 'Identifier' || node.tag.name !== 'html') return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const min = minifyHtml(raw);
          if (min !== raw) s.overwrite(quasi.start, quasi.end, min);
        }
      });
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
