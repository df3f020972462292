/** One example page's Lighthouse result. */
export interface LighthouseResult {
  /** The page, relative to the demo's origin. */
  path: string;
  /** Category id → score 0–100, without the audits the page fails on purpose. */
  scores: Record<string, number>;
  /** Category id → Lighthouse's own score 0–100. */
  rawScores: Record<string, number>;
  /** Audits the page should fail on purpose but passed. */
  unexpectedPasses: string[];
  /** Each weighted audit below 1, as `category/audit-id (score): title — detail`. */
  failing: string[];
  /** fcp, lcp, tbt, si in milliseconds; cls unitless. */
  metrics: Record<string, number>;
  /** Wall time of this page's runs, in milliseconds. */
  ms: number;
  /** 1, or 2 when the first run was below the performance threshold. */
  runs: number;
}
/** Every example page (the document page with a document id). */
export declare const LIGHTHOUSE_PAGES: readonly string[];
/** Lowest score (0–100) of each category on every page. */
export declare const LIGHTHOUSE_THRESHOLDS: Readonly<Record<string, number>>;
/** Audits a page fails on purpose (the staff page's noindex), by page. */
export declare const LIGHTHOUSE_EXPECTED_FAILURES: Readonly<Record<string, readonly string[]>>;
/** Chrome's flags on this closed machine. */
export declare const LIGHTHOUSE_CHROME_FLAGS: readonly string[];
/** Runs Lighthouse on each page under `baseUrl`, in one Chrome, one page after another. */
export declare function runLighthouse(
  baseUrl: string,
  options?: { pages?: string[]; chromePath?: string; log?: (line: string) => void },
): Promise<LighthouseResult[]>;
/** Each category below its threshold, and each on-purpose failure that passed. */
export declare function belowThresholds(result: LighthouseResult): string[];
/** One line: the four scores, the metrics and the wall time. */
export declare function formatResult(result: LighthouseResult): string;
/** `npm run bench -- lighthouse`: prints every page's scores beside the thresholds. */
export declare function benchLighthouse(baseUrl: string): Promise<LighthouseResult[]>;
