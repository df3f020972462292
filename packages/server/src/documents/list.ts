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
import { queryTerms, termTokens } from './text.js';
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

/** A statement's parameters, appended as they are named. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
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
 * The FROM clause (as `d`) and the conditions every count shares: the text query (its tokens
 * through the GIN index, longer terms checked as substrings) and `translated`. Without a query
 * the narrow `document_facets`; with one `document_search`, which carries the same filter
 * values beside the texts, so the matches are filtered, ranked and counted without a join.
 */
function baseOf(plan: Plan, params: Params): { from: string; where: string[] } {
  const where: string[] = [];
  if (plan.translated) where.push(`${params.add(plan.lang)}::text = ANY(d.languages)`);
  if (!plan.terms) return { from: 'document_facets d', where };
  if (plan.terms.length === 0) return { from: 'document_facets d', where: ['FALSE'] };
  where.push(`d.tokens @> ${params.add(termTokens(plan.terms))}::text[]`);
  for (const term of plan.terms) {
    if (!term.check) continue;
    const t = params.add(term.text);
    where.push(
      `(strpos(d.title, ${t}::text) > 0 OR strpos(d.summary, ${t}::text) > 0 ` +
        `OR strpos(d.body, ${t}::text) > 0)`,
    );
  }
  return { from: 'document_search d', where };
}

/**
 * The relevance rank over `document_search d`: for each term, 0 when the title holds it, 1 when
 * the summary does, else 2 (the body); summed. Lower ranks first.
 */
function rankOf(plan: Plan, params: Params): string {
  if (!plan.terms || plan.terms.length === 0) return '0';
  return plan.terms
    .map((term) => {
      const t = params.add(term.text);
      return (
        `CASE WHEN strpos(d.title, ${t}::text) > 0 THEN 0 ` +
        `WHEN strpos(d.summary, ${t}::text) > 0 THEN 1 ELSE 2 END`
      );
    })
    .join(' + ');
}

interface PageRow {
  id: string;
  published_on: string;
  rank: number;
}

/** The page's order and keyset: the rank expression and the condition after `cursor`, over `m`. */
function orderOf(
  plan: Plan,
  params: Params,
  fingerprint: string,
  cursor: string | undefined,
): { rank: string; after: string[]; order: string } {
  const relevance = plan.sort === 'relevance';
  const rank = relevance ? rankOf(plan, params) : '0';
  const after: string[] = [];
  if (cursor !== undefined) {
    const position = decodeDocumentCursor(cursor);
    if (!position || position.query !== fingerprint || (position.rank !== null) !== relevance) {
      throw new InvalidDocumentCursorError('not a cursor of this query');
    }
    const keyset = `(m.published_on, m.id) < (${params.add(position.publishedOn)}::date, ${params.add(position.id)}::text)`;
    if (relevance) {
      const r = params.add(position.rank);
      after.push(`(m.rank > ${r}::int OR (m.rank = ${r}::int AND ${keyset}))`);
    } else after.push(keyset);
  }
  const order = `${relevance ? 'm.rank, ' : ''}m.published_on DESC, m.id DESC`;
  return { rank, after, order };
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

type Names = (ids: readonly string[]) => Promise<Map<string, string>>;
interface Listed {
  page: { rows: PageRow[]; next: string | null };
  total: number;
  facets: DocumentFacets;
}

/**
 * Without a text query: the page walks the newest-first index until it has `limit` + 1 rows;
 * the total and the facets are one aggregation over `document_facets` (see ./facets.ts).
 */
async function listPlain(
  db: Queryable,
  plan: Plan,
  fingerprint: string,
  limit: number,
  cursor: string | undefined,
  names: Names,
): Promise<Listed> {
  const params = new Params();
  const base = baseOf(plan, params);
  const filters = filterConditions(plan, params);
  const where = [...base.where, ...Object.values(filters).filter((c) => c !== 'TRUE')];
  const { after, order } = orderOf(plan, params, fingerprint, cursor);
  const rows = await db.query<PageRow>(
    `SELECT m.id, to_char(m.published_on, 'YYYY-MM-DD') AS published_on, m.rank
     FROM (SELECT d.document AS id, d.published_on, 0 AS rank FROM ${base.from}
           ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}) m
     ${after.length > 0 ? `WHERE ${after.join(' AND ')}` : ''}
     ORDER BY ${order}
     LIMIT ${params.add(limit + 1)}::int`,
    params.values,
  );
  // The counts read the summary of filter-value combinations, each row counting for `n`.
  const counts = new Params();
  const countFilters = filterConditions(plan, counts);
  const countWhere = baseOf(plan, counts).where;
  const facetRows = await db.query<FacetRow>(
    facetAggregate(
      `(SELECT ${facetColumns(countFilters)}, n
        FROM (SELECT d.site, d.category, d.type, d.year, d.validity, d.organ_list, d.n
                     ${flagColumns(countFilters)}
              FROM document_counts d
              ${countWhere.length > 0 ? `WHERE ${countWhere.join(' AND ')}` : ''} OFFSET 0) d
        WHERE ${atMostOneFailed(countFilters)}) x`,
      'n',
    ),
    counts.values,
  );
  return {
    page: pageFrom(plan, fingerprint, limit, rows),
    ...(await facetsFrom(facetRows, names)),
  };
}

/**
 * With a text query, one statement: the matches that fail at most one filter are read once
 * through the token index, with their rank (a materialized CTE); the page is the top of those
 * passing every filter, the total and the facets one aggregation over them all.
 */
async function listMatches(
  db: Queryable,
  plan: Plan,
  fingerprint: string,
  limit: number,
  cursor: string | undefined,
  names: Names,
): Promise<Listed> {
  const params = new Params();
  const base = baseOf(plan, params);
  const filters = filterConditions(plan, params);
  const { rank, after, order } = orderOf(plan, params, fingerprint, cursor);
  const rows = await db.query<FacetRow & { published_on: string | null; rank: number | null }>(
    `WITH m AS MATERIALIZED (
       SELECT id, published_on, rank, ${facetColumns(filters)}
       FROM (SELECT d.document AS id, d.published_on, (${rank})::int AS rank, d.site, d.category,
                    d.type, d.year, d.validity, d.organ_list ${flagColumns(filters)}
             FROM ${base.from} WHERE ${base.where.join(' AND ')} OFFSET 0) d
       WHERE ${atMostOneFailed(filters)}
     ), p AS (
       SELECT m.id, m.published_on, m.rank, row_number() OVER (ORDER BY ${order}) AS n
       FROM (SELECT m.id, m.published_on, m.rank FROM m
             WHERE ${['m.f_all', ...after].join(' AND ')}
             ORDER BY ${order} LIMIT ${params.add(limit + 1)}::int) m
     )
     SELECT 'page' AS kind, id AS value, n AS count,
            to_char(published_on, 'YYYY-MM-DD') AS published_on, rank FROM p
     UNION ALL
     SELECT f.*, NULL, NULL FROM (${facetAggregate('m')}) f`,
    params.values,
  );
  const page = rows
    .filter((row) => row.kind === 'page')
    .sort((a, b) => Number(a.count) - Number(b.count))
    .map((row) => ({
      id: row.value ?? '',
      published_on: row.published_on ?? '',
      rank: Number(row.rank),
    }));
  return {
    page: pageFrom(plan, fingerprint, limit, page),
    ...(await facetsFrom(
      rows.filter((row) => row.kind !== 'page'),
      names,
    )),
  };
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
 * {@link InvalidDocumentCursorError} for a cursor of another query or order.
 */
export async function listDocuments(
  db: Queryable,
  options: ListDocumentsOptions,
): Promise<DocumentsPage> {
  const plan = planOf(options);
  const fingerprint = fingerprintOf(plan);
  const limit = Math.max(1, Math.floor(options.limit));
  const names: Names = (ids) => organNames(db, ids, plan.lang);
  const { page, total, facets } = await (plan.terms ? listMatches : listPlain)(
    db,
    plan,
    fingerprint,
    limit,
    options.cursor,
    names,
  );
  const summaries = await summariesOf(
    db,
    page.rows.map((row) => row.id),
    plan.lang,
  );
  const terms = plan.terms ?? [];
  const items =
    terms.length === 0 ? summaries : await withSnippets(db, summaries, terms, plan.lang);
  return { items, nextCursor: page.next, total, facets };
}
