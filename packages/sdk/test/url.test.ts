/** URL building, parameter encoding, client defaults and input validation (no request made). */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  isPortalError,
  PortalValidationError,
  type NewsQuery,
  type SitesQuery,
} from '../src/index.js';
import { buildUrl } from '../src/client/url.js';
import { json, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res) => json(res, { items: [], nextCursor: null }));
});
beforeEach(() => {
  server.received.length = 0;
});
afterAll(() => server.close());

const lastUrl = () => server.received.at(-1)?.url;

describe('news.list URLs', () => {
  const cases: [string, NewsQuery, string][] = [
    ['no query', {}, '/api/v1/news'],
    ['one site', { site: 'wms' }, '/api/v1/news?site=wms'],
    [
      'sites sorted, unique, comma-joined',
      { site: ['wms', 'main', 'wms'] },
      '/api/v1/news?site=main,wms',
    ],
    ['empty site list = every site', { site: [] }, '/api/v1/news'],
    ['one column', { column: 'briefs' }, '/api/v1/news?column=briefs'],
    ['columns', { column: ['updates', 'headlines'] }, '/api/v1/news?column=headlines,updates'],
    ['lang', { lang: 'zh-CN' }, '/api/v1/news?lang=zh-CN'],
    ['empty lang = every language', { lang: '' }, '/api/v1/news'],
    ['limit bounds', { limit: 100 }, '/api/v1/news?limit=100'],
    [
      'cursor is percent-encoded',
      { cursor: 'a b&c=d/é' },
      '/api/v1/news?cursor=a%20b%26c%3Dd%2F%C3%A9',
    ],
    [
      'all parameters in alphabetical order',
      { limit: 5, site: 'us', cursor: 'x', lang: 'en', column: 'headlines' },
      '/api/v1/news?column=headlines&cursor=x&lang=en&limit=5&site=us',
    ],
    ['undefined values are ignored', { site: undefined, cursor: undefined }, '/api/v1/news'],
  ];
  it.each(cases)('%s', async (_name, query, url) => {
    const client = createClient({ baseUrl: server.baseUrl, cache: false });
    await client.news.list(query);
    expect(lastUrl()).toBe(url);
  });

  it('applies the client defaults when the query lacks lang and site', async () => {
    const client = createClient({ baseUrl: server.baseUrl, lang: 'en', site: ['wms', 'main'] });
    expect(client.lang).toBe('en');
    expect(client.site).toEqual(['main', 'wms']);
    await client.news.list({ limit: 2 });
    expect(lastUrl()).toBe('/api/v1/news?lang=en&limit=2&site=main,wms');
    await client.news.list({ lang: 'fr', site: 'us' });
    expect(lastUrl()).toBe('/api/v1/news?lang=fr&site=us');
    await client.news.list({ lang: '', site: [] });
    expect(lastUrl()).toBe('/api/v1/news');
  });

  it('keeps a single default site as given, and hands out copies of a list', () => {
    expect(createClient({ baseUrl: '', site: 'wms' }).site).toBe('wms');
    const client = createClient({ baseUrl: '', site: ['a', 'b'] });
    (client.site as string[]).push('c');
    expect(client.site).toEqual(['a', 'b']);
    expect(createClient({ baseUrl: '' }).site).toBeUndefined();
  });

  it('tolerates trailing slashes in baseUrl', async () => {
    const client = createClient({ baseUrl: `${server.baseUrl}//` });
    expect(client.baseUrl).toBe(server.baseUrl);
    await client.sites.list();
    expect(lastUrl()).toBe('/api/v1/sites');
  });
});

describe('other endpoints', () => {
  it('encodes the news id as one path segment', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    await client.news.get('a/b?c#d');
    expect(lastUrl()).toBe('/api/v1/news/a%2Fb%3Fc%23d');
  });

  const sites: [SitesQuery | undefined, string][] = [
    [undefined, '/api/v1/sites'],
    [{ kind: 'local' }, '/api/v1/sites?kind=local'],
    [{ kind: ['overseas', 'local'] }, '/api/v1/sites?kind=local,overseas'],
    [{ kind: [] }, '/api/v1/sites'],
  ];
  it.each(sites)('sites.list(%j)', async (query, url) => {
    await createClient({ baseUrl: server.baseUrl, cache: false }).sites.list(query);
    expect(lastUrl()).toBe(url);
  });

  it('sends Accept and the client headers', async () => {
    const client = createClient({
      baseUrl: server.baseUrl,
      headers: { 'Accept-Language': 'de', 'X-Api-Key': 'k' },
    });
    await client.sites.list();
    const headers = server.received.at(-1)?.headers;
    expect(headers?.accept).toBe('application/json');
    expect(headers?.['accept-language']).toBe('de');
    expect(headers?.['x-api-key']).toBe('k');
  });
});

describe('validation', () => {
  const bad: [string, NewsQuery, string][] = [
    ['limit 0', { limit: 0 }, 'limit'],
    ['limit 101', { limit: 101 }, 'limit'],
    ['limit 2.5', { limit: 2.5 }, 'limit'],
    ['limit NaN', { limit: Number.NaN }, 'limit'],
    ['limit as a string', { limit: '5' as unknown as number }, 'limit'],
    ['site with upper case', { site: 'WMS' }, 'site'],
    ['site with a comma', { site: 'a,b' }, 'site'],
    ['one bad site among good', { site: ['main', ''] }, 'site'],
    ['too many sites', { site: Array.from({ length: 401 }, (_, i) => `s${i}`) }, 'site'],
    ['site as a number', { site: 1 as unknown as string }, 'site'],
    ['site as null', { site: null as unknown as string }, 'site'],
    ['nested site list', { site: [['a']] as unknown as string[] }, 'site'],
    ['lang as an object', { lang: {} as string }, 'lang'],
    ['unknown column', { column: 'sports' as 'briefs' }, 'column'],
    ['bad lang', { lang: 'Chinese' }, 'lang'],
    ['empty cursor', { cursor: '' }, 'cursor'],
    ['oversized cursor', { cursor: 'x'.repeat(201) }, 'cursor'],
  ];
  it.each(bad)('%s → PortalValidationError, no request', async (_name, query, param) => {
    const client = createClient({ baseUrl: server.baseUrl });
    const error = await client.news.list(query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalValidationError);
    expect(isPortalError(error) && error.kind).toBe('invalid');
    expect((error as PortalValidationError).param).toBe(param);
    expect(server.received).toHaveLength(0);
  });

  it.each([[''], ['   '], ['x'.repeat(65)], [undefined as unknown as string]])(
    'news.get(%j) → invalid id, no request',
    async (id) => {
      const error = await createClient({ baseUrl: server.baseUrl })
        .news.get(id)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: 'invalid', param: 'id' });
      expect(server.received).toHaveLength(0);
    },
  );

  it('rejects an unknown site kind', async () => {
    const error = await createClient({ baseUrl: server.baseUrl })
      .sites.list({ kind: 'planet' as 'local' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid', param: 'kind' });
    expect(server.received).toHaveLength(0);
  });

  it('returns a rejected promise, never throws synchronously', () => {
    const client = createClient({ baseUrl: server.baseUrl });
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = client.news.list({ limit: -1 });
    }).not.toThrow();
    return expect(promise).rejects.toBeInstanceOf(PortalValidationError);
  });

  const options: [string, object, string][] = [
    ['baseUrl missing', { baseUrl: undefined }, 'baseUrl'],
    ['bad lang', { lang: 'x' }, 'lang'],
    ['bad site', { site: ['ok', 'NO'] }, 'site'],
    ['timeoutMs 0', { timeoutMs: 0 }, 'timeoutMs'],
    ['retries -1', { retries: -1 }, 'retries'],
    ['retries 1.5', { retries: 1.5 }, 'retries'],
    ['retryDelayMs NaN', { retryDelayMs: Number.NaN }, 'retryDelayMs'],
    ['cacheSize 0', { cacheSize: 0 }, 'cacheSize'],
  ];
  it.each(options)('createClient with %s throws', (_name, extra, param) => {
    expect(() => createClient({ baseUrl: 'http://x', ...extra })).toThrow(
      expect.objectContaining({ kind: 'invalid', param }),
    );
  });
});

describe('buildUrl (property)', () => {
  it('gives one URL for any order of the same parameters', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (params) => {
        const reversed = Object.fromEntries(Object.entries(params).reverse());
        expect(buildUrl('http://h', '/p', reversed)).toBe(buildUrl('http://h', '/p', params));
      }),
    );
  });

  it('round-trips every value through URLSearchParams', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const url = new URL(buildUrl('http://h', '/p', { cursor: value }));
        expect(url.searchParams.get('cursor')).toBe(value);
      }),
    );
  });
});
