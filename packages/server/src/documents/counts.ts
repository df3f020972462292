/**
 * The facet counts of a list without a text query, counted in memory. `document_counts` holds
 * how many documents share each combination of filter values (about a third as many rows as
 * documents); a server process keeps a copy and counts every facet and the total in one pass
 * over it, instead of the database aggregating the table again for every list. The copy is
 * checked against `document_counts_version` (one row, raised by every write of the documents'
 * filter values) at each list and reloaded when it moved, so counts stay exact whoever wrote.
 *
 * The copy is held column by column, each value as its number in a dictionary of the facet's
 * values: a list first decides which values pass each filter (a few hundred at most), then the
 * pass over the combinations reads small integers only.
 */
import type { Queryable } from '../db/database.js';
import { FACETS } from './facets.js';
import type { Facet, FacetRow } from './facets.js';

/** A row of `document_counts`: a combination of filter values and how many documents have it. */
interface CountRow {
  site: string;
  category: string;
  type: string;
  year: number;
  validity: string;
  /** The organs, comma-separated, as the facet groups them. */
  organ_list: string;
  languages: string[];
  n: number;
}

/** The filters of a list, normalized: `null` where not given. */
export interface CountFilters {
  sites: readonly string[] | null;
  categories: readonly string[] | null;
  types: readonly string[] | null;
  organs: readonly string[] | null;
  validities: readonly string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** Only combinations with a text in this language (`translated`), else `null`. */
  lang: string | null;
}

/** One column of the copy: each row's value as its index in `values`. */
interface Column {
  values: string[];
  ids: Int32Array;
}

/** The copy of `document_counts` at `version`, column by column. */
export interface CountsSnapshot {
  version: string;
  size: number;
  columns: Record<Facet, Column>;
  /** Each row's languages, as the index of its set in `values` (joined by commas). */
  languages: Column;
  n: Int32Array;
}

function columnOf(size: number, valueAt: (i: number) => string): Column {
  const index = new Map<string, number>();
  const values: string[] = [];
  const ids = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const value = valueAt(i);
    let id = index.get(value);
    if (id === undefined) {
      id = values.length;
      index.set(value, id);
      values.push(value);
    }
    ids[i] = id;
  }
  return { values, ids };
}

/** The copy, column by column, of `rows` at `version`. */
export function snapshotOf(version: string, rows: readonly CountRow[]): CountsSnapshot {
  const size = rows.length;
  const at = (i: number) => rows[i] as CountRow;
  return {
    version,
    size,
    columns: {
      site: columnOf(size, (i) => at(i).site),
      category: columnOf(size, (i) => at(i).category),
      type: columnOf(size, (i) => at(i).type),
      organ: columnOf(size, (i) => at(i).organ_list),
      year: columnOf(size, (i) => String(at(i).year)),
      validity: columnOf(size, (i) => at(i).validity),
    },
    languages: columnOf(size, (i) => at(i).languages.join(',')),
    n: Int32Array.from(rows, (r) => r.n),
  };
}

/** The in-memory copy of `document_counts` of one database (see the module comment). */
export class DocumentCounts {
  #current: CountsSnapshot | null = null;
  #loading: Promise<CountsSnapshot> | null = null;

  constructor(private readonly db: Queryable) {}

  /** The copy as of the current version, reloaded first when the version moved. */
  async snapshot(): Promise<CountsSnapshot> {
    const [row] = await this.db.query<{ version: string }>(
      'SELECT version::text AS version FROM document_counts_version',
    );
    if (this.#current && this.#current.version === row?.version) return this.#current;
    // Lists that find the version moved at once share one reload.
    this.#loading ??= this.#load().finally(() => (this.#loading = null));
    return this.#loading;
  }

  async #load(): Promise<CountsSnapshot> {
    // One statement: the version and the counts of the same database snapshot.
    const rows = await this.db.query<CountRow & { version: string }>(
      `SELECT v.version::text AS version, c.site, c.category, c.type, c.year, c.validity,
              c.organ_list, c.languages, c.n
       FROM document_counts_version v LEFT JOIN document_counts c ON TRUE`,
    );
    this.#current = snapshotOf(
      rows[0]?.version ?? '',
      rows.filter((r) => r.site !== null),
    );
    return this.#current;
  }
}

/** Which values of `column` pass `test`, by index; `null` when every value does (no filter). */
function passing(column: Column, test: ((value: string) => boolean) | null): Uint8Array | null {
  if (!test) return null;
  return Uint8Array.from(column.values, (value) => (test(value) ? 1 : 0));
}

const member = (values: readonly string[] | null) => {
  if (!values) return null;
  const set = new Set(values);
  return (value: string) => set.has(value);
};

/**
 * Every facet's values counted under every other filter, and the total, as the rows the
 * database's aggregation gives (`facetAggregate`): organs as their comma-separated list.
 */
export function countFacets(snapshot: CountsSnapshot, filters: CountFilters): FacetRow[] {
  const { columns, size, n } = snapshot;
  const { organs, yearFrom, yearTo, lang } = filters;
  const tests: Record<Facet, ((value: string) => boolean) | null> = {
    site: member(filters.sites),
    category: member(filters.categories),
    type: member(filters.types),
    organ: organs ? (list) => list.split(',').some((o) => organs.includes(o)) : null,
    year:
      yearFrom === null && yearTo === null
        ? null
        : (value) =>
            (yearFrom === null || Number(value) >= yearFrom) &&
            (yearTo === null || Number(value) <= yearTo),
    validity: member(filters.validities),
  };
  const pass = FACETS.map((facet) => passing(columns[facet], tests[facet]));
  const ids = FACETS.map((facet) => columns[facet].ids);
  const sums = FACETS.map((facet) => new Float64Array(columns[facet].values.length));
  const languages =
    lang === null ? null : passing(snapshot.languages, (set) => set.split(',').includes(lang));
  let total = 0;
  for (let row = 0; row < size; row++) {
    if (languages && languages[snapshot.languages.ids[row] ?? 0] === 0) continue;
    // The filter the row fails, if exactly one; rows failing two count nowhere.
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < FACETS.length; f++) {
      const table = pass[f];
      if (table && table[ids[f]![row]!] === 0) {
        failures++;
        failed = f;
      }
    }
    if (failures > 1) continue;
    const weight = n[row] ?? 0;
    if (failures === 0) total += weight;
    for (let f = 0; f < FACETS.length; f++) {
      if (failures === 0 || failed === f) sums[f]![ids[f]![row]!]! += weight;
    }
  }
  const rows: FacetRow[] = [{ kind: 'total', value: null, count: total }];
  FACETS.forEach((facet, f) => {
    columns[facet].values.forEach((value, id) => {
      const count = sums[f]![id] ?? 0;
      if (count > 0) rows.push({ kind: facet, value, count });
    });
  });
  return rows;
}
