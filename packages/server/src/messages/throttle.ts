/**
 * The identical-message throttle of `POST /api/v1/messages`: the same text (site, subject and
 * body, normalized as the search normalizes them: NFKC, lower case, invisible characters
 * dropped, runs of white space as one) stored more than `max` times in 24 hours — from any
 * client, under other idempotency keys — is refused with a 429 until the oldest of them is 24
 * hours old. A replay of one key stores nothing, so it never counts.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { normalizeSearchText } from '../documents/text.js';

/** How many times the same text may be stored in {@link IDENTICAL_WINDOW_MS}, by default. */
export const IDENTICAL_MAX_DEFAULT = 3;
/** The window of the identical-message throttle. */
export const IDENTICAL_WINDOW_MS = 24 * 60 * 60 * 1000;

/** SHA-256 of a message's site and normalized subject and body, as stored in `text_hash`. */
export function messageTextHash(site: string, subject: string, body: string): Buffer {
  const hash = createHash('sha256').update('portal-kit message text v1\0');
  for (const part of [site, normalizeSearchText(subject), normalizeSearchText(body)]) {
    hash.update(part, 'utf8').update('\0');
  }
  return hash.digest();
}

/**
 * Within the submitting transaction: waits for the other submissions of the same text (an
 * advisory lock on its hash, so two of them cannot both pass the count), then returns how many
 * seconds to wait before the text may be stored again — `0` when it may be now.
 */
export async function identicalRetryAfter(
  tx: Queryable,
  textHash: Buffer,
  at: Date,
  max: number,
): Promise<number> {
  if (max <= 0) return 0;
  await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [
    textHash.readBigInt64BE(0).toString(),
  ]);
  const since = new Date(at.getTime() - IDENTICAL_WINDOW_MS);
  const rows = await tx.query<{ received_at: Date | string }>(
    `SELECT received_at FROM messages WHERE text_hash = $1 AND received_at > $2
     ORDER BY received_at`,
    [textHash, since.toISOString()],
  );
  if (rows.length < max) return 0;
  // Stored `rows.length` times: one more may be stored once `rows.length - max + 1` of them
  // are out of the window, i.e. when the one at that position is 24 hours old.
  const freed = rows[rows.length - max];
  const until = new Date(freed ? freed.received_at : at).getTime() + IDENTICAL_WINDOW_MS;
  return Math.max(1, Math.ceil((until - at.getTime()) / 1000));
}
