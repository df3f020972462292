/**
 * Handlers of the public messages operations: `GET /api/v1/messages` (the published questions
 * and replies, searchable) and `GET /api/v1/messages/stats` (the yearly statistics). Both are
 * cacheable like news and documents: the response cache keeps them until a write.
 */
import { PAGE_SIZE_DEFAULT } from '@portal-kit/sdk';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalidParams } from '../http/problem.js';
import { InvalidMessageCursorError } from './published.js';
import type { MessageStore } from './store.js';

/** The query of `GET /api/v1/messages` once validated. */
export interface MessagesWireQuery {
  site?: string[];
  q?: string;
  lang?: string;
  limit?: number;
  cursor?: string;
}

const CURSOR_MESSAGE = 'not a cursor this server made for this query; pass a nextCursor unchanged';

/** The two handlers, over the message store, answered with `cacheControl`. */
export function publicMessageHandlers(store: MessageStore, cacheControl: string) {
  return {
    listMessages: async (request: FastifyRequest, reply: FastifyReply) => {
      const query = request.query as MessagesWireQuery;
      try {
        const page = await store.listPublished({
          sites: query.site ?? [],
          limit: query.limit ?? PAGE_SIZE_DEFAULT,
          ...(query.q === undefined ? {} : { q: query.q }),
          ...(query.lang === undefined ? {} : { lang: query.lang }),
          ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
        });
        return reply.header('cache-control', cacheControl).send(page);
      } catch (error) {
        if (error instanceof InvalidMessageCursorError) {
          throw invalidParams([{ param: 'cursor', message: CURSOR_MESSAGE }]);
        }
        throw error;
      }
    },
    messageStats: async (request: FastifyRequest, reply: FastifyReply) => {
      const { site, year } = request.query as { site: string; year: number };
      const stats = await store.stats(site, year);
      return reply.header('cache-control', cacheControl).send(stats);
    },
  };
}
