/**
 * The page of a text query in relevance order, from the index. Each term of a match has a tier:
 * 0 when the title holds it, 1 when the summary does (and not the title), 2 for the body only;
 * a match's rank is the sum of its terms' tiers, lower first, then newest. The tokens carry
 * field tags (`t:<token>`, `s:<token>`, see `fieldTags`), so the GIN index finds the matches
 * of each tier: the page is read rank after rank, and a rank's rows are the newest of the
 * tier combinations that sum to it, each through the index — the page of a word in 39% of
 * the documents reads its title matches, not all 39,000 matches.
 */
import type { Queryable } from '../db/database.js';
import { FIELD_TAG, termTokens } from './text.js';
import type { QueryTerm } from './text.js';

/** A statement's parameters, appended as they are named. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A row of a page: the document, its publication day (`YYYY-MM-DD`) and its rank. */
export interface PageRow {
  id: string;
  published_on: string;
  rank: number;
}

/** Where a relevance page starts: after this row of that rank. */
export interface RankedPosition {
  rank: number;
  publishedOn: string;
  id: string;
}

/** Tier combinations (one tier per term) are enumerated up to this many terms. */
const MAX_ENUMERATED_TERMS = 2;

/**
 * The conditions over `document_search d` of the documents holding every term: all their
 * tokens (the GIN index), and a term longer than its tokens as a substring of a field.
 */
export function matchOf(terms: readonly QueryTerm[], params: Params): string[] {
  const where = [`d.tokens @> ${params.add(termTokens(terms))}::text[]`];
  for (const term of terms) {
    if (!term.check) continue;
    const t = params.add(term.text);
    where.push(
      `(strpos(d.title, ${t}::text) > 0 OR strpos(d.summary, ${t}::text) > 0 ` +
        `OR strpos(d.body, ${t}::text) > 0)`,
    );
  }
  return where;
}

type Field = keyof typeof FIELD_TAG;
const tagsOf = (term: QueryTerm, field: Field) => term.tokens.map((t) => FIELD_TAG[field] + t);

/** The ids of the documents whose `field` holds `term`: its tags, checked as a substring. */
function holdersOf(term: QueryTerm, field: Field, params: Params): string {
  const check = term.check ? ` AND strpos(s.${field}, ${params.add(term.text)}::text) > 0` : '';
  return (
    `SELECT s.document FROM document_search s ` +
    `WHERE s.tokens @> ${params.add(tagsOf(term, field))}::text[]${check}`
  );
}

/**
 * The newest `limit` matches whose terms have `tiers`, passing `where` (conditions over `d`),
 * as a parenthesized statement: the tags of the tiers 0 and 1 join the tokens the index
 * looks up; the fields a term must not be in are sets of ids the index finds.
 */
function tierCombination(
  terms: readonly QueryTerm[],
  tiers: readonly number[],
  where: readonly string[],
  limit: string,
  params: Params,
): string {
  const tokens = termTokens(terms);
  const conditions: string[] = [];
  terms.forEach((term, i) => {
    const tier = tiers[i] ?? 2;
    const t = term.check ? params.add(term.text) : '';
    if (tier === 0) {
      tokens.push(...tagsOf(term, 'title'));
      if (term.check) conditions.push(`strpos(d.title, ${t}::text) > 0`);
      return;
    }
    conditions.push(`d.document NOT IN (${holdersOf(term, 'title', params)})`);
    if (tier === 1) {
      tokens.push(...tagsOf(term, 'summary'));
      if (term.check) conditions.push(`strpos(d.summary, ${t}::text) > 0`);
      return;
    }
    conditions.push(`d.document NOT IN (${holdersOf(term, 'summary', params)})`);
    if (term.check) conditions.push(`strpos(d.body, ${t}::text) > 0`);
  });
  return `(SELECT d.document AS id, d.published_on FROM document_search d
           WHERE ${[`d.tokens @> ${params.add([...new Set(tokens)])}::text[]`, ...conditions, ...where].join(' AND ')}
           ORDER BY d.published_on DESC, d.document DESC LIMIT ${limit}::int)`;
}

/** Every way `count` terms of tiers 0–2 sum to `rank`. */
function combinations(count: number, rank: number): number[][] {
  if (count === 0) return rank === 0 ? [[]] : [];
  const found: number[][] = [];
  for (let tier = 0; tier <= Math.min(2, rank); tier++) {
    for (const rest of combinations(count - 1, rank - tier)) found.push([tier, ...rest]);
  }
  return found;
}

/**
 * The page of matches of `terms` passing `filters` (built for the statement's parameters:
 * conditions over `document_search d`) in relevance order, `limit` rows after `after`. With
 * up to {@link MAX_ENUMERATED_TERMS} terms, rank after rank; with more, one ranked scan of
 * the matches (each term's tier from the id sets of its title and summary holders).
 */
export async function relevancePage(
  db: Queryable,
  terms: readonly QueryTerm[],
  filters: (params: Params) => string[],
  after: RankedPosition | null,
  limit: number,
): Promise<PageRow[]> {
  const day = "to_char(m.published_on, 'YYYY-MM-DD') AS published_on";
  const keyset = (params: Params, position: RankedPosition, row: 'd' | 'm') =>
    `(${row}.published_on, ${row}.${row === 'd' ? 'document' : 'id'}) < ` +
    `(${params.add(position.publishedOn)}::date, ${params.add(position.id)}::text)`;
  if (terms.length > MAX_ENUMERATED_TERMS) {
    const params = new Params();
    const tierOf = (term: QueryTerm) =>
      `CASE WHEN d.document IN (${holdersOf(term, 'title', params)}) THEN 0 ` +
      `WHEN d.document IN (${holdersOf(term, 'summary', params)}) THEN 1 ELSE 2 END`;
    const rank = terms.map(tierOf).join(' + ');
    const where = [...matchOf(terms, params), ...filters(params)];
    let past = '';
    if (after) {
      const r = params.add(after.rank);
      past = `WHERE m.rank > ${r}::int OR (m.rank = ${r}::int AND ${keyset(params, after, 'm')})`;
    }
    return db.query<PageRow>(
      `SELECT m.id, ${day}, m.rank FROM (
         SELECT d.document AS id, d.published_on, (${rank})::int AS rank FROM document_search d
         WHERE ${where.join(' AND ')} OFFSET 0) m
       ${past}
       ORDER BY m.rank, m.published_on DESC, m.id DESC LIMIT ${params.add(limit)}::int`,
      params.values,
    );
  }
  const rows: PageRow[] = [];
  for (let rank = after?.rank ?? 0; rank <= 2 * terms.length && rows.length < limit; rank++) {
    const params = new Params();
    const where = filters(params);
    if (after && rank === after.rank) where.push(keyset(params, after, 'd'));
    const need = params.add(limit - rows.length);
    const parts = combinations(terms.length, rank).map((tiers) =>
      tierCombination(terms, tiers, where, need, params),
    );
    const found = await db.query<{ id: string; published_on: string }>(
      `SELECT m.id, ${day} FROM (${parts.join(' UNION ALL ')}) m
       ORDER BY m.published_on DESC, m.id DESC LIMIT ${need}::int`,
      params.values,
    );
    rows.push(...found.map((row) => ({ ...row, rank })));
  }
  return rows;
}
