/**
 * The staff's steps on a message, each one transaction that moves the status forward, records
 * who took it (`message_events.actor`, and `to_site` for a forward) and commits before the
 * answer — a committed transaction is a write, so the response cache drops what it held (the
 * public list, the stats) at once:
 * - forward (转办): the main site's office hands a message it received to a department;
 * - reply: once; the same text again is a safe retry, another text a conflict;
 * - publish: with the asker's consent, after the reply, the texts redacted.
 * A token acts only for its own sites: another site's message is "not found", like an
 * unknown one.
 */
import type {
  ForwardRequest,
  MessageStatus,
  PublishRequest,
  StaffMessage,
  StaffMessageFilter,
  StaffMessagesPage,
} from '@portal-kit/sdk';
import { MAIN_SITE_ID, redactPersonalData } from '@portal-kit/sdk';
import type { Database, Queryable } from '../db/database.js';
import type { StaffPrincipal } from './staff-tokens.js';
import { authenticateStaff } from './staff-tokens.js';
import {
  findStaffRow,
  listStaffMessages,
  publicationOf,
  staffMessages,
  textOf,
} from './staff-read.js';
import type { StaffRow } from './staff-read.js';
import { messageSearchColumns } from './search.js';

/** What a step did: the message after it, or why it could not be taken. */
export type StepResult =
  | { kind: 'ok'; message: StaffMessage }
  /** No such message among the token's sites. */
  | { kind: 'not-found' }
  /** The step conflicts with where the message stands. */
  | { kind: 'conflict'; detail: string }
  /** A parameter the schema cannot judge (`to` is no department). */
  | { kind: 'invalid'; param: string; message: string };

export interface StaffStore {
  /** The principal of a token; `null` for a malformed, unknown or revoked one alike. */
  authenticate(token: string): Promise<StaffPrincipal | null>;
  list(
    principal: StaffPrincipal,
    query: { status: StaffMessageFilter; limit: number; cursor?: string },
  ): Promise<StaffMessagesPage>;
  get(principal: StaffPrincipal, trackingNumber: string): Promise<StaffMessage | null>;
  forward(
    principal: StaffPrincipal,
    trackingNumber: string,
    input: ForwardRequest,
  ): Promise<StepResult>;
  reply(principal: StaffPrincipal, trackingNumber: string, text: string): Promise<StepResult>;
  publish(
    principal: StaffPrincipal,
    trackingNumber: string,
    texts: PublishRequest,
  ): Promise<StepResult>;
}

const handles = (principal: StaffPrincipal, row: StaffRow | null): row is StaffRow =>
  row !== null && principal.sites.includes(row.handled_by);

/** Appends a step to the message's history and sets its status. */
async function addEvent(
  tx: Queryable,
  row: StaffRow,
  step: { status: MessageStatus; at: Date; actor: string; toSite?: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO message_events (message_id, seq, status, at, actor, to_site)
     SELECT $1::bigint, coalesce(max(seq), 0) + 1, $2, $3, $4::bigint, $5
     FROM message_events WHERE message_id = $1::bigint`,
    [row.id, step.status, step.at.toISOString(), step.actor, step.toSite ?? null],
  );
}

/** Makes the staff store over `db`. */
export function createStaffStore(db: Database, options: { now?: () => Date } = {}): StaffStore {
  const now = options.now ?? (() => new Date());

  /** Runs `fn` on the locked row in a transaction, then answers the row as it is after. */
  async function step(
    principal: StaffPrincipal,
    trackingNumber: string,
    fn: (
      tx: Queryable,
      row: StaffRow,
      at: Date,
    ) => Promise<Exclude<StepResult, { kind: 'ok' }> | 'done'>,
    visible: (row: StaffRow) => boolean = (row) => handles(principal, row),
  ): Promise<StepResult> {
    const at = now();
    return db.transaction(async (tx): Promise<StepResult> => {
      const row = await findStaffRow(tx, trackingNumber, true);
      if (row === null || !visible(row)) return { kind: 'not-found' };
      const outcome = await fn(tx, row, at);
      if (outcome !== 'done') return outcome;
      const after = await findStaffRow(tx, trackingNumber);
      const [message] = await staffMessages(tx, [after!], at);
      return { kind: 'ok', message: message! };
    });
  }

  return {
    authenticate: (token) => authenticateStaff(db, token),

    list: (principal, query) => listStaffMessages(db, principal.sites, query, now()),

    async get(principal, trackingNumber) {
      const row = await findStaffRow(db, trackingNumber);
      if (!handles(principal, row)) return null;
      const [message] = await staffMessages(db, [row], now());
      return message ?? null;
    },

    forward(principal, trackingNumber, input) {
      // The main site's office may repeat a forward it made, though the message left its list.
      const forwardedByThisOffice = (row: StaffRow) =>
        row.site === MAIN_SITE_ID &&
        principal.sites.includes(MAIN_SITE_ID) &&
        row.status === 'forwarded';
      return step(
        principal,
        trackingNumber,
        async (tx, row, at) => {
          if (row.status === 'forwarded' && row.handled_by === input.to) return 'done';
          if (row.status === 'forwarded') {
            return {
              kind: 'conflict',
              detail: `The message was already forwarded to ${row.handled_by}.`,
            };
          }
          if (row.status !== 'received') {
            return { kind: 'conflict', detail: 'The message is replied: it is not forwarded.' };
          }
          if (row.handled_by !== MAIN_SITE_ID) {
            return {
              kind: 'conflict',
              detail: "Only the main site's office forwards messages to departments.",
            };
          }
          const [target] = await tx.query<{ kind: string }>(
            'SELECT kind FROM sites WHERE id = $1',
            [input.to],
          );
          if (target?.kind !== 'department') {
            const message = target
              ? 'not a department (a site of kind `department`)'
              : 'no such site';
            return { kind: 'invalid', param: 'to', message };
          }
          await tx.query(
            `UPDATE messages SET handled_by = $2, status = 'forwarded' WHERE id = $1::bigint`,
            [row.id, input.to],
          );
          await addEvent(tx, row, {
            status: 'forwarded',
            at,
            actor: principal.id,
            toSite: input.to,
          });
          return 'done';
        },
        (row) => handles(principal, row) || forwardedByThisOffice(row),
      );
    },

    reply(principal, trackingNumber, text) {
      return step(principal, trackingNumber, async (tx, row, at) => {
        if (row.reply_text !== null) {
          return textOf(row.reply_text) === text
            ? 'done'
            : { kind: 'conflict', detail: 'The message is already replied, with another text.' };
        }
        await tx.query(
          `UPDATE messages SET reply_text = $2, replied_at = $3, status = 'replied'
           WHERE id = $1::bigint`,
          [row.id, text, at.toISOString()],
        );
        await addEvent(tx, row, { status: 'replied', at, actor: principal.id });
        return 'done';
      });
    },

    publish(principal, trackingNumber, texts) {
      return step(principal, trackingNumber, async (tx, row, at) => {
        if (!row.publish) {
          return {
            kind: 'conflict',
            detail: 'The asker did not consent to publishing: the message stays private.',
          };
        }
        if (row.reply_text === null) {
          return { kind: 'conflict', detail: 'The message is not replied yet: reply first.' };
        }
        const asker = {
          name: row.name === null ? null : textOf(row.name),
          email: row.email,
          phone: row.phone,
        };
        const proposed = publicationOf({ ...row, published_at: null });
        // Given texts are redacted too: nothing personal reaches the public.
        const chosen = {
          subject: redactPersonalData(texts.subject ?? proposed.subject, asker),
          body: redactPersonalData(texts.body ?? proposed.body, asker),
          reply: redactPersonalData(texts.reply ?? proposed.reply ?? '', asker),
        };
        if (row.published_at !== null) {
          const current = publicationOf(row);
          const same =
            current.subject === chosen.subject &&
            current.body === chosen.body &&
            current.reply === chosen.reply;
          return same
            ? 'done'
            : { kind: 'conflict', detail: 'The message is already published, with other texts.' };
        }
        // The search columns are written with the texts, so a search never has to index it.
        const search = messageSearchColumns(chosen.subject, chosen.body, chosen.reply);
        await tx.query(
          `UPDATE messages SET published_subject = $2, published_body = $3, published_reply = $4,
             published_at = $5, status = 'published', search_tokens = $6, search_fields = $7
           WHERE id = $1::bigint`,
          [
            row.id,
            chosen.subject,
            chosen.body,
            chosen.reply,
            at.toISOString(),
            search.tokens,
            search.fields,
          ],
        );
        await addEvent(tx, row, { status: 'published', at, actor: principal.id });
        return 'done';
      });
    },
  };
}
