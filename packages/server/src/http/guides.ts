/**
 * Handlers of the business guides' operations: `listGuides`, `getGuide`, `listServices`,
 * `getService`. The contract's schemas have already validated the query and the path (a bad
 * one is a 400 naming each parameter); an id of no guide or item is a 404.
 */
import type { GuideId, ServiceStatus } from '@portal-kit/sdk';
import { PAGE_SIZE_MAX } from '@portal-kit/sdk/openapi';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FALLBACK_LANG } from '../guides/texts.js';
import type { Repository } from '../repository.js';
import { problem, ProblemError } from './problem.js';

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** The query of `GET /api/v1/services` once validated. */
interface ServicesWireQuery {
  guide?: GuideId;
  q?: string;
  status?: ServiceStatus;
  lang?: string;
  limit?: number;
}

function notFound(what: string, id: string): ProblemError {
  return new ProblemError(problem(404, { detail: `No ${what} with id ${JSON.stringify(id)}.` }));
}

/** The four handlers, answering with `Cache-Control` of a list or of an item. */
export function guideHandlers(
  repo: Repository,
  cachePolicy: { list: string; item: string },
): Record<'listGuides' | 'getGuide' | 'listServices' | 'getService', Handler> {
  const send = (reply: FastifyReply, body: unknown, cacheControl: string) =>
    reply.header('cache-control', cacheControl).send(body);
  const langOf = (request: FastifyRequest) =>
    (request.query as { lang?: string }).lang ?? FALLBACK_LANG;
  return {
    listGuides: async (request, reply) =>
      send(reply, await repo.listGuides(langOf(request)), cachePolicy.list),
    getGuide: async (request, reply) => {
      const { id } = request.params as { id: string };
      const guide = await repo.getGuide(id, langOf(request));
      if (!guide) throw notFound('guide', id);
      return send(reply, guide, cachePolicy.item);
    },
    listServices: async (request, reply) => {
      const query = request.query as ServicesWireQuery;
      const list = await repo.listServices({
        lang: query.lang ?? FALLBACK_LANG,
        limit: query.limit ?? PAGE_SIZE_MAX,
        ...(query.guide === undefined ? {} : { guide: query.guide }),
        ...(query.q === undefined ? {} : { q: query.q }),
        ...(query.status === undefined ? {} : { status: query.status }),
      });
      return send(reply, list, cachePolicy.list);
    },
    getService: async (request, reply) => {
      const { id } = request.params as { id: string };
      const service = await repo.getService(id, langOf(request));
      if (!service) throw notFound('service item', id);
      return send(reply, service, cachePolicy.item);
    },
  };
}
