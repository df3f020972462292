/**
 * The documents list: filters, text search, newest or relevance order, keyset pages, the total
 * and the facet counts (each filter's values counted under every other filter), in two
 * statements — one for the page, one for the total and every facet.
 */
import type {
  DocumentFacets,
  DocumentsPage,
  DocumentType,
  DocumentValidity,
} from '@portal-kit/sdk';
import type { Queryable } from '../db/database.js';
import { decodeDocumentCursor, encodeDocumentCursor, queryFingerprint } from './cursor.js';
import { FALLBACK_LANG, summariesOf } from './read.js';
import { queryTerms, snippetOf, termTokens } from './text.js';
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

/** The filters that have facets, in facet order. */
const FACETS = ['site', 'category', 'type', 'organ', 'year', 'validity'] as const;
type Facet = (typeof FACETS)[number];

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
 * The FROM clause and the conditions every count shares: the text query (its tokens through
 * the GIN index, longer terms checked as substrings) and `translated`.
 */
function baseOf(plan: Plan, params: Params): { from: string; where: string[] } {
  const where: string[] = [];
  if (plan.translated) where.push(`${params.add(plan.lang)}::text = ANY(d.languages)`);
  if (!plan.terms) return { from: 'document_facets d', where };
  if (plan.terms.length === 0) return { from: 'document_facets d', where: ['FALSE'] };
  where.push(`s.tokens @> ${params.add(termTokens(plan.terms))}::text[]`);
  for (const term of plan.terms) {
    if (!term.check) continue;
    const t = params.add(term.text);
    where.push(
      `(strpos(s.title, ${t}::text) > 0 OR strpos(s.summary, ${t}::text) > 0 ` +
        `OR strpos(s.body, ${t}::text) > 0)`,
    );
  }
  return { from: 'document_facets d JOIN document_search s ON s.document = d.document', where };
}

/**
 * The relevance rank over `document_search s`: for each term, 0 when the title holds it, 1 when
 * the summary does, else 2 (the body); summed. Lower ranks first.
 */
function rankOf(plan: Plan, params: Params): string {
  if (!plan.terms || plan.terms.length === 0) return '0';
  return plan.terms
    .map((term) => {
      const t = params.add(term.text);
      return (
        `CASE WHEN strpos(s.title, ${t}::text) > 0 THEN 0 ` +
        `WHEN strpos(s.summary, ${t}::text) > 0 THEN 1 ELSE 2 END`
      );
    })
    .join(' + ');
}

interface PageRow {
  id: string;
  published_on: string;
  rank: number;
}

async function pageOf(
  db: Queryable,
  plan: Plan,
  fingerprint: string,
  limit: number,
  cursor: string | undefined,
): Promise<{ rows: PageRow[]; next: string | null }> {
  const params = new Params();
  const base = baseOf(plan, params);
  const filters = filterConditions(plan, params);
  const where = [...base.where, ...Object.values(filters).filter((c) => c !== 'TRUE')];
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
  const rows = await db.query<PageRow>(
    `SELECT m.id, to_char(m.published_on, 'YYYY-MM-DD') AS published_on, m.rank
     FROM (SELECT d.document AS id, d.published_on, (${rank})::int AS rank
           FROM ${base.from}
           ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}) m
     ${after.length > 0 ? `WHERE ${after.join(' AND ')}` : ''}
     ORDER BY ${relevance ? 'm.rank, ' : ''}m.published_on DESC, m.id DESC
     LIMIT ${params.add(limit + 1)}::int`,
    params.values,
  );
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    rows: rows.slice(0, limit),
    next: last
      ? encodeDocumentCursor({
          query: fingerprint,
          rank: relevance ? Number(last.rank) : null,
          publishedOn: last.published_on,
          id: last.id,
        })
      : null,
  };
}

interface FacetRow {
  facet: Facet | 'total';
  value: string | null;
  count: string | number;
}

/**
 * The total and every facet in one statement: the documents that fail at most one filter are
 * read once (a CTE); each facet counts those passing every filter but its own. Organs are
 * grouped by the document's whole list of organs (`organ_list`, one text: hashing a text is far
 * cheaper than hashing an array), then counted per organ here (a joint document counts for each organ).
 */
async function facetsOf(
  db: Queryable,
  plan: Plan,
  names: (ids: readonly string[]) => Promise<Map<string, string>>,
): Promise<{ total: number; facets: DocumentFacets }> {
  const params = new Params();
  const base = baseOf(plan, params);
  const filters = filterConditions(plan, params);
  const flags = FACETS.map((facet) => `(${filters[facet]}) AS f_${facet}`).join(', ');
  const passed = FACETS.map((facet) => `(${filters[facet]})::int`).join(' + ');
  const others = (facet: Facet | null) =>
    FACETS.filter((f) => f !== facet)
      .map((f) => `f_${f}`)
      .join(' AND ');
  const counted = (facet: Facet, column: string) =>
    `SELECT '${facet}' AS facet, ${column}::text AS value, count(*) AS count
     FROM m WHERE ${others(facet)} GROUP BY ${column}`;
  const rows = await db.query<FacetRow>(
    `WITH m AS MATERIALIZED (
       SELECT d.site, d.category, d.type, d.year, d.validity, d.organ_list, ${flags}
       FROM ${base.from}
       WHERE ${[...base.where, `${passed} >= ${FACETS.length - 1}`].join(' AND ')}
     )
     ${counted('site', 'site')}
     UNION ALL ${counted('category', 'category')}
     UNION ALL ${counted('type', 'type')}
     UNION ALL ${counted('year', 'year')}
     UNION ALL ${counted('validity', 'validity')}
     UNION ALL ${counted('organ', 'organ_list')}
     UNION ALL SELECT 'total', NULL, count(*) FROM m WHERE ${others(null)}`,
    params.values,
  );
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
    const value = row.value ?? '';
    if (row.facet === 'total') total = count;
    else if (row.facet === 'organ') {
      for (const organ of value.split(',')) {
        organCounts.set(organ, (organCounts.get(organ) ?? 0) + count);
      }
    } else if (row.facet === 'year') facets.year.push({ value: Number(value), count });
    else if (row.facet === 'type') facets.type.push({ value: value as DocumentType, count });
    else if (row.facet === 'validity') {
      facets.validity.push({ value: value as DocumentValidity, count });
    } else facets[row.facet].push({ value, count });
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
  const page = await pageOf(db, plan, fingerprint, limit, options.cursor);
  const { total, facets } = await facetsOf(db, plan, (ids) => organNames(db, ids, plan.lang));
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

/** The summaries with the snippet of each, from its text in `lang`, then in Chinese. */
async function withSnippets(
  db: Queryable,
  summaries: DocumentsPage['items'],
  terms: readonly QueryTerm[],
  lang: string,
): Promise<DocumentsPage['items']> {
  if (summaries.length === 0) return summaries;
  const langs = [...new Set([lang, FALLBACK_LANG])];
  const texts = await db.query<{
    document: string;
    lang: string;
    title: string;
    summary: string;
    body: { text: string }[] | string;
  }>(
    `SELECT document, lang, title, summary, body FROM document_texts
     WHERE document = ANY($1::text[]) AND lang = ANY($2::text[])`,
    [summaries.map((s) => s.id), langs],
  );
  return summaries.map((summary) => {
    const sources = langs.flatMap((l) => {
      const row = texts.find((t) => t.document === summary.id && t.lang === l);
      if (!row) return [];
      const body =
        typeof row.body === 'string' ? (JSON.parse(row.body) as { text: string }[]) : row.body;
      return [{ title: row.title, summary: row.summary, body }];
    });
    const snippet = snippetOf(sources, terms);
    return snippet ? { ...summary, snippet } : summary;
  });
}
