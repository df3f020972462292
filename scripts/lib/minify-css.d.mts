import type { Plugin } from 'rollup';

/** Minifies CSS text: comments, insignificant whitespace and last semicolons go. */
export declare function minifyCss(css: string): string;
/** Rollup plugin: minifies Lit `css` templates in the modules `include` matches (`*.styles.ts`). */
export declare function minifyCssLiterals(options?: { include?: RegExp }): Plugin;
