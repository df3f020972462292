/**
 * The published messages, as the public sees them (`GET /api/v1/messages`): the redacted
 * subject, question and reply (`published_*`, migration 007) of the messages published with
 * their asker's consent — never a name, an e-mail address, a phone number or a text as sent,
 * which this module does not even read. Newest published first, or by relevance with a text
 * query (see ./search.ts); keyset pages with opaque cursors tied to their query.
 */
import type { MessagesPage, PublishedMessage } from '@portal-kit/sdk';
import { decodeTuple, encodeTuple } from '../cursor-tuple.js';
import type { Queryable } from '../db/database.js';
import { queryFingerprint } from '../documents/cursor.js';
import { queryTerms } from '../documents/text.js';
import {
  indexPendingMessages,
  messageMatch,
  messageRank,
  messageSnippet,
  Params,
} from './search.js';

/** A query of the published messages, validated by the contract. */
export interface PublishedQuery {
  /** Sites the messages were sent to; empty for all. */
  sites: readonly string[];
  q?: string;
  /** Only messages written in this language. */
  lang?: string;
  limit: number;
  cursor?: string;
}

/** A cursor of another query, or not made by this server. */
export class InvalidMessageCursorError extends Error {
  constructor() {
    super('not a cursor of this query');
    this.name = 'InvalidMessageCursorError';
  }
}

/** Where a page ends: the last item's rank (with a text query), publication instant and row. */
interface Position {
  query: string;
  rank: number | null;
  publishedAt: string;
  id: string;
}

const FINGERPRINT = /^[A-Za-z0-9_-]{12}$/;
const ROW_ID = /^[1-9][0-9]{0,18}$/;
const RANK_MAX = 1000;
/** An instant to the microsecond, as the database keeps it: `2026-03-09T02:00:00.123456Z`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const INSTANT_SQL = `to_char(m.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const encodeCursor = (p: Position) => encodeTuple([p.query, p.rank, p.publishedAt, p.id]);

/** Reads a cursor made by this module; `null` for anything else. */
export function decodeMessageCursor(value: string): Position | null {
  const parsed = decodeTuple(value, 4);
  if (!parsed) return null;
  const [query, rank, publishedAt, id] = parsed;
  if (
    typeof query !== 'string' ||
    !FINGERPRINT.test(query) ||
    !(
      rank === null ||
      (Number.isInteger(rank) && (rank as number) >= 0 && (rank as number) <= RANK_MAX)
    ) ||
    typeof publishedAt !== 'string' ||
    !INSTANT.test(publishedAt) ||
    Number.isNaN(Date.parse(publishedAt)) ||
    typeof id !== 'string' ||
    !ROW_ID.test(id)
  ) {
    return null;
  }
  const position: Position = { query, rank: rank as number | null, publishedAt, id };
  return encodeCursor(position) === value ? position : null;
}

interface Row {
  id: string;
  rank: number;
  tracking_number: string;
  site: string;
  kind: PublishedMessage['kind'];
  published_subject: string;
  published_body: string;
  published_reply: string;
  received_at: Date | string;
  replied_at: Date | string;
  published_at: Date | string;
  /** `published_at` to the microsecond, for the cursor. */
  published_key: string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** One page of published messages for `query`, and the total. */
export async function listPublished(db: Queryable, query: PublishedQuery): Promise<MessagesPage> {
  const terms = query.q === undefined ? null : queryTerms(query.q);
  const sites = [...new Set(query.sites)].sort();
  const fingerprint = queryFingerprint({
    sites,
    q: terms?.map((t) => `${t.cjk ? 'c' : 'w'}${t.text}`) ?? null,
    lang: query.lang ?? null,
  });
  let after: Position | null = null;
  if (query.cursor !== undefined) {
    after = decodeMessageCursor(query.cursor);
    if (!after || after.query !== fingerprint || (after.rank === null) !== (terms === null)) {
      throw new InvalidMessageCursorError();
    }
  }
  if (terms !== null && terms.length === 0) return { items: [], nextCursor: null, total: 0 };
  if (terms !== null) await indexPendingMessages(db);

  const params = new Params();
  const where = ['m.published_at IS NOT NULL', 'm.replied_at IS NOT NULL'];
  if (sites.length > 0) where.push(`m.site = ANY(${params.add(sites)}::text[])`);
  if (query.lang !== undefined) where.push(`m.lang = ${params.add(query.lang)}::text`);
  if (terms !== null) where.push(...messageMatch(terms, params));
  const filter = where.join(' AND ');
  const countParams = [...params.values];
  const rank = terms === null ? '0' : messageRank(terms, params);

  let past = '';
  if (after) {
    const at = `(p.published_at, p.id) < (${params.add(after.publishedAt)}::timestamptz, ${params.add(after.id)}::bigint)`;
    past =
      after.rank === null
        ? `WHERE ${at}`
        : `WHERE p.rank > ${params.add(after.rank)}::int OR (p.rank = ${params.add(after.rank)}::int AND ${at})`;
  }
  const limit = params.add(query.limit + 1);
  const [rows, counted] = await Promise.all([
    db.query<Row>(
      `SELECT p.id::text AS id, p.rank, p.tracking_number, p.site, p.kind, p.published_subject,
         p.published_body, p.published_reply, p.received_at, p.replied_at, p.published_at,
         p.published_key
       FROM (SELECT m.id, (${rank})::int AS rank, m.tracking_number, m.site, m.kind,
               m.published_subject, m.published_body, m.published_reply, m.received_at,
               m.replied_at, m.published_at, ${INSTANT_SQL} AS published_key
             FROM messages m WHERE ${filter}) p
       ${past}
       ORDER BY p.rank, p.published_at DESC, p.id DESC LIMIT ${limit}::int`,
      params.values,
    ),
    db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM messages m WHERE ${filter}`,
      countParams,
    ),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({
          query: fingerprint,
          rank: terms === null ? null : Number(last.rank),
          publishedAt: last.published_key,
          id: last.id,
        })
      : null;
  const items = page.map((row): PublishedMessage => {
    const item: PublishedMessage = {
      trackingNumber: row.tracking_number,
      site: row.site,
      kind: row.kind,
      subject: row.published_subject,
      question: row.published_body,
      reply: row.published_reply,
      receivedAt: iso(row.received_at),
      repliedAt: iso(row.replied_at),
      publishedAt: iso(row.published_at),
    };
    const snippet = terms
      ? messageSnippet({ subject: item.subject, question: item.question, reply: item.reply }, terms)
      : null;
    return snippet ? { ...item, snippet } : item;
  });
  return { items, nextCursor, total: counted[0]?.total ?? 0 };
}
