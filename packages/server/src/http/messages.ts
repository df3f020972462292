/**
 * Handlers of the messages operations: `POST /api/v1/messages` (the portal's first write:
 * answered `201` only once the message is committed, once per `Idempotency-Key`) and
 * `GET /api/v1/messages/{trackingNumber}` (for the holder of the access code; an unknown
 * number and a wrong code answer the same 404).
 */
import type { MessageSubmission, ProblemParamError } from '@portal-kit/sdk';
import { IDEMPOTENCY_KEY_PATTERN, parseAccessCode, parseTrackingNumber } from '@portal-kit/sdk';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MessageStore } from '../messages/store.js';
import { invalidParams, problem, ProblemError } from './problem.js';

const IDEMPOTENCY_KEY = new RegExp(IDEMPOTENCY_KEY_PATTERN);
const ACCESS_CODE_HEADER = /^AccessCode[ \t]+(\S.*)$/i;

/** Errors of the `Idempotency-Key` header, for the 400 that names every bad part. */
export function idempotencyKeyErrors(request: FastifyRequest): ProblemParamError[] {
  const key = request.headers['idempotency-key'];
  if (typeof key === 'string' && IDEMPOTENCY_KEY.test(key)) return [];
  const message =
    key === undefined
      ? 'required: one key per message, kept when sending it again'
      : 'expected 8 to 128 visible ASCII characters, given once';
  return [{ param: 'Idempotency-Key', message }];
}

/**
 * A 415 unless the request body is JSON (Fastify would otherwise read `text/plain` as a
 * string, and a body-less POST as no body at all).
 */
export function requireJson(request: FastifyRequest): void {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ProblemError(
      problem(415, { detail: 'Send the message as `Content-Type: application/json`.' }),
    );
  }
}

/** The site errors a schema cannot see: a well-formed id of no site. */
export async function messageSiteErrors(
  body: unknown,
  siteIds: () => Promise<ReadonlySet<string>>,
  failed: ReadonlySet<string>,
): Promise<ProblemParamError[]> {
  const site = (body as { site?: unknown } | null)?.site;
  if (typeof site !== 'string' || failed.has('site')) return [];
  return (await siteIds()).has(site) ? [] : [{ param: 'site', message: 'no such site' }];
}

/** The problem type of a text sent to a site too often (the identical-message throttle). */
export const IDENTICAL_MESSAGE_TYPE = '/problems/identical-message';

const notFound = () =>
  new ProblemError(
    problem(404, { detail: 'No message has this tracking number and access code.' }),
  );

/** The two handlers, over the message store. */
export function messageHandlers(store: MessageStore, noStore: string) {
  return {
    submitMessage: async (request: FastifyRequest, reply: FastifyReply) => {
      const key = request.headers['idempotency-key'] as string;
      const result = await store.submit(request.body as MessageSubmission, key);
      if (result.kind === 'conflict') {
        throw new ProblemError(
          problem(422, {
            detail:
              'This Idempotency-Key was used with another body: use a new key for a new message.',
          }),
        );
      }
      if (result.kind === 'throttled') {
        throw new ProblemError(
          {
            ...problem(429, {
              detail:
                'This text was already sent to this site several times today. If it is a new ' +
                'message, change its subject or text; else keep the tracking number you have.',
            }),
            type: IDENTICAL_MESSAGE_TYPE,
            title: 'Identical message',
          },
          { 'retry-after': String(result.retryAfter) },
        );
      }
      const { receipt } = result;
      return reply
        .code(201)
        .header('cache-control', noStore)
        .header('location', `/api/v1/messages/${receipt.trackingNumber}`)
        .send(receipt);
    },
    getMessage: async (request: FastifyRequest, reply: FastifyReply) => {
      const { trackingNumber } = request.params as { trackingNumber: string };
      const number = parseTrackingNumber(trackingNumber);
      if (number === null) {
        throw invalidParams([
          { param: 'trackingNumber', message: 'the check character does not match' },
        ]);
      }
      const header = request.headers.authorization;
      const match = typeof header === 'string' ? ACCESS_CODE_HEADER.exec(header) : null;
      if (!match) {
        throw new ProblemError(
          problem(401, { detail: 'Send the header `Authorization: AccessCode <code>`.' }),
          { 'www-authenticate': 'AccessCode' },
        );
      }
      // A code that cannot be one is a wrong code: the same 404, after the same work.
      const code = parseAccessCode(match[1]) ?? '';
      const view = await store.view(number, code);
      if (!view) throw notFound();
      return reply.header('cache-control', noStore).send(view);
    },
  };
}
