/**
 * The Portal API's operations, each once: method, path, parameters and answers as TypeBox
 * schemas. The OpenAPI document (`./openapi.ts`) and the server's routes (Fastify `schema`) are
 * both built from this table.
 */
import Type from 'typebox';
import type { TSchema } from 'typebox';
import { Health, NoQuery } from './schemas/common.js';
import {
  DocumentLookup,
  DocumentLookupQuery,
  LookupNotFound,
  LookupUnreadable,
} from './schemas/document-lookup.js';
import {
  DocumentArticle,
  DocumentPath,
  DocumentQuery,
  DocumentsPage,
  DocumentsQuery,
} from './schemas/documents.js';
import {
  MessagePath,
  MessageReceipt,
  MessageSubmission,
  MessageSubmitHeaders,
  MessageView,
} from './schemas/messages.js';
import { NewsArticle, NewsPage, NewsPath, NewsQuery } from './schemas/news.js';
import {
  MessagesPage,
  MessagesQuery,
  MessageStats,
  MessageStatsQuery,
} from './schemas/published-messages.js';
import { SiteList, SitePath, SitesQuery, Site } from './schemas/sites.js';
import { guideOperations } from './operations-guides.js';
import { staffOperations } from './operations-staff.js';

/** One operation of the contract. */
export interface Operation {
  readonly operationId: string;
  readonly method: 'GET' | 'POST';
  /** OpenAPI path template, `{name}` for a path parameter. */
  readonly path: string;
  readonly tag: 'news' | 'documents' | 'guides' | 'sites' | 'messages' | 'staff' | 'meta';
  readonly summary: string;
  readonly description: string;
  /** Query parameters: an object schema, one property per parameter. */
  readonly query: TSchema;
  /** Path parameters: an object schema, one property per parameter. */
  readonly params?: TSchema;
  /** Request headers: an object schema, one property per header (required ones listed). */
  readonly headers?: TSchema;
  /** The JSON request body. */
  readonly body?: TSchema;
  /** The credentials the operation needs (a security scheme of the document). */
  readonly security?: 'accessCode' | 'staffToken';
  /** The success status; default 200. */
  readonly status?: 200 | 201;
  /** The success body. */
  readonly response: TSchema;
  /** Description of the success answer. */
  readonly ok: string;
  /** Answers with `ETag` and `Cache-Control`, and 304 on a matching `If-None-Match`. */
  readonly cacheable: boolean;
  /** Error statuses besides 400 (always possible), with what they mean. */
  readonly errors: Readonly<Record<string, string>>;
  /**
   * Extension members of an error status's problem details (RFC 9457 §3.2), by status: the
   * lookup's 404 carries its "did you mean" suggestions, its 400 the parse error's code.
   */
  readonly problems?: Readonly<Record<string, TSchema>>;
}

const INVALID = 'A parameter is invalid, unknown, repeated or empty; `errors` names each one.';

/** Every operation of the Portal API, by operation id. */
export const operations = {
  listNews: {
    operationId: 'listNews',
    method: 'GET',
    path: '/api/v1/news',
    tag: 'news',
    summary: 'List news, newest first',
    description:
      'One page of the news of one site, several or all, filtered by column and language. ' +
      'Follow `nextCursor` for the next page. A well-formed site id of no site is a 400 too.',
    query: NewsQuery,
    response: NewsPage,
    ok: 'One page of news.',
    cacheable: true,
    errors: {},
  },
  getNews: {
    operationId: 'getNews',
    method: 'GET',
    path: '/api/v1/news/{id}',
    tag: 'news',
    summary: 'Get one news item with its body',
    description: 'One news item, as listed, with its body text.',
    query: NoQuery,
    params: NewsPath,
    response: NewsArticle,
    ok: 'The news item.',
    cacheable: true,
    errors: { '404': 'No news item has this id.' },
  },
  listDocuments: {
    operationId: 'listDocuments',
    method: 'GET',
    path: '/api/v1/documents',
    tag: 'documents',
    summary: 'List and search documents',
    description:
      'One page of the policies and other official documents of one site, several or all, ' +
      'filtered by category, type, issuing organ, validity and year range, searched by ' +
      'title, summary and body words (`q`; two Chinese characters are enough), sorted newest ' +
      'first or by relevance; with the total and facet counts for every filter. Follow ' +
      '`nextCursor` for the next page.',
    query: DocumentsQuery,
    response: DocumentsPage,
    ok: 'One page of documents, the total and the facets.',
    cacheable: true,
    errors: {},
  },
  lookupDocuments: {
    operationId: 'lookupDocuments',
    method: 'GET',
    path: '/api/v1/documents/lookup',
    tag: 'documents',
    summary: 'Find documents by file number',
    description:
      'The documents of a file number (发文字号), typed in any spelling: the number is read as ' +
      '`parseFileNumber` reads it and matched on its key. A number that cannot be read is a ' +
      '400 whose problem carries the parse error `code`; a number of no document is a 404 ' +
      'whose problem carries up to five suggestions (another year, a neighbouring sequence, a ' +
      'near issuer code, transposed digits).',
    query: DocumentLookupQuery,
    response: DocumentLookup,
    ok: 'What the number was read as, and its documents.',
    cacheable: true,
    errors: { '404': 'No document has this number; `suggestions` lists near numbers.' },
    problems: { '400': LookupUnreadable, '404': LookupNotFound },
  },
  getDocument: {
    operationId: 'getDocument',
    method: 'GET',
    path: '/api/v1/documents/{id}',
    tag: 'documents',
    summary: 'Get one document with its body',
    description:
      'One document: its metadata, body, attachments, interpretations and the documents that ' +
      'amend or repeal it (or that it amends or repeals), in `lang` where the document has ' +
      'it, else in Chinese (`lang` in the answer says which).',
    query: DocumentQuery,
    params: DocumentPath,
    response: DocumentArticle,
    ok: 'The document.',
    cacheable: true,
    errors: { '404': 'No document has this id.' },
  },
  listMessages: {
    operationId: 'listMessages',
    method: 'GET',
    path: '/api/v1/messages',
    tag: 'messages',
    summary: 'List and search the published questions and replies',
    description:
      'One page of the published messages of one site, several or all: the subject, question ' +
      'and reply as published (personal data removed; never the name, e-mail address or phone ' +
      'number), newest published first, or by relevance with `q` (two Chinese characters are ' +
      'enough). Follow `nextCursor` for the next page.',
    query: MessagesQuery,
    response: MessagesPage,
    ok: 'One page of published messages and the total.',
    cacheable: true,
    errors: {},
  },
  messageStats: {
    operationId: 'messageStats',
    method: 'GET',
    path: '/api/v1/messages/stats',
    tag: 'messages',
    summary: 'How the messages of a year were answered, per month',
    description:
      'For the messages sent to a site in a year (by month of arrival, Beijing calendar): how ' +
      'many arrived, how many are replied, how many were replied on or before their due date, ' +
      'and the median working days to reply, on the Beijing holiday calendar.',
    query: MessageStatsQuery,
    response: MessageStats,
    ok: 'The statistics of the year.',
    cacheable: true,
    errors: {},
  },
  submitMessage: {
    operationId: 'submitMessage',
    method: 'POST',
    path: '/api/v1/messages',
    tag: 'messages',
    summary: 'Send a message (question, suggestion, complaint)',
    description:
      'Stores a message and answers its receipt: tracking number, access code (shown this ' +
      'once), arrival time and due date. The `201` is sent only once the message is committed. ' +
      'Safe to retry: the same `Idempotency-Key` with the same body answers the same receipt ' +
      '(later or concurrently) and never stores a second message; with another body it is a ' +
      '422. Rate-limited per client (429 with `Retry-After`); the same text sent to the same ' +
      'site again and again under other keys is refused after a few times a day (429 ' +
      '`identical-message`, with `Retry-After`).',
    query: NoQuery,
    headers: MessageSubmitHeaders,
    body: MessageSubmission,
    status: 201,
    response: MessageReceipt,
    ok: 'The message is stored (or was already, under this key): its receipt.',
    cacheable: false,
    errors: {
      '413': 'The request body is larger than 96 KiB.',
      '415': 'The body is not `application/json`.',
      '422': 'This `Idempotency-Key` was used with another body.',
      '429':
        'Too many messages from this client, or this text was sent to this site too often ' +
        'today; `Retry-After` says when to try again.',
    },
  },
  getMessage: {
    operationId: 'getMessage',
    method: 'GET',
    path: '/api/v1/messages/{trackingNumber}',
    tag: 'messages',
    summary: "A message's status and reply, for its asker",
    description:
      'The status history, due date, working days left and the reply of a message, with ' +
      'the header `Authorization: AccessCode <code>`. An unknown number and a wrong code ' +
      'answer the same 404. Never cached (`Cache-Control: no-store`).',
    query: NoQuery,
    params: MessagePath,
    security: 'accessCode',
    response: MessageView,
    ok: 'The message.',
    cacheable: false,
    errors: {
      '401': 'No `Authorization: AccessCode <code>` header.',
      '404': 'No message has this tracking number and access code.',
    },
  },
  listSites: {
    operationId: 'listSites',
    method: 'GET',
    path: '/api/v1/sites',
    tag: 'sites',
    summary: 'List the sites of the site group',
    description:
      'Every site of the site group, or those of some kinds: by kind (main, departments, ' +
      'commissioners, offices abroad, local), then in registry order.',
    query: SitesQuery,
    response: SiteList,
    ok: 'The sites.',
    cacheable: true,
    errors: {},
  },
  getSite: {
    operationId: 'getSite',
    method: 'GET',
    path: '/api/v1/sites/{id}',
    tag: 'sites',
    summary: 'Get one site',
    description: 'One site with its masthead and footer facts, as the sites list gives it.',
    query: NoQuery,
    params: SitePath,
    response: Site,
    ok: 'The site.',
    cacheable: true,
    errors: { '404': 'No site has this id.' },
  },
  // ── Business guides and their service items ─────────────────────────────────────────────
  ...guideOperations,
  // ── Staff: the handling site's office (Authorization: Bearer <staff token>) ──────────────
  ...staffOperations,
  health: {
    operationId: 'health',
    method: 'GET',
    path: '/healthz',
    tag: 'meta',
    summary: 'Liveness and database check',
    description: 'Answers 200 while the server and its database answer; never cached.',
    query: NoQuery,
    response: Health,
    ok: 'Healthy.',
    cacheable: false,
    errors: { '503': 'The database does not answer.' },
  },
  openapi: {
    operationId: 'openapi',
    method: 'GET',
    path: '/openapi.json',
    tag: 'meta',
    summary: 'This document',
    description: 'The OpenAPI 3.1 description of the Portal API.',
    query: NoQuery,
    response: Type.Object({}, { description: 'OpenAPI 3.1 document.' }),
    ok: 'OpenAPI 3.1 document.',
    cacheable: true,
    errors: {},
  },
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;

/** The 400 answer's description, shared by every operation. */
export const INVALID_REQUEST = INVALID;
