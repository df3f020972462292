/**
 * Demo messages: three calendar years up to the seed's reference date, for the main site and
 * five departments — received, forwarded by the main site's office to the department that
 * handles the topic (转办), replied (mostly within the 5 working days, some the same day, some
 * late), and, when the asker consented, published with the personal data already removed.
 * Deterministic: the same seed gives the same rows. The messages still open near the reference
 * date are the ones a staff inbox shows.
 */
import { createHash } from 'node:crypto';
import { addWorkingDays, makeTrackingNumber } from '@portal-kit/sdk';
import type { Queryable } from '../../db/database.js';
import { dueDateOf } from '../../messages/deadline.js';
import { messageSearchColumns } from '../../messages/search.js';
import { Random } from '../random.js';
import { ENGLISH_NAMES, FAMILY_NAMES, GIVEN_NAMES, SLOTS, TOPICS } from './texts.js';
import type { MessageTopic } from './texts.js';

/** How many demo messages the seed writes by default. */
export const DEMO_MESSAGES = 3000;
/** The sites messages are sent to, with their share. */
const SENT_TO = { main: 45, wms: 15, wzs: 12, dzsws: 12, scyxs: 8, fms: 8 } as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SeedMessage {
  trackingNumber: string;
  accessCodeHash: Buffer;
  site: string;
  handledBy: string;
  kind: MessageTopic['kind'];
  subject: string;
  body: string;
  name: string;
  email: string | null;
  phone: string | null;
  publish: boolean;
  lang: string;
  receivedAt: Date;
  dueDate: string;
  status: 'received' | 'forwarded' | 'replied' | 'published';
  forwardedAt: Date | null;
  reply: string | null;
  repliedAt: Date | null;
  published: { subject: string; body: string; reply: string; at: Date } | null;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot] ?? '');
}

/**
 * The demo messages from 1 January three years before `referenceDate`'s year up to it, in
 * arrival order.
 */
export function generateMessages(options: {
  seed: number;
  referenceDate: Date;
  count: number;
}): SeedMessage[] {
  const random = new Random(options.seed ^ 0x6d657373);
  const end = options.referenceDate.getTime();
  const start = Date.UTC(options.referenceDate.getUTCFullYear() - 2, 0, 1) - 8 * HOUR;
  const taken = new Set<string>();
  const messages: SeedMessage[] = [];
  for (let i = 0; i < options.count; i++) {
    // Arrival: spread evenly over the days (from Beijing midnight of 1 January), at office
    // hours mostly (08:00–22:00 Beijing), some at night.
    const day = Math.floor(((end - start) / DAY) * (i / options.count));
    const hour = random.chance(0.85) ? random.int(8, 21) : random.int(22, 31);
    const receivedAt = new Date(start + day * DAY + hour * HOUR + random.int(0, 3599) * 1000);
    if (receivedAt.getTime() > end) break;
    const site = random.weighted(SENT_TO);
    const topics = TOPICS.filter((t) => site === 'main' || t.department === site);
    const english = random.chance(0.05);
    const pool = topics.filter((t) => (t.lang === 'en') === english);
    const topic = random.pick(pool.length > 0 ? pool : topics);
    const values = Object.fromEntries(
      Object.entries(SLOTS).map(([slot, options]) => [slot, random.pick(options)]),
    );
    const en = topic.lang === 'en';
    const name = en
      ? random.pick(ENGLISH_NAMES)
      : `${random.pick(FAMILY_NAMES)}${random.pick(GIVEN_NAMES)}`;
    const phone = random.chance(0.6) ? `13${random.int(100000000, 999999999)}` : null;
    const email = random.chance(0.5) ? `user${random.int(1000, 9999)}@example.cn` : null;
    const contact = [phone, email].filter(Boolean).join(en ? ' / ' : '，');
    const question = fill(topic.question, values);
    const body = contact
      ? `${question}${en ? ` My contact: ${contact}. ${name}` : `联系方式：${contact}。${name}`}`
      : question;
    const publishedQuestion = contact
      ? `${question}${en ? ' My contact: ＊＊＊. ＊＊＊' : '联系方式：＊＊＊。＊＊＊'}`
      : question;
    const subject = fill(topic.subject, values);
    let trackingNumber: string;
    do {
      const bytes = Uint8Array.from({ length: 7 }, () => random.int(0, 255));
      const year = Number(new Date(receivedAt.getTime() + 8 * HOUR).toISOString().slice(0, 4));
      trackingNumber = makeTrackingNumber(year, bytes);
    } while (taken.has(trackingNumber));
    taken.add(trackingNumber);
    const { dueDate } = dueDateOf(receivedAt);
    const forwarded = site === 'main' && random.chance(0.6);
    const forwardedAt = forwarded
      ? new Date(receivedAt.getTime() + random.int(1, 20) * HOUR)
      : null;
    const forwardedSeen = forwardedAt !== null && forwardedAt.getTime() <= end;
    // Working days to reply: the same day for simple ones, mostly within 5, some late.
    const roll = random.next();
    const days = roll < 0.12 ? 0 : roll < 0.92 ? random.int(1, 5) : random.int(6, 9);
    const replyDay =
      days === 0 ? receivedAt.getTime() : addWorkingDays(receivedAt, days).getTime() + 9 * HOUR;
    const repliedAt = new Date(
      Math.max(replyDay + random.int(0, 8) * HOUR, (forwardedAt ?? receivedAt).getTime() + HOUR),
    );
    const replied = repliedAt.getTime() <= end;
    const reply = replied ? `${fill(topic.reply, values)}` : null;
    const publish = random.chance(0.55);
    const publishedAt = new Date(repliedAt.getTime() + random.int(1, 3) * DAY);
    const published =
      replied && publish && random.chance(0.85) && publishedAt.getTime() <= end
        ? { subject, body: publishedQuestion, reply: reply ?? '', at: publishedAt }
        : null;
    messages.push({
      trackingNumber,
      accessCodeHash: createHash('sha256').update(`demo access ${options.seed} ${i}`).digest(),
      site,
      handledBy: forwardedSeen ? topic.department : site,
      kind: topic.kind,
      subject,
      body,
      name,
      email,
      phone,
      publish,
      lang: topic.lang,
      receivedAt,
      dueDate,
      status: published
        ? 'published'
        : replied
          ? 'replied'
          : forwardedSeen
            ? 'forwarded'
            : 'received',
      forwardedAt: forwardedSeen ? forwardedAt : null,
      reply,
      repliedAt: replied ? repliedAt : null,
      published,
    });
  }
  return messages;
}

const CHUNK = 1000;
const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** Writes the demo messages, their status history and the search columns of the published. */
export async function insertMessages(tx: Queryable, messages: readonly SeedMessage[]) {
  for (let at = 0; at < messages.length; at += CHUNK) {
    const rows = messages.slice(at, at + CHUNK);
    const col = <T>(pick: (m: SeedMessage) => T) => rows.map(pick);
    // The search columns of the published ones, written with them (no second pass): each
    // array joined with U+001F, which no token or normalized text holds.
    const search = rows.map((m) =>
      m.published
        ? messageSearchColumns(m.published.subject, m.published.body, m.published.reply)
        : null,
    );
    const ids = await tx.query<{ id: string; tracking_number: string }>(
      `INSERT INTO messages (tracking_number, access_code_hash, site, handled_by, kind, subject,
         body, name, email, phone, publish, lang, received_at, due_date, status, reply_text,
         replied_at, published_subject, published_body, published_reply, published_at,
         search_tokens, search_fields)
       SELECT tn, ach, site, hb, kind, subject, body, name, email, phone, publish, lang, ra, dd,
         status, rt, rpa, ps, pb, pr, pa,
         CASE WHEN st IS NULL THEN NULL ELSE string_to_array(st, E'\x1f') END,
         CASE WHEN sf IS NULL THEN NULL ELSE string_to_array(sf, E'\x1f') END
       FROM unnest($1::text[], $2::bytea[], $3::text[], $4::text[], $5::text[],
         $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::boolean[], $12::text[],
         $13::timestamptz[], $14::date[], $15::text[], $16::text[], $17::timestamptz[],
         $18::text[], $19::text[], $20::text[], $21::timestamptz[], $22::text[], $23::text[])
         AS u (tn, ach, site, hb, kind, subject, body, name, email, phone, publish, lang, ra, dd,
           status, rt, rpa, ps, pb, pr, pa, st, sf)
       RETURNING id::text AS id, tracking_number`,
      [
        col((m) => m.trackingNumber),
        col((m) => m.accessCodeHash),
        col((m) => m.site),
        col((m) => m.handledBy),
        col((m) => m.kind),
        col((m) => m.subject),
        col((m) => m.body),
        col((m) => m.name),
        col((m) => m.email),
        col((m) => m.phone),
        col((m) => m.publish),
        col((m) => m.lang),
        col((m) => iso(m.receivedAt)),
        col((m) => m.dueDate),
        col((m) => m.status),
        col((m) => m.reply),
        col((m) => iso(m.repliedAt)),
        col((m) => m.published?.subject ?? null),
        col((m) => m.published?.body ?? null),
        col((m) => m.published?.reply ?? null),
        col((m) => iso(m.published?.at)),
        search.map((c) => c?.tokens.join('\u001f') ?? null),
        search.map((c) => c?.fields.join('\u001f') ?? null),
      ],
    );
    const idOf = new Map(ids.map((row) => [row.tracking_number, row.id]));
    const events: [string, number, string, string, string | null][] = [];
    for (const m of rows) {
      const id = idOf.get(m.trackingNumber) ?? '';
      const steps: [string, Date | null, string | null][] = [
        ['received', m.receivedAt, null],
        ['forwarded', m.forwardedAt, m.handledBy],
        ['replied', m.repliedAt, null],
        ['published', m.published?.at ?? null, null],
      ];
      let seq = 0;
      for (const [status, when, to] of steps) {
        if (when) events.push([id, (seq += 1), status, when.toISOString(), to]);
      }
    }
    await tx.query(
      `INSERT INTO message_events (message_id, seq, status, at, to_site)
       SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::timestamptz[], $5::text[])`,
      [0, 1, 2, 3, 4].map((k) => events.map((e) => e[k])),
    );
  }
}
