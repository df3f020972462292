/**
 * The messages resource of the client: sending a message (safe to retry: one idempotency key
 * per message) and reading its status with the access code. The tracking number and the
 * access code are read locally first, so a mistyped number never reaches the server.
 */
import {
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  IDEMPOTENCY_KEY_PATTERN,
  MESSAGE_BODY_MAX_LENGTH,
  MESSAGE_KINDS,
  MESSAGE_LINE_PATTERN,
  MESSAGE_NAME_MAX_LENGTH,
  MESSAGE_SUBJECT_MAX_LENGTH,
  MESSAGE_TEXT_PATTERN,
  PHONE_MAX_LENGTH,
  PHONE_PATTERN,
} from '../api/constants.js';
import type { MessageReceipt, MessageSubmission, MessageView } from '../api/types.js';
import { parseAccessCode, parseTrackingNumber } from '../domain/tracking-number.js';
import { PortalValidationError } from './errors.js';
import { checkLang, checkSiteId } from './query.js';
import type { CoreClient, RequestOptions } from './types.js';

/** Options of `messages.submit()`. */
export interface SubmitMessageOptions extends RequestOptions {
  /**
   * The message's `Idempotency-Key`: keep one per message (per draft) and pass it again when
   * sending again after a failure — the server then never stores the message twice. Default:
   * a fresh `crypto.randomUUID()`, reused by this call's own retries.
   */
  idempotencyKey?: string;
}

/** Messages endpoints. */
export interface MessagesApi {
  /**
   * `POST /api/v1/messages`: sends a message and resolves its receipt (tracking number, access
   * code shown once, due date) once the server has stored it. The text fields are trimmed; an
   * empty optional field is left out. Network failures, timeouts, 429, 502–504 are retried
   * with the same key. Rejects with a `PortalValidationError` (no request) naming the first
   * invalid field, or a `PortalHttpError` (400 naming every field, 413, 422, 429).
   */
  submit(input: MessageSubmission, options?: SubmitMessageOptions): Promise<MessageReceipt>;
  /**
   * `GET /api/v1/messages/{trackingNumber}`: a message's status, history and reply. Both are
   * read in any spelling; a mistyped tracking number (its check character) rejects with a
   * `PortalValidationError` before any request. An unknown number or wrong code rejects with
   * a `PortalHttpError` of status 404.
   */
  status(
    trackingNumber: string,
    accessCode: string,
    options?: RequestOptions,
  ): Promise<MessageView>;
}

const IDEMPOTENCY_KEY = new RegExp(IDEMPOTENCY_KEY_PATTERN);
/** Length in Unicode code points, as the server counts. */
const length = (text: string) => [...text].length;

/** `value` trimmed and checked as a text field; `undefined` when optional and empty. */
function text(
  value: unknown,
  param: string,
  max: number,
  pattern: string,
  required: boolean,
): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') throw new PortalValidationError(param, 'expected a string');
  const trimmed = value.trim();
  if (trimmed === '') {
    if (required) throw new PortalValidationError(param, 'required; it is empty');
    return undefined;
  }
  if (length(trimmed) > max) {
    throw new PortalValidationError(param, `at most ${max} characters`);
  }
  if (!new RegExp(pattern, 'u').test(trimmed)) {
    throw new PortalValidationError(param, 'contains characters that are not allowed');
  }
  return trimmed;
}

/**
 * Checks a message and returns the body `messages.submit()` sends: text trimmed, empty
 * optional fields left out. Throws a `PortalValidationError` naming the first bad field.
 */
export function messageBody(input: MessageSubmission): MessageSubmission {
  if (input === null || typeof input !== 'object') {
    throw new PortalValidationError('message', 'expected an object');
  }
  const { site, kind, publish, lang, website } = input;
  if (!(MESSAGE_KINDS as readonly unknown[]).includes(kind)) {
    throw new PortalValidationError('kind', `expected one of ${MESSAGE_KINDS.join(', ')}`);
  }
  const body: MessageSubmission = {
    site: checkSiteId(site, 'site'),
    kind,
    subject: text(
      input.subject,
      'subject',
      MESSAGE_SUBJECT_MAX_LENGTH,
      MESSAGE_LINE_PATTERN,
      true,
    )!,
    body: text(input.body, 'body', MESSAGE_BODY_MAX_LENGTH, MESSAGE_TEXT_PATTERN, true)!,
  };
  const name = text(input.name, 'name', MESSAGE_NAME_MAX_LENGTH, MESSAGE_LINE_PATTERN, false);
  const email = text(input.email, 'email', EMAIL_MAX_LENGTH, EMAIL_PATTERN, false);
  const phone = text(input.phone, 'phone', PHONE_MAX_LENGTH, PHONE_PATTERN, false);
  if (name !== undefined) body.name = name;
  if (email !== undefined) body.email = email;
  if (phone !== undefined) body.phone = phone;
  if (publish !== undefined) {
    if (typeof publish !== 'boolean')
      throw new PortalValidationError('publish', 'expected a boolean');
    body.publish = publish;
  }
  if (lang !== undefined && lang !== '') body.lang = checkLang(lang);
  // The honeypot is sent as given: a form that filled it is told so by the server.
  if (website !== undefined && website !== '') body.website = website;
  return body;
}

/** A fresh idempotency key for one message (keep it with the draft). */
export function createIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** The messages methods of a client, on its core's request function. */
export function messagesApi(core: CoreClient): MessagesApi {
  const { request } = core;
  return {
    submit: async (input, options = {}) => {
      const { idempotencyKey = createIdempotencyKey(), ...rest } = options;
      if (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw new PortalValidationError(
          'idempotencyKey',
          'expected 8 to 128 visible ASCII characters',
        );
      }
      return request('POST', '/messages', {
        ...rest,
        body: messageBody(input),
        idempotencyKey,
      });
    },
    status: async (trackingNumber, accessCode, options) => {
      const number = parseTrackingNumber(trackingNumber);
      if (number === null) {
        throw new PortalValidationError(
          'trackingNumber',
          'not a tracking number (mistyped? the check character does not match)',
        );
      }
      const code = parseAccessCode(accessCode);
      if (code === null) {
        throw new PortalValidationError(
          'accessCode',
          'expected 16 characters, like 7KQ4-9XHC-2M5R-PWZ8',
        );
      }
      return request('GET', '/messages/{trackingNumber}', {
        ...options,
        params: { trackingNumber: number },
        headers: { Authorization: `AccessCode ${code}` },
      });
    },
  };
}
