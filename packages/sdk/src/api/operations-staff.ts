/**
 * The staff side of the messages in the contract: a staff token's list of messages, one message,
 * and the steps forward (转办), reply and publish. Part of the one operations table
 * (`./operations.ts`).
 */
import { NoQuery } from './schemas/common.js';
import { MessagePath } from './schemas/messages.js';
import {
  ForwardRequest,
  PublishRequest,
  ReplyRequest,
  StaffMessage,
  StaffMessagesPage,
  StaffMessagesQuery,
} from './schemas/staff.js';
import type { Operation } from './operations.js';

/** The answers every staff operation may give besides its own. */
const STAFF_ERRORS = {
  '401': 'No staff token, or one unknown or revoked (`WWW-Authenticate: Bearer`).',
} as const;
/** …and those of one message. */
const STAFF_MESSAGE_ERRORS = {
  ...STAFF_ERRORS,
  '404': "No message has this tracking number among the token's sites.",
} as const;
/** …and those of a step (forward, reply, publish). */
const STAFF_STEP_ERRORS = {
  ...STAFF_MESSAGE_ERRORS,
  '409': 'The step conflicts with where the message stands; `detail` says why.',
  '415': 'The body is not `application/json`.',
} as const;

/** The staff operations of the contract (Bearer staff tokens), spread into `operations`. */
export const staffOperations = {
  listStaffMessages: {
    operationId: 'listStaffMessages',
    method: 'GET',
    path: '/api/v1/staff/messages',
    tag: 'staff',
    summary: "The messages the token's sites handle, due first",
    description:
      'One page of the messages handled by the sites of the staff token: by due date, then ' +
      'arrival, oldest first; `open` (default) are those not replied yet. A message the main ' +
      "site's office forwarded leaves its list and enters the department's. Never cached.",
    query: StaffMessagesQuery,
    security: 'staffToken',
    response: StaffMessagesPage,
    ok: 'One page of messages and their total.',
    cacheable: false,
    errors: STAFF_ERRORS,
  },
  getStaffMessage: {
    operationId: 'getStaffMessage',
    method: 'GET',
    path: '/api/v1/staff/messages/{trackingNumber}',
    tag: 'staff',
    summary: "One message, with the asker's contact data and the proposed publication",
    description:
      'A message handled by one of the sites of the staff token, with its history and the ' +
      "redacted texts a publication would show. Another site's message is a 404, like an " +
      'unknown one. Never cached.',
    query: NoQuery,
    params: MessagePath,
    security: 'staffToken',
    response: StaffMessage,
    ok: 'The message.',
    cacheable: false,
    errors: STAFF_MESSAGE_ERRORS,
  },
  forwardMessage: {
    operationId: 'forwardMessage',
    method: 'POST',
    path: '/api/v1/staff/messages/{trackingNumber}/forward',
    tag: 'staff',
    summary: 'Forward a message to a department (转办)',
    description:
      "The main site's office hands a message it received to a department (a site of kind " +
      '`department`), which handles it from then on. The same forward again answers 200 with ' +
      'the current state; forwarding a replied message, or one already forwarded elsewhere, ' +
      'is a 409.',
    query: NoQuery,
    params: MessagePath,
    body: ForwardRequest,
    security: 'staffToken',
    response: StaffMessage,
    ok: 'The message, forwarded.',
    cacheable: false,
    errors: STAFF_STEP_ERRORS,
  },
  replyMessage: {
    operationId: 'replyMessage',
    method: 'POST',
    path: '/api/v1/staff/messages/{trackingNumber}/reply',
    tag: 'staff',
    summary: 'Reply to a message (once)',
    description:
      'Stores the reply; the asker sees it with the access code. The same text again answers ' +
      '200 with the current state; another text once replied is a 409.',
    query: NoQuery,
    params: MessagePath,
    body: ReplyRequest,
    security: 'staffToken',
    response: StaffMessage,
    ok: 'The message, replied.',
    cacheable: false,
    errors: STAFF_STEP_ERRORS,
  },
  publishMessage: {
    operationId: 'publishMessage',
    method: 'POST',
    path: '/api/v1/staff/messages/{trackingNumber}/publish',
    tag: 'staff',
    summary: 'Publish a replied message, personal data removed',
    description:
      'Publishes the subject, question and reply with ID numbers, phone numbers, e-mail ' +
      "addresses and the asker's name replaced by `＊＊＊` (given texts are redacted too; " +
      "omitted ones default to the redacted originals). Only with the asker's consent and " +
      'after the reply (else 409); the same texts again answer 200, other texts once ' +
      'published are a 409.',
    query: NoQuery,
    params: MessagePath,
    body: PublishRequest,
    security: 'staffToken',
    response: StaffMessage,
    ok: 'The message, published.',
    cacheable: false,
    errors: STAFF_STEP_ERRORS,
  },
} as const satisfies Record<string, Operation>;
