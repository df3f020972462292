/**
 * Reading messages for staff: the rows of a token's sites, turned into the contract's
 * `StaffMessage` (history with the forward targets, the reply, the publication — the published
 * texts, or until then the server's redaction of the originals).
 */
import type {
  MessageKind,
  MessageStatus,
  StaffMessage,
  StaffMessageFilter,
  StaffMessagesPage,
} from '@portal-kit/sdk';
import { redactPersonalData } from '@portal-kit/sdk';
import { decodeTuple, encodeTuple } from '../cursor-tuple.js';
import type { Queryable } from '../db/database.js';
import { workingDaysLeft } from './deadline.js';

/** A message row as {@link MESSAGE_COLUMNS} selects it. */
export interface StaffRow {
  id: string;
  tracking_number: string;
  site: string;
  handled_by: string;
  kind: MessageKind;
  subject: Uint8Array;
  body: Uint8Array;
  name: Uint8Array | null;
  email: string | null;
  phone: string | null;
  publish: boolean;
  lang: string | null;
  received_at: Date | string;
  due_date: string;
  status: MessageStatus;
  reply_text: Uint8Array | null;
  replied_at: Date | string | null;
  published_subject: Uint8Array | null;
  published_body: Uint8Array | null;
  published_reply: Uint8Array | null;
  published_at: Date | string | null;
}

/**
 * The columns of {@link StaffRow}. Text is read as its UTF-8 bytes and decoded here (PGlite's
 * decoder drops a leading U+FEFF; a message is shown exactly as sent).
 */
export const MESSAGE_COLUMNS = `m.id::text AS id, m.tracking_number, m.site, m.handled_by, m.kind,
  convert_to(m.subject, 'UTF8') AS subject, convert_to(m.body, 'UTF8') AS body,
  convert_to(m.name, 'UTF8') AS name, m.email, m.phone, m.publish, m.lang, m.received_at,
  m.due_date::text AS due_date, m.status, convert_to(m.reply_text, 'UTF8') AS reply_text,
  m.replied_at, convert_to(m.published_subject, 'UTF8') AS published_subject,
  convert_to(m.published_body, 'UTF8') AS published_body,
  convert_to(m.published_reply, 'UTF8') AS published_reply, m.published_at`;

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
/** Text of a column read with `convert_to(…, 'UTF8')`. */
export const textOf = (bytes: Uint8Array) => utf8.decode(bytes);
const textOrNull = (bytes: Uint8Array | null) => (bytes === null ? null : textOf(bytes));
const iso = (value: Date | string) => new Date(value).toISOString();

/** The texts a publication of `row` shows: the published ones, else the redacted originals. */
export function publicationOf(row: StaffRow): StaffMessage['publication'] {
  if (row.published_at !== null) {
    return {
      subject: textOf(row.published_subject!),
      body: textOf(row.published_body!),
      reply: textOf(row.published_reply!),
      publishedAt: iso(row.published_at),
    };
  }
  const asker = { name: textOrNull(row.name), email: row.email, phone: row.phone };
  return {
    subject: redactPersonalData(textOf(row.subject), asker),
    body: redactPersonalData(textOf(row.body), asker),
    reply: row.reply_text === null ? null : redactPersonalData(textOf(row.reply_text), asker),
    publishedAt: null,
  };
}

interface EventRow {
  message_id: string;
  status: MessageStatus;
  at: Date | string;
  to_site: string | null;
}

/** The `StaffMessage`s of `rows`, with their histories (one query for all). */
export async function staffMessages(
  db: Queryable,
  rows: readonly StaffRow[],
  now: Date,
): Promise<StaffMessage[]> {
  if (rows.length === 0) return [];
  const events = await db.query<EventRow>(
    `SELECT message_id::text AS message_id, status, at, to_site FROM message_events
     WHERE message_id = ANY($1::bigint[]) ORDER BY message_id, seq`,
    [rows.map((row) => row.id)],
  );
  const history = new Map<string, StaffMessage['history']>();
  for (const event of events) {
    const list = history.get(event.message_id) ?? [];
    list.push({
      status: event.status,
      at: iso(event.at),
      ...(event.to_site === null ? {} : { toSite: event.to_site }),
    });
    history.set(event.message_id, list);
  }
  return rows.map((row) => {
    const left = workingDaysLeft(now, row.due_date);
    const open = row.status === 'received' || row.status === 'forwarded';
    return {
      trackingNumber: row.tracking_number,
      site: row.site,
      handledBy: row.handled_by,
      kind: row.kind,
      subject: textOf(row.subject),
      body: textOf(row.body),
      name: textOrNull(row.name),
      email: row.email,
      phone: row.phone,
      publish: row.publish,
      lang: row.lang,
      receivedAt: iso(row.received_at),
      dueDate: row.due_date,
      workingDaysLeft: left,
      overdue: open && left < 0,
      status: row.status,
      history: history.get(row.id) ?? [],
      reply:
        row.reply_text === null || row.replied_at === null
          ? null
          : { text: textOf(row.reply_text), at: iso(row.replied_at) },
      publication: publicationOf(row),
    };
  });
}

/** The statuses each list filter shows. */
const FILTER_STATUSES: Record<StaffMessageFilter, MessageStatus[]> = {
  open: ['received', 'forwarded'],
  replied: ['replied', 'published'],
  all: ['received', 'forwarded', 'replied', 'published'],
};

/** Thrown for a cursor this server did not make (a 400). */
export class InvalidStaffCursorError extends Error {
  override name = 'InvalidStaffCursorError';
}

/** The position a cursor names: after (due date, arrival, id). */
function readCursor(cursor: string): [string, string, string] {
  const values = decodeTuple(cursor, 3);
  const [due, at, id] = values ?? [];
  if (
    typeof due !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(due) ||
    typeof at !== 'string' ||
    Number.isNaN(Date.parse(at)) ||
    typeof id !== 'string' ||
    !/^[1-9]\d{0,17}$/.test(id)
  ) {
    throw new InvalidStaffCursorError('not a staff list cursor');
  }
  return [due, at, id];
}

/** One page of the messages `sites` handle, due date, arrival and id ascending. */
export async function listStaffMessages(
  db: Queryable,
  sites: readonly string[],
  query: { status: StaffMessageFilter; limit: number; cursor?: string },
  now: Date,
): Promise<StaffMessagesPage> {
  const statuses = FILTER_STATUSES[query.status];
  const after = query.cursor === undefined ? null : readCursor(query.cursor);
  const params: unknown[] = [sites, statuses, query.limit + 1];
  let position = '';
  if (after) {
    params.push(...after);
    position = 'AND (m.due_date, m.received_at, m.id) > ($4::date, $5::timestamptz, $6::bigint)';
  }
  const rows = await db.query<StaffRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages m
     WHERE m.handled_by = ANY($1::text[]) AND m.status = ANY($2::text[]) ${position}
     ORDER BY m.due_date, m.received_at, m.id LIMIT $3`,
    params,
  );
  const [counted] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM messages
     WHERE handled_by = ANY($1::text[]) AND status = ANY($2::text[])`,
    [sites, statuses],
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await staffMessages(db, page, now),
    nextCursor:
      rows.length > query.limit && last
        ? encodeTuple([last.due_date, iso(last.received_at), last.id])
        : null,
    total: counted?.n ?? 0,
  };
}

/** The row of `trackingNumber` if one of `sites` handles it (`lock`: `FOR UPDATE`). */
export async function findStaffRow(
  db: Queryable,
  trackingNumber: string,
  lock = false,
): Promise<StaffRow | null> {
  const [row] = await db.query<StaffRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.tracking_number = $1
     ${lock ? 'FOR UPDATE' : ''}`,
    [trackingNumber],
  );
  return row ?? null;
}
