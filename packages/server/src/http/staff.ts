/**
 * Handlers of the staff operations (`/api/v1/staff/messages…`): the `Authorization: Bearer`
 * check that runs before anything else (no, unknown and revoked tokens answer the same 401),
 * then list, read, forward, reply and publish over the staff store. Every answer is
 * `Cache-Control: no-store`; another site's message is the same 404 as an unknown one.
 */
import type {
  ForwardRequest,
  PublishRequest,
  ReplyRequest,
  StaffMessageFilter,
} from '@portal-kit/sdk';
import { PAGE_SIZE_DEFAULT, parseTrackingNumber } from '@portal-kit/sdk';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidStaffCursorError } from '../messages/staff-read.js';
import type { StaffStore, StepResult } from '../messages/staff-store.js';
import type { StaffPrincipal } from '../messages/staff-tokens.js';
import { invalidParams, problem, ProblemError } from './problem.js';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** The principal of each authenticated request. */
const principals = new WeakMap<FastifyRequest, StaffPrincipal>();

const unauthorized = () =>
  new ProblemError(
    problem(401, {
      detail:
        'Send a valid staff token: `Authorization: Bearer <token>` (made by ' +
        '`npm run portal -- staff create`).',
    }),
    { 'www-authenticate': 'Bearer realm="portal-staff"' },
  );

const notFound = () =>
  new ProblemError(
    problem(404, { detail: "No message has this tracking number among the token's sites." }),
  );

/**
 * The `onRequest` hook of every staff route: resolves the token's principal or answers 401,
 * before the request is validated (so nobody learns anything about the API without a token).
 */
export function staffAuthentication(store: StaffStore) {
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? BEARER.exec(header) : null;
    const principal = match?.[1] ? await store.authenticate(match[1]) : null;
    if (!principal) throw unauthorized();
    principals.set(request, principal);
  };
}

function principalOf(request: FastifyRequest): StaffPrincipal {
  const principal = principals.get(request);
  if (!principal) throw unauthorized();
  return principal;
}

/** The canonical tracking number of the path, or a 400 for a wrong check character. */
function trackingNumberOf(request: FastifyRequest): string {
  const { trackingNumber } = request.params as { trackingNumber: string };
  const number = parseTrackingNumber(trackingNumber);
  if (number === null) {
    throw invalidParams([
      { param: 'trackingNumber', message: 'the check character does not match' },
    ]);
  }
  return number;
}

/** The five handlers, over the staff store. */
export function staffHandlers(store: StaffStore, noStore: string) {
  const answer = (reply: FastifyReply, result: StepResult) => {
    switch (result.kind) {
      case 'ok':
        return reply.header('cache-control', noStore).send(result.message);
      case 'not-found':
        throw notFound();
      case 'conflict':
        throw new ProblemError(problem(409, { detail: result.detail }));
      case 'invalid':
        throw invalidParams([{ param: result.param, message: result.message }]);
    }
  };

  return {
    listStaffMessages: async (request: FastifyRequest, reply: FastifyReply) => {
      const query = request.query as {
        status?: StaffMessageFilter;
        limit?: number;
        cursor?: string;
      };
      try {
        const page = await store.list(principalOf(request), {
          status: query.status ?? 'open',
          limit: query.limit ?? PAGE_SIZE_DEFAULT,
          ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
        });
        return reply.header('cache-control', noStore).send(page);
      } catch (error) {
        if (error instanceof InvalidStaffCursorError) {
          throw invalidParams([
            {
              param: 'cursor',
              message: 'not a cursor this server made; pass nextCursor unchanged',
            },
          ]);
        }
        throw error;
      }
    },
    getStaffMessage: async (request: FastifyRequest, reply: FastifyReply) => {
      const message = await store.get(principalOf(request), trackingNumberOf(request));
      if (!message) throw notFound();
      return reply.header('cache-control', noStore).send(message);
    },
    forwardMessage: async (request: FastifyRequest, reply: FastifyReply) =>
      answer(
        reply,
        await store.forward(
          principalOf(request),
          trackingNumberOf(request),
          request.body as ForwardRequest,
        ),
      ),
    replyMessage: async (request: FastifyRequest, reply: FastifyReply) =>
      answer(
        reply,
        await store.reply(
          principalOf(request),
          trackingNumberOf(request),
          (request.body as ReplyRequest).text,
        ),
      ),
    publishMessage: async (request: FastifyRequest, reply: FastifyReply) =>
      answer(
        reply,
        await store.publish(
          principalOf(request),
          trackingNumberOf(request),
          request.body as PublishRequest,
        ),
      ),
  };
}
