/**
 * Schemas of the messages resource (留言: questions, suggestions, complaints to the ministry):
 * `POST /api/v1/messages` (its body, its `Idempotency-Key` header and its receipt) and
 * `GET /api/v1/messages/{trackingNumber}` (the asker's view of the message).
 */
import Type from 'typebox';
import {
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IDEMPOTENCY_KEY_MIN_LENGTH,
  IDEMPOTENCY_KEY_PATTERN,
  LANG_PATTERN,
  MESSAGE_BODY_MAX_LENGTH,
  MESSAGE_KINDS,
  MESSAGE_LINE_PATTERN,
  MESSAGE_NAME_MAX_LENGTH,
  MESSAGE_REPLY_MAX_LENGTH,
  MESSAGE_STATUSES,
  MESSAGE_SUBJECT_MAX_LENGTH,
  MESSAGE_TEXT_PATTERN,
  PHONE_MAX_LENGTH,
  PHONE_PATTERN,
  TRACKING_NUMBER_PATTERN,
} from '../constants.js';
import { stringEnum } from './common.js';
import { SiteId } from './sites.js';

export const MessageKind = stringEnum(
  MESSAGE_KINDS,
  'What the message is: a question (咨询), a suggestion (建议) or a complaint (投诉).',
);

export const MessageStatus = stringEnum(
  MESSAGE_STATUSES,
  'Where the message stands: received, forwarded to a department (转办), replied, published.',
);

export const TrackingNumber = Type.String({
  pattern: TRACKING_NUMBER_PATTERN,
  description:
    'Tracking number, canonical spelling `M26-7KQ4-9XHC`: `M`, the year, seven base-32 ' +
    'digits and a check character (docs/rules/tracking-numbers.md).',
});

/** A calendar date, `YYYY-MM-DD` (Beijing). */
const Day = Type.String({ format: 'date', description: 'A calendar date, `YYYY-MM-DD`.' });
/** An instant, RFC 3339 with offset. */
const Instant = Type.String({ format: 'date-time', description: 'An instant (RFC 3339).' });

/** Body of `POST /api/v1/messages`. */
export const MessageSubmission = Type.Object(
  {
    site: { ...SiteId, description: 'Site the message is sent to (`main`, `wms`…).' },
    kind: MessageKind,
    subject: Type.String({
      minLength: 1,
      maxLength: MESSAGE_SUBJECT_MAX_LENGTH,
      pattern: MESSAGE_LINE_PATTERN,
      description:
        'Subject: one line, 1–200 characters, not blank (the SDK trims it before sending).',
    }),
    body: Type.String({
      minLength: 1,
      maxLength: MESSAGE_BODY_MAX_LENGTH,
      pattern: MESSAGE_TEXT_PATTERN,
      description: 'The message: 1–5000 characters, line breaks allowed, not blank.',
    }),
    name: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: MESSAGE_NAME_MAX_LENGTH,
        pattern: MESSAGE_LINE_PATTERN,
        description: 'Name of the person writing (optional; never published).',
      }),
    ),
    email: Type.Optional(
      Type.String({
        maxLength: EMAIL_MAX_LENGTH,
        pattern: EMAIL_PATTERN,
        description: 'E-mail address (optional; never published).',
      }),
    ),
    phone: Type.Optional(
      Type.String({
        maxLength: PHONE_MAX_LENGTH,
        pattern: PHONE_PATTERN,
        description: 'Phone number: digits, spaces, `+ - ( )` (optional; never published).',
      }),
    ),
    publish: Type.Optional(
      Type.Boolean({
        description: 'Consent to publish the question and its reply, personal data removed.',
      }),
    ),
    lang: Type.Optional(
      Type.String({ pattern: LANG_PATTERN, description: 'Language the message is written in.' }),
    ),
    website: Type.Optional(
      Type.String({
        maxLength: 0,
        description:
          'Honeypot: a field people never see. Absent or empty; anything else is a 400 ' +
          '(the message is refused, never silently dropped).',
      }),
    ),
  },
  { additionalProperties: false, description: 'A message to the ministry.' },
);

/** Headers of `POST /api/v1/messages`. */
export const MessageSubmitHeaders = Type.Object(
  {
    'Idempotency-Key': Type.String({
      minLength: IDEMPOTENCY_KEY_MIN_LENGTH,
      maxLength: IDEMPOTENCY_KEY_MAX_LENGTH,
      pattern: IDEMPOTENCY_KEY_PATTERN,
      description:
        'One key per message, 8–128 visible ASCII characters (a UUID): the same key with the ' +
        'same body always answers the same receipt and never makes a second message; with ' +
        'another body it is a 422. Kept 7 days.',
    }),
  },
  { additionalProperties: true },
);

/** The `201` of `POST /api/v1/messages`. */
export const MessageReceipt = Type.Object(
  {
    trackingNumber: TrackingNumber,
    accessCode: Type.String({
      pattern: '^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$',
      description:
        'Access code, shown once (stored hashed): with the tracking number, it reads the ' +
        "message's status and reply.",
    }),
    receivedAt: { ...Instant, description: 'When the message was stored.' },
    dueDate: {
      ...Day,
      description: 'The reply is due by this day: the 5th working day after arrival (Beijing).',
    },
    status: Type.Unsafe<'received'>({ type: 'string', enum: ['received'] }),
  },
  { additionalProperties: false, description: 'Receipt of a stored message.' },
);

/** Path of `GET /api/v1/messages/{trackingNumber}`. */
export const MessagePath = Type.Object(
  { trackingNumber: TrackingNumber },
  { additionalProperties: false },
);

export const MessageEvent = Type.Object(
  { status: MessageStatus, at: Instant },
  { additionalProperties: false, description: 'One step of the message, oldest first.' },
);

export const MessageReply = Type.Object(
  {
    text: Type.String({
      maxLength: MESSAGE_REPLY_MAX_LENGTH,
      description: 'The reply, plain text.',
    }),
    at: { ...Instant, description: 'When it was replied.' },
  },
  { additionalProperties: false },
);

/** `GET /api/v1/messages/{trackingNumber}`: the asker's view. */
export const MessageView = Type.Object(
  {
    trackingNumber: TrackingNumber,
    site: SiteId,
    kind: MessageKind,
    subject: Type.String({ description: 'The subject as sent, plain text.' }),
    receivedAt: Instant,
    dueDate: Day,
    workingDaysLeft: Type.Integer({
      description:
        'Working days from today (Beijing) to the due date: 0 on the due day, negative when ' +
        'overdue.',
    }),
    status: MessageStatus,
    history: Type.Array(MessageEvent, { minItems: 1 }),
    reply: Type.Union([MessageReply, Type.Null()], { description: '`null` until replied.' }),
  },
  { additionalProperties: false, description: 'A message, as its asker sees it.' },
);
