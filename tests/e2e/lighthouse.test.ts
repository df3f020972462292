/**
 * End to end: Lighthouse 12.2.3 on every example page of the demo portal (built packages,
 * in-memory database) — performance ≥ 98, accessibility 100, best practices 100, SEO ≥ 95,
 * else the test fails and names the audits that cost the points. The runner is the one
 * `npm run bench -- lighthouse` prints (scripts/bench/lighthouse.mjs, where its configuration
 * is explained: desktop preset, simulated throttling, the weighted audits only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  belowThresholds,
  LIGHTHOUSE_PAGES,
  runLighthouse,
  type LighthouseResult,
} from '../../scripts/bench/lighthouse.mjs';
import { startDemo, type Demo } from '../support/demo.js';

let demo: Demo;
let results: LighthouseResult[] = [];

beforeAll(async () => {
  demo = await startDemo();
  // One Chrome, every page in turn: the per-page checks below read these results.
  results = await runLighthouse(demo.url, { log: (line) => console.log(line) });
}, 300_000);
afterAll(async () => {
  await demo?.close();
});

describe('Lighthouse on every example page', () => {
  it.each(LIGHTHOUSE_PAGES)('%s meets the thresholds', (path) => {
    const result = results.find((r) => r.path === path);
    expect(result, `no Lighthouse result for ${path}`).toBeDefined();
    // The failing audits are in the message, so a failure says what to fix.
    expect(belowThresholds(result!), result!.failing.join('\n')).toEqual([]);
  });
});
