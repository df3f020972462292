/**
 * Schemas of the staff side of messages (`/api/v1/staff/messages…`, `Authorization: Bearer
 * <staff token>`): the staff's view of a message, the list of a token's messages, and the
 * bodies of forward (转办), reply and publish.
 */
import Type from 'typebox';
import type { TSchema } from 'typebox';
import {
  CURSOR_MAX_LENGTH,
  CURSOR_PATTERN,
  MESSAGE_BODY_MAX_LENGTH,
  MESSAGE_LINE_PATTERN,
  MESSAGE_REPLY_MAX_LENGTH,
  MESSAGE_SUBJECT_MAX_LENGTH,
  MESSAGE_TEXT_PATTERN,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  STAFF_MESSAGE_FILTERS,
  STAFF_NOTE_MAX_LENGTH,
} from '../constants.js';
import { stringEnum } from './common.js';
import { MessageKind, MessageReply, MessageStatus, TrackingNumber } from './messages.js';
import { SiteId } from './sites.js';

const Day = Type.String({ format: 'date', description: 'A calendar date, `YYYY-MM-DD`.' });
const Instant = Type.String({ format: 'date-time', description: 'An instant (RFC 3339).' });
const Nullable = <T extends TSchema>(schema: T, text: string) =>
  Type.Union([schema, Type.Null()], { description: text });

export const StaffMessageFilter = stringEnum(
  STAFF_MESSAGE_FILTERS,
  'Which messages: `open` (received or forwarded), `replied` (replied or published), `all`.',
);

/** One step of a message, as staff see it: a forward names the department. */
export const StaffMessageEvent = Type.Object(
  {
    status: MessageStatus,
    at: Instant,
    toSite: Type.Optional({ ...SiteId, description: 'For `forwarded`: the department.' }),
  },
  { additionalProperties: false, description: 'One step of the message, oldest first.' },
);

/** The texts the public sees once published: proposed until then. */
export const StaffPublication = Type.Object(
  {
    subject: Type.String({ description: 'The subject, personal data replaced by `＊＊＊`.' }),
    body: Type.String({ description: 'The question, personal data replaced by `＊＊＊`.' }),
    reply: Nullable(
      Type.String({ description: 'The reply, personal data replaced by `＊＊＊`.' }),
      '`null` until replied.',
    ),
    publishedAt: Nullable(Instant, '`null` until published: the texts are a proposal.'),
  },
  {
    additionalProperties: false,
    description:
      "The published texts, or until then the server's redaction of the originals (what " +
      '`publish` publishes when given no texts).',
  },
);

/** A message as its handling site's staff see it. */
export const StaffMessage = Type.Object(
  {
    trackingNumber: TrackingNumber,
    site: { ...SiteId, description: 'The site the message was sent to.' },
    handledBy: { ...SiteId, description: 'The site whose staff handles it now.' },
    kind: MessageKind,
    subject: Type.String({ description: 'The subject as sent, plain text.' }),
    body: Type.String({ description: 'The message as sent, plain text.' }),
    name: Nullable(Type.String(), 'Name of the asker, if given.'),
    email: Nullable(Type.String(), 'E-mail address of the asker, if given.'),
    phone: Nullable(Type.String(), 'Phone number of the asker, if given.'),
    publish: Type.Boolean({ description: 'The asker consents to publishing the reply.' }),
    lang: Nullable(Type.String(), 'Language the message is written in, if given.'),
    receivedAt: Instant,
    dueDate: Day,
    workingDaysLeft: Type.Integer({
      description: 'Working days to the due date: 0 on the day, negative when overdue.',
    }),
    overdue: Type.Boolean({ description: 'Not replied and past its due date.' }),
    status: MessageStatus,
    history: Type.Array(StaffMessageEvent, { minItems: 1 }),
    reply: Type.Union([MessageReply, Type.Null()], { description: '`null` until replied.' }),
    publication: StaffPublication,
  },
  { additionalProperties: false, description: 'A message, as the staff handling it see it.' },
);

/** Query of `GET /api/v1/staff/messages`. */
export const StaffMessagesQuery = Type.Object(
  {
    status: Type.Optional(StaffMessageFilter),
    limit: Type.Optional(
      Type.Integer({
        minimum: PAGE_SIZE_MIN,
        maximum: PAGE_SIZE_MAX,
        default: PAGE_SIZE_DEFAULT,
        description: 'Page size.',
      }),
    ),
    cursor: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: CURSOR_MAX_LENGTH,
        pattern: CURSOR_PATTERN,
        description: '`nextCursor` of the previous page.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const StaffMessagesPage = Type.Object(
  {
    items: Type.Array(StaffMessage),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `cursor` to get the next page; `null` on the last page.',
    }),
    total: Type.Integer({ minimum: 0, description: 'How many messages the filter matches.' }),
  },
  {
    additionalProperties: false,
    description: "One page of the token's messages: due date first, then arrival, oldest first.",
  },
);

/** Body of `POST /api/v1/staff/messages/{trackingNumber}/forward`. */
export const ForwardRequest = Type.Object(
  {
    to: { ...SiteId, description: 'The department (a site of kind `department`).' },
    note: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: STAFF_NOTE_MAX_LENGTH,
        pattern: MESSAGE_TEXT_PATTERN,
        description: 'A note for the department (转办意见); never shown to the asker.',
      }),
    ),
  },
  { additionalProperties: false, description: 'Forward a message to a department (转办).' },
);

/** Body of `POST /api/v1/staff/messages/{trackingNumber}/reply`. */
export const ReplyRequest = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      maxLength: MESSAGE_REPLY_MAX_LENGTH,
      pattern: MESSAGE_TEXT_PATTERN,
      description: 'The reply, plain text, 1–10000 characters, not blank.',
    }),
  },
  { additionalProperties: false, description: 'Reply to a message (once).' },
);

/** Body of `POST /api/v1/staff/messages/{trackingNumber}/publish`. */
export const PublishRequest = Type.Object(
  {
    subject: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: MESSAGE_SUBJECT_MAX_LENGTH,
        pattern: MESSAGE_LINE_PATTERN,
        description: 'The subject to publish; default the redacted subject.',
      }),
    ),
    body: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: MESSAGE_BODY_MAX_LENGTH,
        pattern: MESSAGE_TEXT_PATTERN,
        description: 'The question to publish; default the redacted question.',
      }),
    ),
    reply: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: MESSAGE_REPLY_MAX_LENGTH,
        pattern: MESSAGE_TEXT_PATTERN,
        description: 'The reply to publish; default the redacted reply.',
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'Publish a replied message (the asker consented). Given texts are redacted too: ' +
      'personal data never reaches the public.',
  },
);
