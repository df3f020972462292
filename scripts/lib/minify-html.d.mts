import type { Plugin } from 'rollup';

/** Shortens a template text's layout whitespace (a run holding a line break) to one space. */
export declare function minifyHtml(text: string): string;
/** Rollup plugin: shortens the layout whitespace of Lit `html` templates (after TypeScript). */
export declare function minifyHtmlLiterals(options?: { include?: RegExp }): Plugin;
