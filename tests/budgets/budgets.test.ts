/**
 * Bundle budgets (scripts/bench/budgets.mjs), measured as `npm run bench` measures them: the
 * shared runtime, each component over the runtime, and the whole kit for <script> users with one
 * language's strings. Bytes are deterministic, so a budget passed is a failed test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetTable,
  components,
  measureBudgets,
  measureLoaderPage,
  type BudgetRow,
} from '../../scripts/bench/bytes.mjs';
import { BUDGETS, CEILINGS } from '../../scripts/bench/budgets.mjs';

let rows: BudgetRow[] = [];
let loaderPage: Awaited<ReturnType<typeof measureLoaderPage>>;

beforeAll(async () => {
  rows = await measureBudgets();
  loaderPage = await measureLoaderPage(['portal-news-feed'], 'zh-CN');
}, 300_000);

afterAll(() => {
  // The table, with an OVER line for each budget passed, whatever the outcome.
  console.log(`\n${budgetTable(rows)}`);
});

const row = (predicate: (r: BudgetRow) => boolean): BudgetRow => {
  const found = rows.find(predicate);
  if (!found) throw new Error('no such budget row');
  return found;
};
const kB = (n: number) => `${(n / 1000).toFixed(2)} kB`;

describe('bundle budgets (brotli)', () => {
  it('the shared runtime stays within its budget (or its known ceiling)', () => {
    const r = row((r) => r.name === 'shared runtime');
    if (CEILINGS.runtime === undefined) {
      expect(r.over, `${kB(r.bytes)} > ${kB(r.budget)}`).toBe(false);
      return;
    }
    expect(r.bytes, `${kB(r.bytes)} > the ceiling ${kB(CEILINGS.runtime)}`).toBeLessThanOrEqual(
      CEILINGS.runtime,
    );
    expect(r.over, `${kB(r.bytes)} fits the budget now: remove CEILINGS.runtime`).toBe(true);
  });

  it.each(components)('%s adds at most the per-component budget to the runtime', (name) => {
    const r = row((r) => r.component === name);
    const ceiling = CEILINGS.components[name];
    if (ceiling === undefined) {
      expect(r.over, `${name}: ${kB(r.bytes)} > ${kB(r.budget)}`).toBe(false);
      return;
    }
    expect(r.bytes, `${name}: ${kB(r.bytes)} > the ceiling ${kB(ceiling)}`).toBeLessThanOrEqual(
      ceiling,
    );
    expect(r.over, `${name}: ${kB(r.bytes)} fits the budget now: remove its ceiling`).toBe(true);
  });

  it('every ceiling names a component that exists', () => {
    expect(Object.keys(CEILINGS.components).filter((name) => !components.includes(name))).toEqual(
      [],
    );
  });

  it('the whole kit for <script> users stays within its budget (or its known ceiling)', () => {
    const r = row((r) => r.name.startsWith('whole kit'));
    if (CEILINGS.kit === undefined) {
      expect(r.over, `${kB(r.bytes)} > ${kB(r.budget)}`).toBe(false);
      return;
    }
    expect(r.bytes, `${kB(r.bytes)} > the ceiling ${kB(CEILINGS.kit)}`).toBeLessThanOrEqual(
      CEILINGS.kit,
    );
    expect(r.over, `${kB(r.bytes)} fits the budget now: remove CEILINGS.kit`).toBe(true);
  });

  it('a page with the loader and one news feed stays within its bytes and requests', () => {
    const { bytes, requests } = BUDGETS.loaderPage;
    const files = loaderPage.files.join(', ');
    expect(
      loaderPage.bytes,
      `${kB(loaderPage.bytes)} > ${kB(bytes)} (${files})`,
    ).toBeLessThanOrEqual(bytes);
    expect(loaderPage.requests, files).toBeLessThanOrEqual(requests);
  });
});
