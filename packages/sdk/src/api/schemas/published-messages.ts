/**
 * Schemas of the public side of messages: `GET /api/v1/messages` (the published questions and
 * replies, personal data removed, searchable) and `GET /api/v1/messages/stats` (received,
 * replied, replied on time and the median working days to reply, per month).
 */
import Type from 'typebox';
import {
  CURSOR_MAX_LENGTH,
  CURSOR_PATTERN,
  LANG_PATTERN,
  MESSAGE_QUERY_MAX_LENGTH,
  MESSAGE_SNIPPET_FIELDS,
  MESSAGE_STATS_YEAR_MAX,
  MESSAGE_STATS_YEAR_MIN,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  SITES_PER_QUERY_MAX,
} from '../constants.js';
import { stringEnum } from './common.js';
import { MessageKind, TrackingNumber } from './messages.js';
import { SiteId } from './sites.js';

const Instant = Type.String({ format: 'date-time', description: 'An instant (RFC 3339).' });

export const MessageSnippet = Type.Object(
  {
    field: stringEnum(MESSAGE_SNIPPET_FIELDS, 'Where the snippet comes from.'),
    text: Type.String({ description: 'Plain text (never markup), cut around the matches.' }),
    highlights: Type.Array(
      Type.Object(
        { start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
      {
        description:
          'Matched ranges of `text`, `[start, end)` in UTF-16 code units, in order, not overlapping.',
      },
    ),
  },
  {
    additionalProperties: false,
    description: 'Where a text query matched a published message, to show highlighted.',
  },
);

export const PublishedMessage = Type.Object(
  {
    trackingNumber: TrackingNumber,
    site: { ...SiteId, description: 'The site the message was sent to.' },
    kind: MessageKind,
    subject: Type.String({ description: 'The published subject, personal data removed.' }),
    question: Type.String({ description: 'The published question, personal data removed.' }),
    reply: Type.String({ description: 'The published reply, personal data removed.' }),
    receivedAt: Instant,
    repliedAt: Instant,
    publishedAt: Instant,
    snippet: Type.Optional(MessageSnippet),
  },
  {
    additionalProperties: false,
    description:
      'A published question and its reply: the redacted texts only — never the name, e-mail ' +
      'address, phone number or the texts as sent. `snippet` is given when a text query matched.',
  },
);

export const MessagesPage = Type.Object(
  {
    items: Type.Array(PublishedMessage),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `cursor` to get the next page; `null` on the last page.',
    }),
    total: Type.Integer({ minimum: 0, description: 'Published messages matching the query.' }),
  },
  { additionalProperties: false, description: 'One page of published messages.' },
);

/** Query of `GET /api/v1/messages`. */
export const MessagesQuery = Type.Object(
  {
    site: Type.Optional(
      Type.Array(SiteId, {
        minItems: 1,
        maxItems: SITES_PER_QUERY_MAX,
        description: 'Site ids the messages were sent to, comma-separated; omit for every site.',
      }),
    ),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: MESSAGE_QUERY_MAX_LENGTH,
        description:
          'Words to find in the subject, question or reply: Chinese (two characters are ' +
          'enough), Latin, or both; every word must match. Results then come by relevance ' +
          '(subject over question over reply), then newest.',
      }),
    ),
    lang: Type.Optional(
      Type.String({
        pattern: LANG_PATTERN,
        description: 'Only messages written in this language.',
      }),
    ),
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
        description: '`nextCursor` of the previous page (of the same query).',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Query of `GET /api/v1/messages/stats`. */
export const MessageStatsQuery = Type.Object(
  {
    site: { ...SiteId, description: 'The site whose messages are counted (those sent to it).' },
    year: Type.Integer({
      minimum: MESSAGE_STATS_YEAR_MIN,
      maximum: MESSAGE_STATS_YEAR_MAX,
      description: 'The year of arrival (Beijing calendar).',
    }),
  },
  { additionalProperties: false },
);

const statsFields = {
  received: Type.Integer({ minimum: 0, description: 'Messages received.' }),
  replied: Type.Integer({ minimum: 0, description: 'Of those, replied (so far).' }),
  repliedOnTime: Type.Integer({
    minimum: 0,
    description: 'Of those, replied on or before the due date (Beijing calendar days).',
  }),
  medianWorkingDays: Type.Union([Type.Number({ minimum: 0 }), Type.Null()], {
    description:
      'Median working days from arrival to reply (the arrival day does not count; a reply on ' +
      'the day of arrival is 0); the mean of the two middle values for an even count; `null` ' +
      'when none was replied.',
  }),
};

export const MessageStatsMonth = Type.Object(
  {
    month: Type.Integer({ minimum: 1, maximum: 12, description: 'Month of arrival.' }),
    ...statsFields,
  },
  { additionalProperties: false, description: 'The messages that arrived in one month.' },
);

export const MessageStats = Type.Object(
  {
    site: SiteId,
    year: Type.Integer(),
    months: Type.Array(MessageStatsMonth, {
      minItems: 12,
      maxItems: 12,
      description: 'January to December, each month of arrival (months to come count 0).',
    }),
    total: Type.Object(statsFields, {
      additionalProperties: false,
      description: 'The whole year (the median over every reply of the year).',
    }),
  },
  {
    additionalProperties: false,
    description:
      'How the messages sent to a site in a year were answered, month by month: the ' +
      'disclosure the portal publishes. Working days on the Beijing holiday calendar.',
  },
);
