/**
 * axe-core in the test page: `expectNoAxeViolations(element)` runs every rule on the element,
 * shadow DOM included, and fails with a readable list of violations.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

interface AxeGlobal {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

function axe(): AxeGlobal {
  const global = (window as unknown as { axe?: AxeGlobal }).axe;
  if (!global) throw new Error('axe-core did not load');
  return global;
}

/** Fails when axe finds any violation in `element` (and its shadow DOM). */
export async function expectNoAxeViolations(element: Element, label = ''): Promise<void> {
  const results = await axe().run(element, { resultTypes: ['violations'] });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
        v.nodes.map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  throw new Error(
    `axe found ${results.violations.length} violation(s)${label ? ` in ${label}` : ''}:\n${report}`,
  );
}
