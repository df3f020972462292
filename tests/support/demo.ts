/** The demo portal (built packages + in-memory database), started once per test file. */
import type { CspViolation, PageRenderer, Queryable } from '@portal-kit/server';
// @ts-expect-error -- plain ES module without declarations, shared with `npm start`
import { startDemo as start } from '../../scripts/lib/demo.mjs';

export interface Demo {
  url: string;
  /** The demo's database (in memory), for what a test sets up as an operator would. */
  db: Queryable;
  close(): Promise<void>;
}

export function startDemo(
  options: {
    staticDirs?: Record<string, string>;
    corsOrigins?: string[];
    /** Sees each CSP violation the pages' browsers report to `POST /csp-reports`. */
    onCspReport?: (violation: CspViolation) => void;
    /** Server-rendered pages added to the demo's (path → render function). */
    renderedPages?: Record<string, PageRenderer>;
  } = {},
): Promise<Demo> {
  return start({ port: 0, dataDir: 'memory', ...options }) as Promise<Demo>;
}
