/**
 * Finds second definitions of the portal's languages and time zone in a source file: a string
 * literal of the portal's time zone (a second time-zone constant), and a list of the languages:
 * - an array literal of which ten or more elements each name a different language code, as a
 *   string literal (`'fr'`) or one level inside the element (`{ code: 'fr', … }`, `['fr', …]`),
 *   no code named by two elements — so a table of countries whose rows name a language ('en'
 *   on many rows) is no language list;
 * - a string naming ten or more of the codes (`'zh-CN en fr …'`).
 * Scripts, modules and the inline scripts of HTML pages are parsed with TypeScript, so comments
 * and prose never count.
 */
import { PORTAL_TIME_ZONE } from '@portal-kit/sdk';
import ts from 'typescript';

/** How many language codes make a list. */
export const LIST_THRESHOLD = 10;

export interface SecondDefinition {
  kind: 'time zone' | 'language list';
  /** 1-based line of the literal. */
  line: number;
  /** The literal's text, shortened. */
  text: string;
}

/** The inline scripts of an HTML page, with the line each starts on. */
function inlineScripts(html: string): { code: string; line: number }[] {
  const out: { code: string; line: number }[] = [];
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    const start = (match.index ?? 0) + match[0].indexOf('>') + 1;
    out.push({ code: match[1] ?? '', line: html.slice(0, start).split('\n').length });
  }
  return out;
}

/** Every second definition in one module's code. */
function scanCode(
  code: string,
  fileName: string,
  codes: ReadonlySet<string>,
  lineOffset = 0,
): SecondDefinition[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: SecondDefinition[] = [];
  const at = (node: ts.Node) =>
    source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 + lineOffset;
  const short = (node: ts.Node) => {
    const text = node.getText(source).replace(/\s+/g, ' ');
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  };
  const isString = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

  /** The codes an element of an array names: itself, or its own elements or property values. */
  const codesOf = (element: ts.Node): Set<string> => {
    const named = new Set<string>();
    const take = (node: ts.Node) => {
      if (isString(node) && codes.has(node.text)) named.add(node.text);
    };
    take(element);
    if (ts.isArrayLiteralExpression(element)) element.elements.forEach(take);
    if (ts.isObjectLiteralExpression(element)) {
      for (const property of element.properties) {
        if (ts.isPropertyAssignment(property)) take(property.initializer);
      }
    }
    return named;
  };

  /** Whether an array literal lists languages: ≥ 10 elements, each naming its own code. */
  const isLanguageList = (array: ts.ArrayLiteralExpression): boolean => {
    const named = new Map<string, number>();
    for (const element of array.elements) {
      for (const code of codesOf(element)) named.set(code, (named.get(code) ?? 0) + 1);
    }
    return named.size >= LIST_THRESHOLD && [...named.values()].every((count) => count === 1);
  };

  const visit = (node: ts.Node): void => {
    if (isString(node)) {
      if (node.text === PORTAL_TIME_ZONE) {
        found.push({ kind: 'time zone', line: at(node), text: short(node) });
      }
      const listed = new Set(node.text.split(/[\s,;|]+/).filter((word) => codes.has(word)));
      if (listed.size >= LIST_THRESHOLD) {
        found.push({ kind: 'language list', line: at(node), text: short(node) });
      }
    }
    if (ts.isArrayLiteralExpression(node) && isLanguageList(node)) {
      found.push({ kind: 'language list', line: at(node), text: short(node) });
      return; // the list once, not again for each array inside it
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every second definition in a file's text (`.html`: its inline scripts). */
export function scanFile(
  path: string,
  text: string,
  codes: ReadonlySet<string>,
): SecondDefinition[] {
  if (path.endsWith('.html')) {
    return inlineScripts(text).flatMap(({ code, line }) =>
      scanCode(code, `${path}.js`, codes, line - 1),
    );
  }
  return scanCode(text, path, codes);
}
