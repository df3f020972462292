/**
 * The documents resource of the client: `documentsParams()` (the query checks the elements share)
 * and `documents.list/get/lookup` over a real loopback server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  documentsParams,
  PortalHttpError,
  PortalValidationError,
  type DocumentsQuery,
} from '../src/index.js';
import { json, problem, startServer, type TestServer } from './server.js';

const fileNumber = {
  canonical: '商务部令2004年第14号',
  key: '商务部令2004年第14号',
  form: 'order',
  issuer: '商务部',
  year: 2004,
  sequence: 14,
} as const;

let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => undefined);
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
});

const failure = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('documentsParams()', () => {
  it('turns a query into sorted, unique, comma-joined parameters', () => {
    expect(
      documentsParams({
        site: ['wms', 'main', 'wms'],
        category: 'foreign-trade',
        type: ['order', 'announcement'],
        organ: ['mofcom', 'gacc'],
        validity: ['repealed', 'in-force'],
        yearFrom: 2004,
        yearTo: 2010,
        q: '  外资 备案 ',
        sort: 'relevance',
        lang: 'en',
        translated: true,
        limit: 20,
        cursor: 'abc_-1',
      }),
    ).toEqual({
      site: 'main,wms',
      category: 'foreign-trade',
      type: 'announcement,order',
      organ: 'gacc,mofcom',
      validity: 'in-force,repealed',
      yearFrom: '2004',
      yearTo: '2010',
      q: '外资 备案',
      sort: 'relevance',
      lang: 'en',
      translated: 'true',
      limit: '20',
      cursor: 'abc_-1',
    });
  });

  it('leaves out what means "no filter": empty lists, a blank q, translated false', () => {
    expect(documentsParams({ site: [], q: '   ', translated: false, lang: '' })).toEqual({});
  });

  it.each<[string, DocumentsQuery]>([
    ['type', { type: ['order', 'novel'] as never }],
    ['validity', { validity: 'valid' as never }],
    ['category', { category: ['Foreign Trade'] }],
    ['organ', { organ: ['<script>'] }],
    ['site', { site: ['Main!'] }],
    ['yearFrom', { yearFrom: 1900 }],
    ['yearTo', { yearTo: 2006.5 }],
    ['q', { q: '外'.repeat(101) }],
    ['sort', { sort: 'oldest' as never }],
    ['lang', { lang: 'english' }],
    ['limit', { limit: 0 }],
    ['cursor', { cursor: '' }],
    ['translated', { translated: 'yes' as never }],
  ])('refuses a bad %s, naming it', (param, query) => {
    const error = failure(() => documentsParams(query));
    expect(error).toBeInstanceOf(PortalValidationError);
    expect(error).toMatchObject({ param });
  });

  it('refuses more than 20 values of one filter', () => {
    const organ = Array.from({ length: 21 }, (_, i) => `organ-${i}`);
    expect(failure(() => documentsParams({ organ }))).toMatchObject({ param: 'organ' });
  });
});

describe('documents.list / get / lookup', () => {
  it('list sends the checked query (client lang by default) and answers the page', async () => {
    const page = { items: [], nextCursor: null, total: 0, facets: {} };
    server.handle((_req, res) => json(res, page));
    const client = createClient({ baseUrl: server.baseUrl, lang: 'en' });
    await expect(client.documents.list({ type: 'order', q: '外资' })).resolves.toEqual(page);
    expect(server.received.map((r) => r.url)).toEqual([
      `/api/v1/documents?lang=en&q=${encodeURIComponent('外资')}&type=order`,
    ]);
  });

  it('list rejects a bad query without a request', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(client.documents.list({ limit: 1000 })).rejects.toBeInstanceOf(
      PortalValidationError,
    );
    expect(server.received).toHaveLength(0);
  });

  it('get asks for one document in a language; a malformed id sends nothing', async () => {
    server.handle((req, res) => json(res, { id: 'mofcom-order-2004-14', url: req.url }));
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(client.documents.get('mofcom-order-2004-14', { lang: 'fr' })).resolves.toEqual({
      id: 'mofcom-order-2004-14',
      url: '/api/v1/documents/mofcom-order-2004-14?lang=fr',
    });
    await expect(client.documents.get('../etc/passwd')).rejects.toMatchObject({ param: 'id' });
    expect(server.received).toHaveLength(1);
  });

  it('lookup resolves found: true with the number as read and its documents', async () => {
    server.handle((_req, res) => json(res, { number: fileNumber, items: [{ id: 'x' }] }));
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(client.documents.lookup('商务部令２００４年14号')).resolves.toEqual({
      found: true,
      number: fileNumber,
      items: [{ id: 'x' }],
    });
    expect(decodeURIComponent(server.received[0]!.url)).toBe(
      '/api/v1/documents/lookup?number=商务部令２００４年14号',
    );
  });

  it('lookup resolves found: false with the suggestions of the 404 problem', async () => {
    const suggestions = [
      { reason: 'other-year', document: { id: 'y', fileNumber: null, title: 'T' } },
    ];
    server.handle((_req, res) => problem(res, 404, { number: fileNumber, suggestions }));
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(client.documents.lookup('商务部令2004年第15号')).resolves.toEqual({
      found: false,
      number: fileNumber,
      suggestions,
    });
  });

  it('lookup rejects the 400 problem with its parse code, and a blank number at once', async () => {
    server.handle((_req, res) => problem(res, 400, { code: 'no-year' }));
    const client = createClient({ baseUrl: server.baseUrl, retries: 0 });
    const error = await client.documents.lookup('商资发123号').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).problem).toMatchObject({ code: 'no-year' });
    await expect(client.documents.lookup('  ')).rejects.toMatchObject({ param: 'number' });
    await expect(client.documents.lookup('x'.repeat(257))).rejects.toMatchObject({
      param: 'number',
    });
    expect(server.received).toHaveLength(1);
  });

  it('a 404 without suggestions (an old server) stays an error', async () => {
    server.handle((_req, res) => problem(res, 404));
    const client = createClient({ baseUrl: server.baseUrl, retries: 0 });
    await expect(client.documents.lookup('商务部令2004年第15号')).rejects.toBeInstanceOf(
      PortalHttpError,
    );
  });
});
