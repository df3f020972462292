/**
 * Facet counts in one pass: every facet's values counted under every other filter, and the
 * total, by one `GROUPING SETS` aggregation over the documents that fail at most one filter.
 * Each facet groups a column that is the filter value when the row passes every other filter
 * and NULL otherwise; the NULL groups are dropped. PostgreSQL (and PGlite) hash all the sets in
 * a single scan of the rows, where one query per facet read them once per facet.
 */
import type { DocumentFacets, DocumentType, DocumentValidity } from '@portal-kit/sdk';

/** The filters that have facets, in facet order. */
export const FACETS = ['site', 'category', 'type', 'organ', 'year', 'validity'] as const;
export type Facet = (typeof FACETS)[number];

/** The value each facet groups, from the row's columns (organs as one text, split later). */
const COLUMNS: Record<Facet, string> = {
  site: 'site',
  category: 'category',
  type: 'type',
  organ: 'organ_list',
  // Grouped as a number, made text only in the result (per group, not per row).
  year: 'year',
  validity: 'validity',
};

const given = (filters: Record<Facet, string>) => FACETS.filter((f) => filters[f] !== 'TRUE');

/**
 * The select list of each given filter's flag, `f_<facet>`: computed once per row (in a
 * subquery kept apart with `OFFSET 0`), then read by {@link facetColumns} and
 * {@link atMostOneFailed}, instead of each condition evaluated again for every facet.
 */
export function flagColumns(filters: Record<Facet, string>): string {
  return given(filters)
    .map((f) => `, (${filters[f]}) AS f_${f}`)
    .join('');
}

/**
 * The select list, over rows with the {@link flagColumns}, of the grouped columns: `g_<facet>`
 * (the value when the row passes every filter but the facet's own, else NULL) and `f_all`
 * (passes every filter).
 */
export function facetColumns(filters: Record<Facet, string>): string {
  const and = (facets: readonly Facet[]) =>
    facets.length > 0 ? facets.map((f) => `f_${f}`).join(' AND ') : 'TRUE';
  const flags = given(filters);
  return [
    ...FACETS.map(
      (facet) =>
        `CASE WHEN ${and(flags.filter((f) => f !== facet))} THEN ${COLUMNS[facet]} END AS g_${facet}`,
    ),
    `${and(flags)} AS f_all`,
  ].join(', ');
}

/** The condition, over the {@link flagColumns}, that keeps the rows failing at most one filter. */
export function atMostOneFailed(filters: Record<Facet, string>): string {
  const flags = given(filters);
  if (flags.length <= 1) return 'TRUE';
  return `${flags.map((f) => `f_${f}::int`).join(' + ')} >= ${flags.length - 1}`;
}

/**
 * The aggregation over `source` (rows with the {@link facetColumns}, each counting for `weight`
 * documents): one row per facet value (`kind` the facet) and one `total` row, as
 * `kind, value, count`.
 */
export function facetAggregate(source: string, weight: 'row' | 'n' = 'row'): string {
  const groups = FACETS.map((f) => `g_${f}`);
  const kind = FACETS.map((f) => `WHEN GROUPING(g_${f}) = 0 THEN '${f}'`).join(' ');
  const count = weight === 'n' ? 'sum(n)' : 'count(*)';
  return `SELECT CASE ${kind} ELSE 'total' END AS kind,
            coalesce(${groups.map((g) => (g === 'g_year' ? `${g}::text` : g)).join(', ')}) AS value,
            CASE WHEN GROUPING(${groups.join(', ')}) = ${2 ** FACETS.length - 1}
              THEN coalesce(${count} FILTER (WHERE f_all), 0) ELSE ${count} END AS count
          FROM ${source}
          GROUP BY GROUPING SETS (${groups.map((g) => `(${g})`).join(', ')}, ())`;
}

/** A row of {@link facetAggregate}. */
export interface FacetRow {
  kind: string;
  value: string | null;
  count: string | number;
}

/**
 * The total and the facets from the rows of {@link facetAggregate}, with the organs' names from
 * `names`; each facet by count (then value), years newest first.
 */
export async function facetsFrom(
  rows: readonly FacetRow[],
  names: (ids: readonly string[]) => Promise<Map<string, string>>,
): Promise<{ total: number; facets: DocumentFacets }> {
  const facets: DocumentFacets = {
    site: [],
    category: [],
    type: [],
    organ: [],
    year: [],
    validity: [],
  };
  let total = 0;
  const organCounts = new Map<string, number>();
  for (const row of rows) {
    const count = Number(row.count);
    if (row.kind === 'total') {
      total = count;
      continue;
    }
    // The rows that fail another filter than the facet's own.
    if (row.value === null) continue;
    const value = row.value;
    if (row.kind === 'organ') {
      for (const organ of value.split(',')) {
        organCounts.set(organ, (organCounts.get(organ) ?? 0) + count);
      }
    } else if (row.kind === 'year') facets.year.push({ value: Number(value), count });
    else if (row.kind === 'type') facets.type.push({ value: value as DocumentType, count });
    else if (row.kind === 'validity') {
      facets.validity.push({ value: value as DocumentValidity, count });
    } else if (row.kind === 'site' || row.kind === 'category') {
      facets[row.kind].push({ value, count });
    }
  }
  const organNames = await names([...organCounts.keys()]);
  for (const [value, count] of organCounts) {
    facets.organ.push({ value, name: organNames.get(value) ?? value, count });
  }
  const byCount = (a: { value: string; count: number }, b: { value: string; count: number }) =>
    b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  for (const list of [facets.site, facets.category, facets.type, facets.organ, facets.validity]) {
    list.sort(byCount);
  }
  facets.year.sort((a, b) => b.value - a.value);
  return { total, facets };
}
