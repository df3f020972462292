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

/** The column of `d` each facet groups (organs as one text, split later). */
const COLUMNS: Record<Facet, string> = {
  site: 'd.site',
  category: 'd.category',
  type: 'd.type',
  organ: 'd.organ_list',
  year: 'd.year::text',
  validity: 'd.validity',
};

/**
 * The select list, over `d` (`document_facets` or `document_search`), of the grouped columns: `g_<facet>` (the value when
 * the row passes every filter but the facet's own, else NULL) and `f_all` (passes every filter).
 */
export function facetColumns(filters: Record<Facet, string>): string {
  const others = (facet: Facet) => {
    const conditions = FACETS.filter((f) => f !== facet && filters[f] !== 'TRUE');
    return conditions.length > 0 ? conditions.map((f) => `(${filters[f]})`).join(' AND ') : 'TRUE';
  };
  const all = FACETS.filter((f) => filters[f] !== 'TRUE').map((f) => `(${filters[f]})`);
  return [
    ...FACETS.map((facet) => `CASE WHEN ${others(facet)} THEN ${COLUMNS[facet]} END AS g_${facet}`),
    `${all.length > 0 ? all.join(' AND ') : 'TRUE'} AS f_all`,
  ].join(', ');
}

/** The condition that keeps the rows failing at most one filter. */
export function atMostOneFailed(filters: Record<Facet, string>): string {
  const given = FACETS.filter((f) => filters[f] !== 'TRUE');
  if (given.length <= 1) return 'TRUE';
  return `${given.map((f) => `(${filters[f]})::int`).join(' + ')} >= ${given.length - 1}`;
}

/**
 * The aggregation over `source` (rows with the {@link facetColumns}): one row per facet value
 * (`kind` the facet) and one `total` row, as `kind, value, count`.
 */
export function facetAggregate(source: string): string {
  const groups = FACETS.map((f) => `g_${f}`);
  const kind = FACETS.map((f) => `WHEN GROUPING(g_${f}) = 0 THEN '${f}'`).join(' ');
  return `SELECT CASE ${kind} ELSE 'total' END AS kind,
            coalesce(${groups.join(', ')}) AS value,
            CASE WHEN GROUPING(${groups.join(', ')}) = ${2 ** FACETS.length - 1}
              THEN count(*) FILTER (WHERE f_all) ELSE count(*) END AS count
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
