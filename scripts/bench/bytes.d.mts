/** Raw, gzip and brotli sizes of a bundle, in bytes. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** One budget against its measurement, brotli bytes. */
export interface BudgetRow {
  name: string;
  /** For a per-component budget: the component's folder name. */
  component?: string;
  bytes: number;
  budget: number;
  /** Whether `bytes` passes `budget`. */
  over: boolean;
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of `code`, in bytes. */
export declare function sizes(code: string): Sizes;
/** The code `code` loads up front: its entry chunk, minified with every dependency. */
export declare function bundle(code: string): Promise<string>;
/** The components: every `packages/elements/src/<name>/define.ts`. */
export declare const components: readonly string[];
/** What every component of a page shares, as an ES module exporting it. */
export declare const runtimeExport: string;
/** The CDN bundle alone (`main`) and with one language's strings (`page`). */
export declare function measureKit(lang?: string): Promise<{ main: Sizes; page: Sizes }>;
/** What a page with the loader and `tags` in `lang` downloads: files, brotli bytes, requests. */
export declare function measureLoaderPage(
  tags?: string[],
  lang?: string,
): Promise<{ files: string[]; bytes: number; requests: number }>;
/** Every budget against its measurement. */
export declare function measureBudgets(measured?: {
  runtime?: number;
  kit?: number;
}): Promise<BudgetRow[]>;
/** The budgets as a table, one line per budget ending in OK or OVER. */
export declare function budgetTable(rows: readonly BudgetRow[]): string;
/** Prints the bytes table and the budgets (`npm run bench bytes`). */
export declare function benchBytes(): Promise<void>;
