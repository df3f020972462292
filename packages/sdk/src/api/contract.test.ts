/**
 * The contract at run time: the OpenAPI document only references schemas it defines, the
 * exported constants equal the schema enums, and the schemas are valid JSON Schema 2020-12
 * that accept values of the TypeScript types and refuse values that break them.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CURSOR_MAX_LENGTH, PAGE_SIZE_MIN } from './constants.js';
import { openApiDocument, schemas } from './openapi.js';
import {
  API_LIMITS,
  NEWS_COLUMNS,
  SITE_KINDS,
  SITE_URL_PATTERN_KINDS,
  type NewsArticle,
  type Site,
} from './types.js';

/** Every `$ref` string anywhere inside `value`. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [child] : refs(child),
  );
}

const operations = Object.entries(openApiDocument.paths).flatMap(([path, item]) =>
  Object.entries(item).map(
    ([method, operation]) => [`${method.toUpperCase()} ${path}`, operation] as const,
  ),
);

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with every operation', () => {
    expect(openApiDocument.openapi).toBe('3.1.0');
    expect(operations.map(([name]) => name)).toEqual([
      'GET /api/v1/news',
      'GET /api/v1/news/{id}',
      'GET /api/v1/documents',
      'GET /api/v1/documents/lookup',
      'GET /api/v1/documents/{id}',
      'GET /api/v1/messages',
      'POST /api/v1/messages',
      'GET /api/v1/messages/stats',
      'GET /api/v1/messages/{trackingNumber}',
      'GET /api/v1/sites',
      'GET /api/v1/sites/{id}',
      'GET /api/v1/guides',
      'GET /api/v1/guides/{id}',
      'GET /api/v1/services',
      'GET /api/v1/services/{id}',
      'GET /api/v1/staff/messages',
      'GET /api/v1/staff/messages/{trackingNumber}',
      'POST /api/v1/staff/messages/{trackingNumber}/forward',
      'POST /api/v1/staff/messages/{trackingNumber}/reply',
      'POST /api/v1/staff/messages/{trackingNumber}/publish',
      'GET /healthz',
      'GET /openapi.json',
    ]);
  });

  it.each(operations)('%s references only defined schemas', (_name, operation) => {
    for (const ref of refs(operation)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(Object.keys(schemas)).toContain(ref.slice('#/components/schemas/'.length));
    }
  });

  it('component schemas reference only defined schemas', () => {
    const targets = refs(schemas).map((ref) => ref.replace('#/components/schemas/', ''));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(schemas).toHaveProperty(target);
  });

  it('describes the write: its body, its required Idempotency-Key and its 201', () => {
    const submit = openApiDocument.paths['/api/v1/messages']!.post!;
    expect(submit.requestBody).toEqual({
      required: true,
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/MessageSubmission' } },
      },
    });
    expect(submit.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    );
    expect(Object.keys(submit.responses)).toEqual(
      expect.arrayContaining(['201', '400', '413', '422', '429']),
    );
    const read = openApiDocument.paths['/api/v1/messages/{trackingNumber}']!.get!;
    expect(read.security).toEqual([{ accessCode: [] }]);
    expect(read.responses).not.toHaveProperty('304');
  });

  it('has unique operation ids', () => {
    const ids = operations.map(([, op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('NEWS_COLUMNS, SITE_KINDS and SITE_URL_PATTERN_KINDS equal the schema enums', () => {
    expect([...NEWS_COLUMNS]).toEqual(schemas.NewsColumn.enum);
    expect([...SITE_KINDS]).toEqual(schemas.SiteKind.enum);
    expect([...SITE_URL_PATTERN_KINDS]).toEqual(schemas.SiteUrlPatternKind.enum);
  });

  it('takes every limit from the constants', () => {
    const news = openApiDocument.paths['/api/v1/news']!.get!;
    const param = (name: string) =>
      (news.parameters as { name: string; schema: Record<string, unknown> }[]).find(
        (p) => p.name === name,
      )?.schema;
    expect(param('site')).toMatchObject({ maxItems: API_LIMITS.sitesPerQueryMax });
    expect(param('limit')).toMatchObject({
      minimum: PAGE_SIZE_MIN,
      maximum: API_LIMITS.pageSizeMax,
      default: API_LIMITS.pageSizeDefault,
    });
    expect(param('cursor')).toMatchObject({ maxLength: CURSOR_MAX_LENGTH });
  });

  it('names a fixed server, never a host', () => {
    expect(openApiDocument.servers).toEqual([{ url: '/' }]);
  });
});

describe('schemas as JSON Schema 2020-12', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addVocabulary(['components']).addFormat('date-time', true);
  ajv.addSchema({ $id: 'doc', components: { schemas } });
  const validate = (name: keyof typeof schemas, value: unknown) =>
    ajv.validate({ $ref: `doc#/components/schemas/${name}` }, value);

  const article: NewsArticle = {
    id: 'n1',
    site: 'wms',
    column: 'updates',
    lang: 'en',
    title: 'T',
    summary: 'S',
    url: 'https://wms.mofcom.gov.cn/n1',
    publishedAt: '2025-01-01T00:00:00Z',
    body: 'B',
  };
  const site: Site = {
    id: 'main',
    kind: 'main',
    names: {
      'zh-CN': '中华人民共和国商务部',
      en: "Ministry of Commerce of the People's Republic of China",
    },
    domain: 'www.mofcom.gov.cn',
    parent: null,
    languages: ['zh-CN', 'en'],
    urlPattern: { kind: 'path', template: '/{lang}/' },
    organizer: { 'zh-CN': '中华人民共和国商务部' },
    siteCode: 'bm30000012',
    icp: '京ICP备05004093号-1',
    publicSecurity: '京公网安备 11040102700068号',
    contact: { phone: '010-65197114' },
  };

  it('accept values of the TypeScript types', () => {
    expect(validate('NewsArticle', article)).toBe(true);
    expect(validate('NewsArticle', { ...article, url: 'HTTP://WMS.mofcom.gov.cn/a?b#c' })).toBe(
      true,
    );
    const { body: _body, ...item } = article;
    expect(validate('NewsItem', item)).toBe(true);
    expect(validate('NewsPage', { items: [item], nextCursor: null })).toBe(true);
    expect(validate('SiteList', { items: [site] })).toBe(true);
    expect(validate('Site', site)).toBe(true);
    expect(validate('Problem', { type: 'about:blank', title: 'Bad', status: 400 })).toBe(true);
    expect(validate('Health', { status: 'ok', database: 'pglite' })).toBe(true);
  });

  it.each([
    ['NewsItem', { ...article }],
    ['NewsArticle', { ...article, column: 'sports' }],
    ['NewsArticle', { ...article, url: 'javascript:alert(1)' }],
    ['NewsArticle', { ...article, url: 'JavaScript:alert(1)' }],
    ['NewsArticle', { ...article, url: ' https://x.example/' }],
    ['NewsArticle', { ...article, url: 'java\tscript:alert(1)' }],
    ['NewsArticle', { ...article, url: 'data:text/html,<script>alert(1)</script>' }],
    ['NewsArticle', { ...article, url: '/relative/path' }],
    ['NewsArticle', { ...article, url: 'https://' }],
    ['Site', { ...site, id: 'Main' }],
    ['Site', { ...site, parent: undefined }],
    ['Site', { ...site, siteCode: 'bm3000001' }],
    ['Site', { ...site, icp: '京ICP备05004093' }],
    ['Site', { ...site, publicSecurity: '京公网安备 1104010270006号' }],
    ['Site', { ...site, urlPattern: { kind: 'hash', template: '#{lang}' } }],
    ['Site', { ...site, urlPattern: { kind: 'path', template: '/en/' } }],
    ['Site', { ...site, contact: {} }],
    ['Site', { ...site, organizer: { 'zh-CN': 1 } }],
    ['NewsPage', { items: [] }],
    ['Problem', { type: 'x', title: 'y', status: 4.5 }],
  ] as const)('refuse a broken %s', (name, value) => {
    expect(validate(name, value)).toBe(false);
  });
});
