/**
 * The documents list: filters, text search, newest or relevance order, keyset pages, the total
 * and the facet counts (each filter's values counted under every other filter): without a text
 * query in two statements (the page, then the total and every facet), with one in a single
 * statement that reads the matches once.
 */
import type {
  DocumentFacets,
  DocumentsPage,
  DocumentType,
  DocumentValidity,
} from '@portal-kit/sdk';
import type { Queryable } from '../db/database.js';
import { countFacets } from './counts.js';
import type { DocumentCounts } from './counts.js';
import { decodeDocumentCursor, encodeDocumentCursor, queryFingerprint } from './cursor.js';
import {
  atMostOneFailed,
  facetAggregate,
  facetColumns,
  facetsFrom,
  flagColumns,
} from './facets.js';
import type { Facet, FacetRow } from './facets.js';
import { FALLBACK_LANG, summariesOf } from './read.js';
import { withSnippets } from './snippets.js';
import { matchOf, Params, relevancePage } from './search.js';
import type { PageRow } from './search.js';
import { queryTerms } from './text.js';
import type { QueryTerm } from './text.js';

/** What `listDocuments` takes: the contract's query, validated. */
export interface ListDocumentsOptions {
  /** Site ids; none or empty for every site. */
  sites?: readonly string[];
  categories?: readonly string[];
  types?: readonly DocumentType[];
  /** Issuing organ ids: a joint document counts for each of its organs. */
  organs?: readonly string[];
  validities?: readonly DocumentValidity[];
  /** Years of publication, inclusive. */
  yearFrom?: number;
  yearTo?: number;
  /** Text query: every term must match (see `queryTerms`). */
  q?: string;
  /** Default `relevance` with `q`, else `newest`. */
  sort?: 'newest' | 'relevance';
  /** Language of titles and summaries; default Chinese. */
  lang?: string;
  /** Only documents with a text in `lang`. */
  translated?: boolean;
  limit: number;
  /** `nextCursor` of the previous page of the same query. */
  cursor?: string;
}

/** Thrown for a cursor this server did not make, or made for another query or order. */
export class InvalidDocumentCursorError extends Error {
  override name = 'InvalidDocumentCursorError';
}

const sorted = (values: readonly string[] | undefined) =>
  values && values.length > 0 ? [...new Set(values)].sort() : null;

/** The normalized query: what decides a list's content and order. */
interface Plan {
  sites: string[] | null;
  categories: string[] | null;
  types: string[] | null;
  organs: string[] | null;
  validities: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  terms: QueryTerm[] | null;
  sort: 'newest' | 'relevance';
  lang: string;
  translated: boolean;
}

function planOf(options: ListDocumentsOptions): Plan {
  const terms = options.q === undefined ? null : queryTerms(options.q);
  return {
    sites: sorted(options.sites),
    categories: sorted(options.categories),
    types: sorted(options.types),
    organs: sorted(options.organs),
    validities: sorted(options.validities),
    yearFrom: options.yearFrom ?? null,
    yearTo: options.yearTo ?? null,
    terms,
    sort: options.sort ?? (terms ? 'relevance' : 'newest'),
    lang: options.lang ?? FALLBACK_LANG,
    translated: options.translated ?? false,
  };
}

function fingerprintOf(plan: Plan): string {
  return queryFingerprint({ ...plan, terms: plan.terms?.map((t) => t.text) ?? null });
}

/** Each filter's condition over `document_facets d` (`TRUE` where the filter is not given). */
function filterConditions(plan: Plan, params: Params): Record<Facet, string> {
  const any = (column: string, values: string[] | null) =>
    values ? `${column} = ANY(${params.add(values)}::text[])` : 'TRUE';
  const years: string[] = [];
  if (plan.yearFrom !== null) years.push(`d.year >= ${params.add(plan.yearFrom)}::int`);
  if (plan.yearTo !== null) years.push(`d.year <= ${params.add(plan.yearTo)}::int`);
  return {
    site: any('d.site', plan.sites),
    category: any('d.category', plan.categories),
    type: any('d.type', plan.types),
    organ: plan.organs ? `d.organs && ${params.add(plan.organs)}::text[]` : 'TRUE',
    year: years.length > 0 ? years.join(' AND ') : 'TRUE',
    validity: any('d.validity', plan.validities),
  };
}

/**
 * The FROM clause (as `d`) and the conditions every count shares: the text query (see
 * `matchOf`) and `translated`. Without a query the narrow `document_facets`; with one
 * `document_search`, which carries the same filter values beside the tokens, so the matches
 * are filtered and counted without a join.
 */
function baseOf(plan: Plan, params: Params): { from: string; where: string[] } {
  const where: string[] = [];
  if (plan.translated) where.push(`${params.add(plan.lang)}::text = ANY(d.languages)`);
  if (!plan.terms) return { from: 'document_facets d', where };
  if (plan.terms.length === 0) return { from: 'document_facets d', where: ['FALSE'] };
  return { from: 'document_search d', where: [...where, ...matchOf(plan.terms, params)] };
}

/** Where the page starts: the position `cursor` holds, checked to be of this query and order. */
function positionOf(
  plan: Plan,
  fingerprint: string,
  cursor: string | undefined,
): { rank: number | null; publishedOn: string; id: string } | null {
  if (cursor === undefined) return null;
  const position = decodeDocumentCursor(cursor);
  if (
    !position ||
    position.query !== fingerprint ||
    (position.rank !== null) !== (plan.sort === 'relevance')
  ) {
    throw new InvalidDocumentCursorError('not a cursor of this query');
  }
  return position;
}

/** The page's rows (`limit` + 1 asked) as returned, and the cursor after them. */
function pageFrom(
  plan: Plan,
  fingerprint: string,
  limit: number,
  rows: PageRow[],
): { rows: PageRow[]; next: string | null } {
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    rows: rows.slice(0, limit),
    next: last
      ? encodeDocumentCursor({
          query: fingerprint,
          rank: plan.sort === 'relevance' ? Number(last.rank) : null,
          publishedOn: last.published_on,
          id: last.id,
        })
      : null,
  };
}

/**
 * The page's `limit` + 1 rows. Newest first: the matches (or, without a text query, the
 * newest-first index of `document_facets`) passing every filter after the cursor, the newest
 * first. By relevance: rank after rank through the index (see ./search.ts). `position`: where
 * the cursor left off.
 */
async function pageRows(
  db: Queryable,
  plan: Plan,
  limit: number,
  position: ReturnType<typeof positionOf>,
): Promise<PageRow[]> {
  if (plan.sort === 'relevance' && plan.terms) {
    const terms = plan.terms;
    if (terms.length === 0) return [];
    const filters = (params: Params) => [
      ...baseOf({ ...plan, terms: null }, params).where,
      ...Object.values(filterConditions(plan, params)).filter((c) => c !== 'TRUE'),
    ];
    const after = position ? { ...position, rank: position.rank ?? 0 } : null;
    return relevancePage(db, terms, filters, after, limit + 1);
  }
  const params = new Params();
  const base = baseOf(plan, params);
  const filters = filterConditions(plan, params);
  const where = [...base.where, ...Object.values(filters).filter((c) => c !== 'TRUE')];
  if (position) {
    where.push(
      `(d.published_on, d.document) < (${params.add(position.publishedOn)}::date, ` +
        `${params.add(position.id)}::text)`,
    );
  }
  return db.query<PageRow>(
    `SELECT d.document AS id, to_char(d.published_on, 'YYYY-MM-DD') AS published_on, 0 AS rank
     FROM ${base.from} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY d.published_on DESC, d.document DESC
     LIMIT ${params.add(limit + 1)}::int`,
    params.values,
  );
}

type Names = (ids: readonly string[]) => Promise<Map<string, string>>;

/**
 * The total and the facets, one aggregation (see ./facets.ts): without a text query over
 * `document_counts` (each row a combination of filter values, counting for `n` documents) —
 * in memory when the caller keeps a copy (`counts`, see ./counts.ts), else by the database;
 * with one over the matches' rows of `document_search`, only their filter values read.
 */
async function countsOf(
  db: Queryable,
  plan: Plan,
  names: Names,
  counts: DocumentCounts | undefined,
): Promise<{ total: number; facets: DocumentFacets }> {
  if (plan.terms === null && counts) {
    const rows = countFacets(await counts.snapshot(), {
      ...plan,
      lang: plan.translated ? plan.lang : null,
    });
    return facetsFrom(rows, names);
  }
  const params = new Params();
  const filters = filterConditions(plan, params);
  const base = baseOf(plan, params);
  const search = plan.terms !== null && plan.terms.length > 0;
  const rows = await db.query<FacetRow>(
    facetAggregate(
      `(SELECT ${facetColumns(filters)} ${search ? '' : ', n'}
        FROM (SELECT d.site, d.category, d.type, d.year, d.validity, d.organ_list
                     ${search ? '' : ', d.n'} ${flagColumns(filters)}
              FROM ${search ? 'document_search' : 'document_counts'} d
              ${base.where.length > 0 ? `WHERE ${base.where.join(' AND ')}` : ''}
              ${flagColumns(filters) === '' ? '' : 'OFFSET 0'}) d
        WHERE ${atMostOneFailed(filters)}) x`,
      search ? 'row' : 'n',
    ),
    params.values,
  );
  return facetsFrom(rows, names);
}

/** Names of the organs `ids` in `lang`, else in Chinese. */
async function organNames(
  db: Queryable,
  ids: readonly string[],
  lang: string,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; name: string }>(
    `SELECT id, coalesce(names ->> $2::text, names ->> '${FALLBACK_LANG}') AS name
     FROM organs WHERE id = ANY($1::text[])`,
    [[...ids], lang],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * One page of documents for `options`, the total and the facets. Throws
 * {@link InvalidDocumentCursorError} for a cursor of another query or order. `counts`: the
 * caller's in-memory copy of the facet counts of `db` (lists without a text query count there).
 */
export async function listDocuments(
  db: Queryable,
  options: ListDocumentsOptions,
  counts?: DocumentCounts,
): Promise<DocumentsPage> {
  const plan = planOf(options);
  const fingerprint = fingerprintOf(plan);
  const limit = Math.max(1, Math.floor(options.limit));
  const names: Names = (ids) => organNames(db, ids, plan.lang);
  // The cursor is checked before any statement starts.
  const position = positionOf(plan, fingerprint, options.cursor);
  const terms = plan.terms ?? [];
  // The page's rows, summaries and snippets are read while the facets are counted.
  const read = async () => {
    const page = pageFrom(plan, fingerprint, limit, await pageRows(db, plan, limit, position));
    const ids = page.rows.map((row) => row.id);
    const summaries = await summariesOf(db, ids, plan.lang);
    const items =
      terms.length === 0 ? summaries : await withSnippets(db, summaries, terms, plan.lang);
    return { items, next: page.next };
  };
  const [{ items, next }, { total, facets }] = await Promise.all([
    read(),
    countsOf(db, plan, names, counts),
  ]);
  return { items, nextCursor: next, total, facets };
}
