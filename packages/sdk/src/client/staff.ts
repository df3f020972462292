/**
 * The staff side of messages: `client.staff(token)` lists the messages the token's sites
 * handle, reads one, forwards it to a department (转办), replies and publishes — each a typed
 * call of the client's one request pipeline with `Authorization: Bearer <token>`. The token
 * and tracking numbers are checked locally first; a write makes the client's cached GETs of
 * messages stale (the asker's view and the public list change with it).
 */
import {
  CURSOR_MAX_LENGTH,
  CURSOR_PATTERN,
  MESSAGE_BODY_MAX_LENGTH,
  MESSAGE_LINE_PATTERN,
  MESSAGE_REPLY_MAX_LENGTH,
  MESSAGE_SUBJECT_MAX_LENGTH,
  MESSAGE_TEXT_PATTERN,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  STAFF_MESSAGE_FILTERS,
  STAFF_NOTE_MAX_LENGTH,
  STAFF_TOKEN_PATTERN,
} from '../api/constants.js';
import type {
  ForwardRequest,
  PublishRequest,
  ReplyRequest,
  StaffMessage,
  StaffMessageFilter,
  StaffMessagesPage,
} from '../api/types.js';
import { parseTrackingNumber } from '../domain/tracking-number.js';
import { PortalValidationError } from './errors.js';
import { checkSiteId } from './query.js';
import type { CoreClient, RequestOptions } from './types.js';

/** Parameters of `staff(token).list()`. */
export interface StaffListParams {
  /** `open` (received or forwarded; the default), `replied` (or published), or `all`. */
  status?: StaffMessageFilter;
  /** Page size, 1–100 (default 20). */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** The staff calls of one token. */
export interface StaffApi {
  /**
   * `GET /api/v1/staff/messages`: one page of the messages the token's sites handle, due date
   * first, then arrival (oldest first), with the total. Rejects with a `PortalHttpError` 401
   * for an unknown or revoked token.
   */
  list(params?: StaffListParams, options?: RequestOptions): Promise<StaffMessagesPage>;
  /**
   * `GET /api/v1/staff/messages/{trackingNumber}`: one message with the asker's contact data
   * and the proposed publication. Another site's message rejects with a 404, like an unknown one.
   */
  get(trackingNumber: string, options?: RequestOptions): Promise<StaffMessage>;
  /**
   * `POST …/forward`: the main site's office hands the message to a department (a site of kind
   * `department`). Safe to repeat; a conflicting forward rejects with a 409.
   */
  forward(
    trackingNumber: string,
    input: ForwardRequest,
    options?: RequestOptions,
  ): Promise<StaffMessage>;
  /** `POST …/reply`: replies once. The same text again resolves; another text is a 409. */
  reply(
    trackingNumber: string,
    input: ReplyRequest,
    options?: RequestOptions,
  ): Promise<StaffMessage>;
  /**
   * `POST …/publish`: publishes the replied message (the asker consented), personal data
   * removed; omitted texts default to the server's redaction of the originals. A 409 without
   * consent, before the reply, or with other texts once published.
   */
  publish(
    trackingNumber: string,
    texts?: PublishRequest,
    options?: RequestOptions,
  ): Promise<StaffMessage>;
}

const TOKEN = new RegExp(STAFF_TOKEN_PATTERN);
const TEXT = new RegExp(MESSAGE_TEXT_PATTERN, 'u');
const LINE = new RegExp(MESSAGE_LINE_PATTERN, 'u');
const CURSOR = new RegExp(CURSOR_PATTERN);
/** Longest text of each field of a publish. */
const PUBLISH_MAX = {
  subject: MESSAGE_SUBJECT_MAX_LENGTH,
  body: MESSAGE_BODY_MAX_LENGTH,
  reply: MESSAGE_REPLY_MAX_LENGTH,
} as const;

function checkNumber(trackingNumber: string): string {
  const number = parseTrackingNumber(trackingNumber);
  if (number === null) {
    throw new PortalValidationError(
      'trackingNumber',
      'not a tracking number (mistyped? the check character does not match)',
    );
  }
  return number;
}

/** Checks `value` is a non-blank text of at most `max` characters; returns it unchanged. */
function checkText(value: unknown, param: string, max: number, pattern = TEXT): string {
  if (typeof value !== 'string') throw new PortalValidationError(param, 'expected a string');
  if (!pattern.test(value)) {
    throw new PortalValidationError(param, 'required: not blank, no control characters');
  }
  if ([...value].length > max) throw new PortalValidationError(param, `at most ${max} characters`);
  return value;
}

/** The query of `list()`, checked. */
function listQuery({ status, limit, cursor }: StaffListParams): Record<string, string> {
  const query: Record<string, string> = {};
  if (status !== undefined) {
    if (!(STAFF_MESSAGE_FILTERS as readonly unknown[]).includes(status)) {
      throw new PortalValidationError(
        'status',
        `expected one of ${STAFF_MESSAGE_FILTERS.join(', ')}`,
      );
    }
    query.status = status;
  }
  if (limit !== undefined) {
    if (!Number.isInteger(limit) || limit < PAGE_SIZE_MIN || limit > PAGE_SIZE_MAX) {
      throw new PortalValidationError(
        'limit',
        `expected an integer from ${PAGE_SIZE_MIN} to ${PAGE_SIZE_MAX}`,
      );
    }
    query.limit = String(limit);
  }
  if (cursor !== undefined) {
    if (typeof cursor !== 'string' || cursor.length > CURSOR_MAX_LENGTH || !CURSOR.test(cursor)) {
      throw new PortalValidationError('cursor', 'expected a nextCursor, unchanged');
    }
    query.cursor = cursor;
  }
  return query;
}

/** Turns a synchronous validation throw into a rejected promise. */
function run<T>(call: () => Promise<T>): Promise<T> {
  try {
    return call();
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * The staff calls of `token` on `core`'s pipeline. Throws a `PortalValidationError` when the
 * token is not one `staff create` makes.
 */
export function staffApi(core: CoreClient, token: string): StaffApi {
  if (typeof token !== 'string' || !TOKEN.test(token)) {
    throw new PortalValidationError('token', 'expected a staff token (pks_…)');
  }
  const { request } = core;
  const headers = { Authorization: `Bearer ${token}` };
  // A step changes the asker's view and the public list: their cached GETs go stale too.
  const invalidates = ['/messages'] as const;
  const step = <B>(
    path: 'forward' | 'reply' | 'publish',
    tn: string,
    body: B,
    o?: RequestOptions,
  ) =>
    request<StaffMessage>('POST', `/staff/messages/{trackingNumber}/${path}`, {
      ...o,
      params: { trackingNumber: checkNumber(tn) },
      headers,
      body,
      invalidates,
    });

  return {
    list: (params = {}, options) =>
      run(() =>
        request('GET', '/staff/messages', { ...options, headers, query: listQuery(params) }),
      ),
    get: (trackingNumber, options) =>
      run(() =>
        request('GET', '/staff/messages/{trackingNumber}', {
          ...options,
          headers,
          params: { trackingNumber: checkNumber(trackingNumber) },
        }),
      ),
    forward: (trackingNumber, input, options) =>
      run(() => {
        const body: ForwardRequest = { to: checkSiteId(input?.to, 'to') };
        if (input.note !== undefined)
          body.note = checkText(input.note, 'note', STAFF_NOTE_MAX_LENGTH);
        return step('forward', trackingNumber, body, options);
      }),
    reply: (trackingNumber, input, options) =>
      run(() =>
        step(
          'reply',
          trackingNumber,
          { text: checkText(input?.text, 'text', MESSAGE_REPLY_MAX_LENGTH) },
          options,
        ),
      ),
    publish: (trackingNumber, texts = {}, options) =>
      run(() => {
        const body: PublishRequest = {};
        for (const name of ['subject', 'body', 'reply'] as const) {
          const value = texts[name];
          if (value !== undefined)
            body[name] = checkText(
              value,
              name,
              PUBLISH_MAX[name],
              name === 'subject' ? LINE : TEXT,
            );
        }
        return step('publish', trackingNumber, body, options);
      }),
  };
}
