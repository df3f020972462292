/**
 * Messages in the database: storing one exactly once per `Idempotency-Key`, and reading one
 * for its asker. The write is one transaction; the caller answers only after it committed.
 */
import type {
  MessageReceipt,
  MessagesPage,
  MessageStats,
  MessageStatus,
  MessageSubmission,
  MessageView,
} from '@portal-kit/sdk';
import { makeAccessCode, makeTrackingNumber, portalDate } from '@portal-kit/sdk';
import type { Database, Queryable } from '../db/database.js';
import { dueDateOf, workingDaysLeft } from './deadline.js';
import { listPublished } from './published.js';
import type { PublishedQuery } from './published.js';
import { messageStats } from './stats.js';
import { IDENTICAL_MAX_DEFAULT, identicalRetryAfter, messageTextHash } from './throttle.js';
import {
  accessCodeHash,
  accessCodeMatches,
  idempotencyKeyHash,
  openReceipt,
  requestHash,
  sealReceipt,
} from './secrets.js';

/** How long an `Idempotency-Key` is remembered. */
export const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** What {@link MessageStore.submit} did. */
export type SubmitResult =
  | { kind: 'stored' | 'replayed'; receipt: MessageReceipt }
  /** The key was used with another body. */
  | { kind: 'conflict' }
  /** The same text was stored too often today: it may be sent again in `retryAfter` seconds. */
  | { kind: 'throttled'; retryAfter: number };

export interface MessageStore {
  /**
   * Stores `message` under `idempotencyKey` and resolves its receipt once committed — or the
   * receipt of the message already stored under that key with the same body (`replayed`).
   */
  submit(message: MessageSubmission, idempotencyKey: string): Promise<SubmitResult>;
  /** The message for its asker; `null` for an unknown number or a wrong code alike. */
  view(trackingNumber: string, accessCode: string): Promise<MessageView | null>;
  /** A page of the published messages (redacted texts only). */
  listPublished(query: PublishedQuery): Promise<MessagesPage>;
  /** The statistics of the messages sent to `site` in `year`. */
  stats(site: string, year: number): Promise<MessageStats>;
}

export interface MessageStoreOptions {
  /** The clock: arrival times and working days left. Default `() => new Date()`. */
  now?: () => Date;
  /**
   * How many times the same text (site, subject, body) may be stored in 24 hours under
   * different keys; `0` for no limit. Default 3.
   */
  identicalMax?: number;
}

interface MessageRow {
  id: string | number;
  tracking_number: string;
  access_code_hash: Uint8Array;
  site: string;
  kind: MessageView['kind'];
  subject: Uint8Array;
  received_at: Date | string;
  /** `due_date::text`: `YYYY-MM-DD`. */
  due_date: string;
  status: MessageStatus;
  reply_text: Uint8Array | null;
  replied_at: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * Text read as its UTF-8 bytes (`convert_to(column, 'UTF8')`) and decoded here: PGlite decodes
 * text columns with a `TextDecoder` that drops a leading U+FEFF, and a message is returned
 * exactly as it was sent.
 */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
const textOf = (bytes: Uint8Array) => utf8.decode(bytes);

/** The advisory lock of one key (its hash's first 8 bytes as a signed bigint). */
const lockId = (keyHash: Buffer) => keyHash.readBigInt64BE(0).toString();

async function insertMessage(
  tx: Queryable,
  message: MessageSubmission,
  receivedAt: Date,
  textHash: Buffer,
): Promise<{ id: string; receipt: MessageReceipt }> {
  const { dueDate } = dueDateOf(receivedAt);
  const year = Number(portalDate(receivedAt).slice(0, 4));
  for (;;) {
    const trackingNumber = makeTrackingNumber(year);
    const accessCode = makeAccessCode();
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO messages (tracking_number, access_code_hash, site, handled_by, kind, subject,
         body, name, email, phone, publish, lang, received_at, due_date, text_hash)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (tracking_number) DO NOTHING
       RETURNING id::text AS id`,
      [
        trackingNumber,
        accessCodeHash(trackingNumber, accessCode),
        message.site,
        message.kind,
        message.subject,
        message.body,
        message.name ?? null,
        message.email ?? null,
        message.phone ?? null,
        message.publish ?? false,
        message.lang ?? null,
        receivedAt.toISOString(),
        dueDate,
        textHash,
      ],
    );
    const id = rows[0]?.id;
    // A tracking number already taken (1 in 34 billion a year): draw another.
    if (id === undefined) continue;
    await tx.query(
      `INSERT INTO message_events (message_id, seq, status, at) VALUES ($1, 1, 'received', $2)`,
      [id, receivedAt.toISOString()],
    );
    const receipt: MessageReceipt = {
      trackingNumber,
      accessCode,
      receivedAt: receivedAt.toISOString(),
      dueDate,
      status: 'received',
    };
    return { id, receipt };
  }
}

/** Makes the message store over `db`. */
export function createMessageStore(db: Database, options: MessageStoreOptions = {}): MessageStore {
  const now = options.now ?? (() => new Date());
  const identicalMax = options.identicalMax ?? IDENTICAL_MAX_DEFAULT;
  let lastSweep = 0;

  /** Forgets expired idempotency records, at most once a minute; never fails a request. */
  function sweep(at: Date): void {
    if (at.getTime() - lastSweep < 60_000) return;
    lastSweep = at.getTime();
    const cutoff = new Date(at.getTime() - IDEMPOTENCY_RETENTION_MS).toISOString();
    db.query('DELETE FROM message_idempotency WHERE created_at < $1', [cutoff]).catch(
      () => undefined,
    );
  }

  return {
    async submit(message, idempotencyKey) {
      const keyHash = idempotencyKeyHash(idempotencyKey);
      const request = requestHash(message);
      const receivedAt = now();
      const cutoff = new Date(receivedAt.getTime() - IDEMPOTENCY_RETENTION_MS).toISOString();
      const result = await db.transaction(async (tx): Promise<SubmitResult> => {
        // Requests with the same key wait here for each other: the later ones see the first
        // one's record once it committed (each statement reads what is committed before it).
        await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockId(keyHash)]);
        await tx.query('DELETE FROM message_idempotency WHERE key_hash = $1 AND created_at < $2', [
          keyHash,
          cutoff,
        ]);
        const [seen] = await tx.query<{ request_hash: Uint8Array; receipt: Uint8Array }>(
          'SELECT request_hash, receipt FROM message_idempotency WHERE key_hash = $1',
          [keyHash],
        );
        if (seen) {
          if (!Buffer.from(seen.request_hash).equals(request)) return { kind: 'conflict' };
          const receipt = openReceipt(Buffer.from(seen.receipt), idempotencyKey, request);
          return { kind: 'replayed', receipt: receipt as MessageReceipt };
        }
        // Only a message about to be stored counts: a replay returned above.
        const textHash = messageTextHash(message.site, message.subject, message.body);
        const retryAfter = await identicalRetryAfter(tx, textHash, receivedAt, identicalMax);
        if (retryAfter > 0) return { kind: 'throttled', retryAfter };
        const { id, receipt } = await insertMessage(tx, message, receivedAt, textHash);
        await tx.query(
          `INSERT INTO message_idempotency (key_hash, request_hash, message_id, receipt, created_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [keyHash, request, id, sealReceipt(receipt, idempotencyKey, request), receivedAt],
        );
        return { kind: 'stored', receipt };
      });
      sweep(receivedAt);
      return result;
    },

    listPublished: (query) => listPublished(db, query),
    stats: (site, year) => messageStats(db, site, year),

    async view(trackingNumber, accessCode) {
      const [row] = await db.query<MessageRow>(
        `SELECT id, tracking_number, access_code_hash, site, kind,
           convert_to(subject, 'UTF8') AS subject, received_at, due_date::text AS due_date,
           status, convert_to(reply_text, 'UTF8') AS reply_text, replied_at
         FROM messages WHERE tracking_number = $1`,
        [trackingNumber],
      );
      const stored = row ? Buffer.from(row.access_code_hash) : null;
      if (!row || !accessCodeMatches(stored, trackingNumber, accessCode)) return null;
      const events = await db.query<{ status: MessageStatus; at: Date | string }>(
        'SELECT status, at FROM message_events WHERE message_id = $1 ORDER BY seq',
        [row.id],
      );
      const dueDate = row.due_date;
      return {
        trackingNumber: row.tracking_number,
        site: row.site,
        kind: row.kind,
        subject: textOf(row.subject),
        receivedAt: iso(row.received_at),
        dueDate,
        workingDaysLeft: workingDaysLeft(now(), dueDate),
        status: row.status,
        history: events.map((event) => ({ status: event.status, at: iso(event.at) })),
        reply:
          row.reply_text === null || row.replied_at === null
            ? null
            : { text: textOf(row.reply_text), at: iso(row.replied_at) },
      };
    },
  };
}
