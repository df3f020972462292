/**
 * The Portal API as an OpenAPI 3.1 document, derived from the TypeBox schemas and the operation
 * table (`./operations.ts`): nothing here is written twice. This is the server-side entry
 * `@portal-kit/sdk/openapi`; the browser bundle never imports it (nor TypeBox's runtime).
 */
import type { TSchema } from 'typebox';
import { READ_AFTER_TOKEN_PATTERN } from './constants.js';
import { INVALID_REQUEST, operations, type Operation } from './operations.js';
import * as common from './schemas/common.js';
import * as lookup from './schemas/document-lookup.js';
import * as documents from './schemas/documents.js';
import * as guides from './schemas/guides.js';
import * as messages from './schemas/messages.js';
import * as news from './schemas/news.js';
import * as published from './schemas/published-messages.js';
import * as sites from './schemas/sites.js';
import * as staff from './schemas/staff.js';

export { operations, type Operation, type OperationId } from './operations.js';
export * from './constants.js';

type Json = Record<string, unknown>;

/** The named schemas of the contract, inline (as Fastify validates and serializes with them). */
export const contractSchemas = {
  SiteKind: common.SiteKind,
  NewsColumn: common.NewsColumn,
  SiteUrlPatternKind: common.SiteUrlPatternKind,
  SiteUrlPattern: sites.SiteUrlPattern,
  SiteContact: sites.SiteContact,
  Site: sites.Site,
  SiteList: sites.SiteList,
  NewsItem: news.NewsItem,
  NewsArticle: news.NewsArticle,
  NewsPage: news.NewsPage,
  FileNumber: documents.FileNumberValue,
  Organ: documents.Organ,
  Snippet: documents.Snippet,
  DocumentRef: documents.DocumentRef,
  DocumentRelation: documents.DocumentRelation,
  DocumentSummary: documents.DocumentSummary,
  DocumentBlock: documents.DocumentBlock,
  Attachment: documents.Attachment,
  Interpretation: documents.Interpretation,
  DocumentArticle: documents.DocumentArticle,
  DocumentFacets: documents.DocumentFacets,
  DocumentsPage: documents.DocumentsPage,
  DocumentLookup: lookup.DocumentLookup,
  LookupSuggestion: lookup.LookupSuggestion,
  MessageKind: messages.MessageKind,
  MessageStatus: messages.MessageStatus,
  MessageSubmission: messages.MessageSubmission,
  MessageReceipt: messages.MessageReceipt,
  MessageEvent: messages.MessageEvent,
  MessageReply: messages.MessageReply,
  MessageView: messages.MessageView,
  StaffMessageEvent: staff.StaffMessageEvent,
  StaffPublication: staff.StaffPublication,
  StaffMessage: staff.StaffMessage,
  StaffMessagesPage: staff.StaffMessagesPage,
  ForwardRequest: staff.ForwardRequest,
  ReplyRequest: staff.ReplyRequest,
  PublishRequest: staff.PublishRequest,
  MessageSnippet: published.MessageSnippet,
  PublishedMessage: published.PublishedMessage,
  MessagesPage: published.MessagesPage,
  MessageStatsMonth: published.MessageStatsMonth,
  MessageStats: published.MessageStats,
  GuideId: guides.GuideId,
  GuideSummary: guides.GuideSummary,
  GuideList: guides.GuideList,
  GuideSectionNode: guides.GuideSectionNode,
  GuideServiceNode: guides.GuideServiceNode,
  Guide: guides.Guide,
  GuidePathItem: guides.GuidePathItem,
  ServiceStatus: guides.ServiceStatus,
  ServiceStep: guides.ServiceStep,
  ServiceMaterial: guides.ServiceMaterial,
  ServiceSummary: guides.ServiceSummary,
  ServiceList: guides.ServiceList,
  Service: guides.Service,
  ProblemParamError: common.ProblemParamError,
  Problem: common.Problem,
  Health: common.Health,
} as const satisfies Record<string, TSchema>;

export type SchemaName = keyof typeof contractSchemas;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Each named schema's JSON text → its name, to find it again inside other schemas. */
const names = new Map(
  Object.entries(contractSchemas).map(([name, s]) => [JSON.stringify(s), name]),
);

/** `schema` as a plain JSON value, every nested named schema replaced by a `$ref` to it. */
function withRefs(schema: unknown, root = true): unknown {
  if (Array.isArray(schema)) return schema.map((item) => withRefs(item, false));
  if (schema === null || typeof schema !== 'object') return schema;
  const name = root ? undefined : names.get(JSON.stringify(schema));
  if (name) return ref(name);
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, withRefs(value, false)]),
  );
}

/** The component schemas of the document, nested named schemas as `$ref`s. */
export const schemas = Object.fromEntries(
  Object.entries(contractSchemas).map(([name, schema]) => [name, withRefs(schema)]),
) as Record<SchemaName, Json>;

const problemResponse = (description: string, extra?: TSchema) => ({
  description,
  content: {
    'application/problem+json': {
      schema: extra ? { allOf: [ref('Problem'), withRefs(extra, false)] } : ref('Problem'),
    },
  },
});

const cacheHeaders = {
  ETag: { description: 'Entity tag of the representation.', schema: { type: 'string' } },
  'Cache-Control': { description: 'Caching policy.', schema: { type: 'string' } },
};

const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'ETag of a cached representation; a match answers 304.',
  schema: { type: 'string' },
};

/**
 * Read-your-writes over a read replica (the document's description says how): the token a write
 * answers with, which the GETs that follow send back (the SDK's clients do).
 */
const readAfter = {
  name: 'Portal-Read-After',
  in: 'header',
  required: false,
  description: 'Token of an earlier write by this client: read it back (read-your-writes).',
  schema: { type: 'string', pattern: READ_AFTER_TOKEN_PATTERN },
};

const readAfterHeader = {
  description: 'Token of this write, with a read replica (read-your-writes).',
  schema: { type: 'string' },
};

const readFromHeader = {
  description: 'The database that answered, with a read replica.',
  schema: { type: 'string', enum: ['replica', 'primary'] },
};

/** The OpenAPI parameters of an object schema: one per property. */
function parameters(schema: TSchema | undefined, where: 'query' | 'path' | 'header'): Json[] {
  const { properties, required = [] } =
    (schema as { properties?: Record<string, Json>; required?: string[] } | undefined) ?? {};
  return Object.entries(properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = withRefs(property, true) as Json;
    return {
      name,
      in: where,
      required: where === 'path' || (where === 'header' && required.includes(name)),
      ...(description === undefined ? {} : { description }),
      ...(rest.type === 'array' ? { style: 'form', explode: false } : {}),
      schema: rest,
    };
  });
}

function operationObject(op: Operation): Json {
  const schema = withRefs(op.response, false) as Json;
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: op.description,
    ...(op.security ? { security: [{ [op.security]: [] }] } : {}),
    parameters: [
      ...parameters(op.params, 'path'),
      ...parameters(op.query, 'query'),
      ...parameters(op.headers, 'header'),
      ...(op.cacheable ? [ifNoneMatch] : []),
      ...(op.method === 'GET' ? [readAfter] : []),
    ],
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: withRefs(op.body, false) } },
          },
        }
      : {}),
    responses: {
      [String(op.status ?? 200)]: {
        description: op.ok,
        headers: {
          ...(op.cacheable ? cacheHeaders : { 'Cache-Control': cacheHeaders['Cache-Control'] }),
          ...(op.method === 'GET'
            ? { 'Portal-Read-From': readFromHeader }
            : { 'Portal-Read-After': readAfterHeader }),
        },
        content: { 'application/json': { schema } },
      },
      ...(op.cacheable
        ? { '304': { description: 'Not modified (`If-None-Match` matched).' } }
        : {}),
      '400': problemResponse(INVALID_REQUEST, op.problems?.['400']),
      ...Object.fromEntries(
        Object.entries(op.errors).map(([status, text]) => [
          status,
          problemResponse(text, op.problems?.[status]),
        ]),
      ),
    },
  };
}

/** An OpenAPI 3.1 document, as far as this contract uses it. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: Json & { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description: string }[];
  paths: Record<
    string,
    Partial<Record<'get' | 'post', Json & { responses: Record<string, Json> }>>
  >;
  components: { schemas: Record<SchemaName, Json>; securitySchemes: Record<string, Json> };
}

const paths: OpenApiDocument['paths'] = {};
for (const op of Object.values(operations) as Operation[]) {
  const method = op.method === 'GET' ? 'get' : 'post';
  paths[op.path] = {
    ...paths[op.path],
    [method]: operationObject(op) as Json & { responses: Record<string, Json> },
  };
}

/** The Portal API, OpenAPI 3.1. Served at `/openapi.json` with `servers: [{ url: '/' }]`. */
export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Portal API',
    version: '1.0.0',
    description:
      'Content of the ministry portal site group: sites, news and official documents, asked ' +
      'of one site, several or all; and messages to the ministry, sent and followed.\n\n' +
      'Read-your-writes: a server that reads from a replica (`DATABASE_READ_URL`) answers each ' +
      "successful write with the primary database's position after it, as the " +
      '`Portal-Read-After` header and the `portal_read_after` cookie. A GET carrying it (the ' +
      'cookie, or the header sent back) is read from a replica only once that replica has ' +
      'replayed the write, else from the primary, and never answered from a shared cache; ' +
      '`Portal-Read-From` says which database answered. The SDK sends the token back until a ' +
      'replica answers, for a minute at most.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/' }],
  // Public: no operation needs credentials, but a message's own view needs its access code.
  security: [],
  tags: [
    { name: 'news', description: 'News of the site group, newest first.' },
    {
      name: 'documents',
      description: 'Policies and other official documents: list, search, lookup by file number.',
    },
    { name: 'sites', description: 'The sites of the site group.' },
    {
      name: 'messages',
      description: 'Messages to the ministry (留言): send one, follow it with its access code.',
    },
    {
      name: 'staff',
      description:
        'Messages for the staff of the sites that handle them (a staff token): list, forward ' +
        'to a department (转办), reply, publish with personal data removed.',
    },
    { name: 'meta', description: 'Health and this document.' },
  ],
  paths,
  components: {
    schemas,
    securitySchemes: {
      accessCode: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description:
          "`AccessCode <code>`: the access code of the message's receipt, in any spelling " +
          '(case, hyphens).',
      },
      staffToken: {
        type: 'http',
        scheme: 'bearer',
        description:
          '`Bearer <token>`: a staff token made by `npm run portal -- staff create --site <id>`, ' +
          'acting for its own sites only (docs/api/staff.md).',
      },
    },
  },
};
