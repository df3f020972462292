/**
 * The Portal API, described once as an OpenAPI 3.1 document. The server validates requests
 * with these schemas and serves this document at `/openapi.json`; the SDK's types in
 * `./types.ts` are checked against it by `contract.test-d.ts`.
 */
import { ICP_PATTERN, PUBLIC_SECURITY_PATTERN, SITE_CODE_PATTERN } from '../domain/sites.js';
import { LANG_PATTERN, SITE_ID_PATTERN } from './patterns.js';
import { API_LIMITS, NEWS_COLUMNS, SITE_KINDS, SITE_URL_PATTERN_KINDS } from './types.js';

/** A `$ref` to a component schema; generic so the document's type keeps the target's name. */
const ref = <Name extends string>(name: Name) =>
  ({ $ref: `#/components/schemas/${name}` }) as const;

// The parameter patterns live in ./patterns.ts, so the client validates queries without pulling
// in this document (nor the site rules it quotes).
export { LANG_PATTERN, SITE_ID_PATTERN } from './patterns.js';

const problemResponse = (description: string) =>
  ({
    description,
    content: { 'application/problem+json': { schema: ref('Problem') } },
  }) as const;

const cacheHeaders = {
  ETag: { description: 'Entity tag of the representation.', schema: { type: 'string' } },
  'Cache-Control': { description: 'Caching policy.', schema: { type: 'string' } },
} as const;

const notModified = { description: 'Not modified (the `If-None-Match` tag matched).' } as const;

const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'ETag of a cached representation; a match answers 304.',
  schema: { type: 'string' },
} as const;

export const schemas = {
  SiteKind: { type: 'string', enum: [...SITE_KINDS] },
  NewsColumn: { type: 'string', enum: [...NEWS_COLUMNS] },
  SiteUrlPatternKind: { type: 'string', enum: [...SITE_URL_PATTERN_KINDS] },
  SiteUrlPattern: {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'template'],
    properties: {
      kind: ref('SiteUrlPatternKind'),
      template: { type: 'string', maxLength: 200, pattern: '\\{lang\\}' },
    },
  },
  SiteContact: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      phone: { type: 'string', maxLength: 32 },
      email: { type: 'string', maxLength: 254 },
      address: { type: 'string', maxLength: 200 },
    },
  },
  Site: {
    type: 'object',
    additionalProperties: false,
    required: [
      'id',
      'kind',
      'names',
      'domain',
      'parent',
      'languages',
      'urlPattern',
      'organizer',
      'siteCode',
      'icp',
      'publicSecurity',
      'contact',
    ],
    properties: {
      id: { type: 'string', pattern: SITE_ID_PATTERN },
      kind: ref('SiteKind'),
      names: { type: 'object', additionalProperties: { type: 'string' } },
      domain: { type: 'string' },
      parent: { type: ['string', 'null'] },
      languages: { type: 'array', items: { type: 'string', pattern: LANG_PATTERN } },
      urlPattern: ref('SiteUrlPattern'),
      organizer: { type: 'object', additionalProperties: { type: 'string' } },
      siteCode: { type: 'string', pattern: SITE_CODE_PATTERN },
      icp: { type: 'string', pattern: ICP_PATTERN },
      publicSecurity: { type: 'string', pattern: PUBLIC_SECURITY_PATTERN },
      contact: ref('SiteContact'),
    },
  },
  SiteList: {
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: { items: { type: 'array', items: ref('Site') } },
  },
  NewsItem: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'site', 'column', 'lang', 'title', 'summary', 'url', 'publishedAt'],
    properties: {
      id: { type: 'string' },
      site: { type: 'string' },
      column: ref('NewsColumn'),
      lang: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      url: { type: 'string', format: 'uri' },
      publishedAt: { type: 'string', format: 'date-time' },
    },
  },
  NewsArticle: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'site', 'column', 'lang', 'title', 'summary', 'url', 'publishedAt', 'body'],
    properties: {
      id: { type: 'string' },
      site: { type: 'string' },
      column: ref('NewsColumn'),
      lang: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      url: { type: 'string', format: 'uri' },
      publishedAt: { type: 'string', format: 'date-time' },
      body: { type: 'string' },
    },
  },
  NewsPage: {
    type: 'object',
    additionalProperties: false,
    required: ['items', 'nextCursor'],
    properties: {
      items: { type: 'array', items: ref('NewsItem') },
      nextCursor: { type: ['string', 'null'] },
    },
  },
  ProblemParamError: {
    type: 'object',
    additionalProperties: false,
    required: ['param', 'message'],
    properties: { param: { type: 'string' }, message: { type: 'string' } },
  },
  Problem: {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: { type: 'array', items: ref('ProblemParamError') },
    },
  },
  Health: {
    type: 'object',
    additionalProperties: false,
    required: ['status', 'database'],
    properties: {
      status: { type: 'string', enum: ['ok'] },
      database: { type: 'string', enum: ['pglite', 'postgres'] },
    },
  },
} as const;

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Portal API',
    version: '1.0.0',
    description:
      'Content of the ministry portal site group: sites and news, asked of one site, several or all.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/v1/news': {
      get: {
        operationId: 'listNews',
        summary: 'List news, newest first',
        parameters: [
          {
            name: 'site',
            in: 'query',
            description: 'Site ids, comma-separated; omit for every site.',
            style: 'form',
            explode: false,
            schema: {
              type: 'array',
              maxItems: API_LIMITS.sitesPerQueryMax,
              items: { type: 'string', pattern: SITE_ID_PATTERN },
            },
          },
          {
            name: 'column',
            in: 'query',
            description: 'Columns, comma-separated; omit for all.',
            style: 'form',
            explode: false,
            schema: { type: 'array', items: ref('NewsColumn') },
          },
          {
            name: 'lang',
            in: 'query',
            description: 'Language code; omit for all languages.',
            schema: { type: 'string', pattern: LANG_PATTERN },
          },
          {
            name: 'limit',
            in: 'query',
            description: 'Page size.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: API_LIMITS.pageSizeMax,
              default: API_LIMITS.pageSizeDefault,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            description: '`nextCursor` of the previous page.',
            schema: { type: 'string', maxLength: 200 },
          },
          ifNoneMatch,
        ],
        responses: {
          '200': {
            description: 'One page of news.',
            headers: cacheHeaders,
            content: { 'application/json': { schema: ref('NewsPage') } },
          },
          '304': notModified,
          '400': problemResponse('A parameter is invalid; `errors` names it.'),
        },
      },
    },
    '/api/v1/news/{id}': {
      get: {
        operationId: 'getNews',
        summary: 'Get one news item with its body',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string', maxLength: 64 },
          },
          ifNoneMatch,
        ],
        responses: {
          '200': {
            description: 'The news item.',
            headers: cacheHeaders,
            content: { 'application/json': { schema: ref('NewsArticle') } },
          },
          '304': notModified,
          '400': problemResponse('The id is malformed.'),
          '404': problemResponse('No such news item.'),
        },
      },
    },
    '/api/v1/sites': {
      get: {
        operationId: 'listSites',
        summary: 'List the sites of the site group',
        parameters: [
          {
            name: 'kind',
            in: 'query',
            description: 'Site kinds, comma-separated; omit for all.',
            style: 'form',
            explode: false,
            schema: { type: 'array', items: ref('SiteKind') },
          },
          ifNoneMatch,
        ],
        responses: {
          '200': {
            description: 'The sites.',
            headers: cacheHeaders,
            content: { 'application/json': { schema: ref('SiteList') } },
          },
          '304': notModified,
          '400': problemResponse('A parameter is invalid.'),
        },
      },
    },
    '/healthz': {
      get: {
        operationId: 'health',
        summary: 'Liveness and database check',
        responses: {
          '200': {
            description: 'Healthy.',
            content: { 'application/json': { schema: ref('Health') } },
          },
          '503': problemResponse('The database does not answer.'),
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This document',
        responses: {
          '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': {} } },
        },
      },
    },
  },
  components: { schemas },
} as const;

export type OpenApiDocument = typeof openApiDocument;
