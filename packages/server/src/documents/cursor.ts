/**
 * The documents list's cursors: opaque base64url of where the page ends and of which query it
 * belongs to, so a cursor given with another query or sort is refused rather than read as a
 * position it never was.
 */
import { createHash } from 'node:crypto';
import { DOCUMENT_ID_PATTERN } from '@portal-kit/sdk';
import { decodeTuple, encodeTuple } from '../cursor-tuple.js';

/** Where a page ends: the last item's rank (relevance order only), date and id. */
export interface DocumentCursor {
  /** {@link queryFingerprint} of the query the cursor belongs to. */
  query: string;
  /** Relevance rank of the last item (0 best); `null` in newest-first order. */
  rank: number | null;
  /** `YYYY-MM-DD`. */
  publishedOn: string;
  id: string;
}

const DOCUMENT_ID = new RegExp(DOCUMENT_ID_PATTERN, 'u');
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FINGERPRINT = /^[A-Za-z0-9_-]{12}$/;
/** Highest rank: three fields per term, at most 100 terms. */
const RANK_MAX = 1000;

/**
 * A short digest of everything that decides a list's order and content except the position:
 * the filters, the query, the sort, the language. Pass the values already normalized.
 */
export function queryFingerprint(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

/** The opaque cursor string. */
export function encodeDocumentCursor(cursor: DocumentCursor): string {
  return encodeTuple([cursor.query, cursor.rank, cursor.publishedOn, cursor.id]);
}

/** Reads a cursor made by {@link encodeDocumentCursor}; `null` for anything else. */
export function decodeDocumentCursor(value: string): DocumentCursor | null {
  const parsed = decodeTuple(value, 4);
  if (!parsed) return null;
  const [query, rank, publishedOn, id] = parsed;
  if (
    typeof query !== 'string' ||
    !FINGERPRINT.test(query) ||
    !(
      rank === null ||
      (Number.isInteger(rank) && (rank as number) >= 0 && (rank as number) <= RANK_MAX)
    ) ||
    typeof publishedOn !== 'string' ||
    !DAY.test(publishedOn) ||
    Number.isNaN(Date.parse(`${publishedOn}T00:00:00Z`)) ||
    typeof id !== 'string' ||
    !DOCUMENT_ID.test(id)
  ) {
    return null;
  }
  const cursor: DocumentCursor = { query, rank: rank as number | null, publishedOn, id };
  // Only the canonical encoding: one cursor per position, as this server makes them.
  return encodeDocumentCursor(cursor) === value ? cursor : null;
}
