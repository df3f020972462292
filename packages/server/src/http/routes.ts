/**
 * The Portal API's routes, registered from the contract's operation table
 * (`@portal-kit/sdk/openapi`): each route's `schema` (querystring, params, response) is the
 * operation's TypeBox schema, so Fastify validates every request and every answer against the
 * one contract. What no schema can know is checked here: a site id of no site, a cursor this
 * server did not make.
 */
import type { Health, NewsColumn, Problem, ProblemParamError, SiteKind } from '@portal-kit/sdk';
import {
  MESSAGE_REQUEST_MAX_BYTES,
  openApiDocument,
  operations,
  PAGE_SIZE_DEFAULT,
} from '@portal-kit/sdk/openapi';
import type { Operation, OperationId } from '@portal-kit/sdk/openapi';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DatabaseKind } from '../db/database.js';
import { decodeDocumentCursor } from '../documents/cursor.js';
import { InvalidDocumentCursorError } from '../documents/index.js';
import { decodeCursor } from '../repository.js';
import type { Repository } from '../repository.js';
import type { MessageStore } from '../messages/store.js';
import { publicMessageHandlers } from '../messages/public-handlers.js';
import { decodeMessageCursor } from '../messages/published.js';
import type { StaffStore } from '../messages/staff-store.js';
import { serializerCompiler, validatorCompiler } from './compilers.js';
import {
  idempotencyKeyErrors,
  messageHandlers,
  messageSiteErrors,
  requireJson,
} from './messages.js';
import { guideHandlers } from './guides.js';
import { paramErrors, shapeQuery, show } from './params.js';
import type { RawQuery } from './params.js';
import { invalidParams, problem, ProblemError } from './problem.js';
import { staffAuthentication, staffHandlers } from './staff.js';

/** `Cache-Control` of each kind of representation. */
export interface CachePolicies {
  list: string;
  item: string;
  sites: string;
  document: string;
  none: string;
}

export interface ApiRoutesOptions {
  repo: Repository;
  messages: MessageStore;
  /** The staff side of messages (`Authorization: Bearer <staff token>`). */
  staff: StaffStore;
  /** Rate limit of `POST /api/v1/messages` per client, when one is set. */
  submitRateLimit?: { max: number; timeWindow: number };
  /** The database engine, as `/healthz` reports it. */
  database: DatabaseKind;
  cachePolicy: CachePolicies;
}

const OTHER_METHODS = ['DELETE', 'PATCH', 'POST', 'PUT'] as const;
/** Largest request body of a write, in bytes (more is a 413). */
const BODY_LIMIT = MESSAGE_REQUEST_MAX_BYTES;
/** Most unknown site ids named in one message. */
const UNKNOWN_SHOWN = 10;

/** The document as served: fixed bytes, whatever the request's `Host` says. */
const OPENAPI_JSON = JSON.stringify(openApiDocument);

/** Parameter errors found while shaping each request's query, before schema validation. */
const shapeErrors = new WeakMap<FastifyRequest, ProblemParamError[]>();

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** The query of `GET /api/v1/news` once validated. */
interface NewsWireQuery {
  site?: string[];
  column?: NewsColumn[];
  lang?: string;
  limit?: number;
  cursor?: string;
}

/** The query of `GET /api/v1/documents` once validated. */
interface DocumentsWireQuery {
  site?: string[];
  category?: string[];
  type?: DocumentsOptions['types'];
  organ?: string[];
  validity?: DocumentsOptions['validities'];
  yearFrom?: number;
  yearTo?: number;
  q?: string;
  sort?: 'newest' | 'relevance';
  lang?: string;
  translated?: boolean;
  limit?: number;
  cursor?: string;
}

type DocumentsOptions = Parameters<Repository['listDocuments']>[0];

const CURSOR_MESSAGE = 'not a cursor this server made for this query; pass a nextCursor unchanged';

/**
 * What the schema cannot check about a list query: every site id names a site, the cursor is
 * one this server made, the year range is not upside down. Parameters that already failed their
 * schema are skipped.
 */
async function listQueryErrors(
  repo: Repository,
  query: NewsWireQuery & DocumentsWireQuery,
  failed: ReadonlySet<string>,
  readsCursor: (cursor: string) => boolean,
): Promise<ProblemParamError[]> {
  const errors: ProblemParamError[] = [];
  if (Array.isArray(query.site) && !failed.has('site')) {
    const known = await repo.siteIds();
    const unknown = [...new Set(query.site)].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      const shown = unknown.slice(0, UNKNOWN_SHOWN).map(show).join(', ');
      errors.push({ param: 'site', message: `no such site: ${shown}` });
    }
  }
  if (typeof query.cursor === 'string' && !failed.has('cursor') && !readsCursor(query.cursor)) {
    errors.push({ param: 'cursor', message: CURSOR_MESSAGE });
  }
  const { yearFrom, yearTo } = query;
  if (typeof yearFrom === 'number' && typeof yearTo === 'number' && yearFrom > yearTo) {
    errors.push({ param: 'yearTo', message: `earlier than yearFrom (${yearFrom})` });
  }
  return errors;
}

/** A problem with extension members (RFC 9457 §3.2). */
const extended = (status: number, detail: string, members: Record<string, unknown>) =>
  new ProblemError({ ...problem(status, { detail }), ...members } as Problem);

/** `/api/v1/news/{id}` → `/api/v1/news/:id`. */
const fastifyPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

function notFound(what: string, id: string): ProblemError {
  return new ProblemError(problem(404, { detail: `No ${what} with id ${JSON.stringify(id)}.` }));
}

/** Registers every operation of the contract (a Fastify plugin). */
export async function apiRoutes(app: FastifyInstance, options: ApiRoutesOptions): Promise<void> {
  const { repo, cachePolicy } = options;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const send = (reply: FastifyReply, body: unknown, cacheControl: string) =>
    reply.header('cache-control', cacheControl).send(body);

  const handlers: Record<OperationId, Handler> = {
    ...messageHandlers(options.messages, cachePolicy.none),
    ...staffHandlers(options.staff, cachePolicy.none),
    ...publicMessageHandlers(options.messages, cachePolicy.list),
    listNews: async (request, reply) => {
      const query = request.query as NewsWireQuery;
      const page = await repo.listNews({
        ...(query.site ? { sites: [...new Set(query.site)] } : {}),
        ...(query.column ? { columns: [...new Set(query.column)] } : {}),
        ...(query.lang === undefined ? {} : { lang: query.lang }),
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
        limit: query.limit ?? PAGE_SIZE_DEFAULT,
      });
      return send(reply, page, cachePolicy.list);
    },
    getNews: async (request, reply) => {
      const { id } = request.params as { id: string };
      const article = await repo.getNews(id);
      if (!article) throw notFound('news item', id);
      return send(reply, article, cachePolicy.item);
    },
    listDocuments: async (request, reply) => {
      const query = request.query as DocumentsWireQuery;
      const unique = <T>(values: readonly T[] | undefined) => (values ? [...new Set(values)] : []);
      const options: DocumentsOptions = {
        sites: unique(query.site),
        categories: unique(query.category),
        types: unique(query.type),
        organs: unique(query.organ),
        validities: unique(query.validity),
        limit: query.limit ?? PAGE_SIZE_DEFAULT,
        ...(query.yearFrom === undefined ? {} : { yearFrom: query.yearFrom }),
        ...(query.yearTo === undefined ? {} : { yearTo: query.yearTo }),
        ...(query.q === undefined ? {} : { q: query.q }),
        ...(query.sort === undefined ? {} : { sort: query.sort }),
        ...(query.lang === undefined ? {} : { lang: query.lang }),
        ...(query.translated === undefined ? {} : { translated: query.translated }),
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      };
      try {
        return send(reply, await repo.listDocuments(options), cachePolicy.list);
      } catch (error) {
        if (error instanceof InvalidDocumentCursorError) {
          throw invalidParams([{ param: 'cursor', message: CURSOR_MESSAGE }]);
        }
        throw error;
      }
    },
    lookupDocuments: async (request, reply) => {
      const { number, lang } = request.query as { number: string; lang?: string };
      const result = await repo.lookupDocuments(number, lang);
      if (result.kind === 'unreadable') {
        // The parse error's message quotes the input: only its code is sent back.
        throw extended(400, `The number cannot be read as a file number (${result.code}).`, {
          code: result.code,
          errors: [{ param: 'number', message: `not a file number: ${result.code}` }],
        });
      }
      if (result.kind === 'not-found') {
        throw extended(404, 'No document has this file number.', { ...result.notFound });
      }
      return send(reply, result.lookup, cachePolicy.item);
    },
    getDocument: async (request, reply) => {
      const { id } = request.params as { id: string };
      const { lang } = request.query as { lang?: string };
      const article = await repo.getDocument(id, lang);
      if (!article) throw notFound('document', id);
      return send(reply, article, cachePolicy.item);
    },
    ...guideHandlers(repo, cachePolicy),
    listSites: async (request, reply) => {
      const { kind } = request.query as { kind?: SiteKind[] };
      const list = await repo.listSites(kind ? { kinds: [...new Set(kind)] } : {});
      return send(reply, list, cachePolicy.sites);
    },
    getSite: async (request, reply) => {
      const { id } = request.params as { id: string };
      const site = await repo.getSite(id);
      if (!site) throw notFound('site', id);
      return send(reply, site, cachePolicy.sites);
    },
    health: async (request, reply) => {
      try {
        await repo.ping();
      } catch (error) {
        request.log.error({ err: error }, 'database check failed');
        throw new ProblemError(problem(503, { detail: 'The database does not answer.' }));
      }
      const health: Health = { status: 'ok', database: options.database };
      return send(reply, health, cachePolicy.none);
    },
    openapi: async (_request, reply) =>
      reply
        .header('cache-control', cachePolicy.document)
        .type('application/json; charset=utf-8')
        .send(OPENAPI_JSON),
  };

  /** The methods each path answers, for the 405s of the others. */
  const methods = new Map<string, string[]>();
  for (const [operationId, handler] of Object.entries(handlers)) {
    const op: Operation = operations[operationId as OperationId];
    const url = fastifyPath(op.path);
    methods.set(url, [...(methods.get(url) ?? []), op.method]);
    app.route({
      method: op.method,
      url,
      ...(op.body ? { bodyLimit: BODY_LIMIT } : {}),
      ...(operationId === 'submitMessage' && options.submitRateLimit
        ? { config: { rateLimit: options.submitRateLimit } }
        : {}),
      // Staff routes: the token is checked first; without one, nothing else is looked at.
      ...(op.security === 'staffToken' ? { onRequest: staffAuthentication(options.staff) } : {}),
      schema: {
        querystring: op.query,
        ...(op.params ? { params: op.params } : {}),
        ...(op.body ? { body: op.body } : {}),
        // The document is served as fixed bytes; every other answer is checked by its schema.
        ...(operationId === 'openapi' ? {} : { response: { [op.status ?? 200]: op.response } }),
      },
      // Validation errors are collected, not thrown, so one 400 names every bad parameter.
      attachValidation: true,
      preValidation: async (request) => {
        if (op.body) requireJson(request);
        const shaped = shapeQuery(request.query as RawQuery, op.query);
        request.query = shaped.query;
        shapeErrors.set(request, shaped.errors);
      },
      preHandler: async (request) => {
        const errors = [...(shapeErrors.get(request) ?? [])];
        const failed = request.validationError;
        if (failed?.validation) {
          const context = failed.validationContext;
          const data = { params: request.params, body: request.body }[context] ?? request.query;
          errors.push(...paramErrors(failed.validation as never, data));
          // Fastify stops at the first part that fails: the query (and body) are checked too.
          const later = context === 'params' ? ['querystring', 'body'] : ['body'];
          for (const part of context === 'body' ? [] : later) {
            const validate = request.getValidationFunction(part as 'querystring' | 'body');
            const value = part === 'body' ? request.body : request.query;
            if (validate && !validate(value))
              errors.push(...paramErrors(validate.errors ?? [], value));
          }
        }
        if (operationId === 'submitMessage') {
          const failed = new Set(errors.map((e) => e.param));
          errors.push(...idempotencyKeyErrors(request));
          errors.push(...(await messageSiteErrors(request.body, () => repo.siteIds(), failed)));
        }
        if (operationId === 'messageStats') {
          const failed = new Set(errors.map((e) => e.param));
          errors.push(...(await messageSiteErrors(request.query, () => repo.siteIds(), failed)));
        }
        if (
          operationId === 'listNews' ||
          operationId === 'listDocuments' ||
          operationId === 'listMessages'
        ) {
          const failed = new Set(errors.map((e) => e.param));
          const decode = {
            listNews: decodeCursor,
            listDocuments: decodeDocumentCursor,
            listMessages: decodeMessageCursor,
          }[operationId];
          const readsCursor = (cursor: string) => decode(cursor) !== null;
          errors.push(
            ...(await listQueryErrors(
              repo,
              request.query as NewsWireQuery & DocumentsWireQuery,
              failed,
              readsCursor,
            )),
          );
        }
        if (errors.length > 0) throw invalidParams(errors);
      },
      handler,
    });
  }
  for (const [url, answered] of methods) {
    const reads = answered.includes('GET');
    const writes = answered.filter((method) => method !== 'GET');
    const allowed = reads ? ['GET', 'HEAD', ...writes] : writes;
    app.route({
      method: [
        ...(reads ? [] : ['GET']),
        ...OTHER_METHODS.filter((method) => !answered.includes(method)),
      ],
      url,
      handler: () => {
        throw new ProblemError(
          problem(405, { detail: `This resource only answers ${allowed.join(', ')}.` }),
          { allow: [...allowed, 'OPTIONS'].join(', ') },
        );
      },
    });
  }
}
