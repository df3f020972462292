/**
 * The Portal API end to end: a real server on loopback over each database engine, asked over
 * HTTP, its answers checked against the contract's JSON schemas.
 */
import type {
  DocumentsPage,
  NewsArticle,
  NewsItem,
  Page,
  Problem,
  Site,
  SiteList,
} from '@portal-kit/sdk';
import { API_LIMITS, PORTAL_LANGUAGES, validateSite } from '@portal-kit/sdk';
import { openApiDocument } from '@portal-kit/sdk/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/repository.js';
import { generateSeedData } from '../src/seed/seed.js';
import { startServer } from '../src/server.js';
import type { RunningServer } from '../src/server.js';
import {
  dropSchema,
  ENGINE_CASES,
  freshSchema,
  schemaName,
  TEST_DATABASE_URL,
} from './support/engines.js';
import { call, contractErrors, rawGet } from './support/http.js';
import type { Answer } from './support/http.js';

const ALLOWED_ORIGIN = 'https://www.example.gov.cn';
const seed = generateSeedData();
const seedById = new Map(seed.news.map((n) => [n.id, n]));
/** The Chinese original's id: what a story is called in every language. */
const storyOf = (id: string) => seedById.get(id)?.translationOf ?? id;
/** The English title of each story that has one. */
const englishTitles = new Map(
  seed.news.filter((n) => n.lang === 'en').map((n) => [storyOf(n.id), n.title]),
);

function expectProblem(answer: Answer, status: number): Problem {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(contractErrors('Problem', answer.body)).toEqual([]);
  const body = answer.body as Problem;
  expect(body.status).toBe(status);
  expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|stack/i);
  return body;
}

/** Every item of the news list for `query`, walking the pages. */
async function walk(base: string, query: string, limit: number): Promise<NewsItem[]> {
  const items: NewsItem[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const suffix: string = cursor ? `&cursor=${cursor}` : '';
    const answer = await call(base, `/api/v1/news?${query}&limit=${limit}${suffix}`);
    expect(answer.status).toBe(200);
    const page = answer.body as Page<NewsItem>;
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    expect(pages).toBeLessThan(1000);
  } while (cursor);
  return items;
}

function expectNewestFirst(items: readonly NewsItem[]): void {
  for (let i = 1; i < items.length; i += 1) {
    const a = items[i - 1]!;
    const b = items[i]!;
    const ta = Date.parse(a.publishedAt);
    const tb = Date.parse(b.publishedAt);
    expect(ta > tb || (ta === tb && a.id > b.id)).toBe(true);
  }
}

describe.each(ENGINE_CASES)('Portal API %s', (_title, engine) => {
  const suite = 'api';
  let server: RunningServer | undefined;
  let base = '';

  beforeAll(async () => {
    if (engine.skipReason) return;
    if (engine.name === 'postgres') await freshSchema(schemaName(suite));
    server = await startServer({
      port: 0,
      dataDir: 'memory',
      corsOrigins: [ALLOWED_ORIGIN],
      // The reference data set, on PostgreSQL too (which is seeded only when asked).
      seed: {},
      ...(engine.name === 'postgres'
        ? { databaseUrl: TEST_DATABASE_URL, databaseSchema: schemaName(suite) }
        : {}),
    });
    base = server.url;
  });
  afterAll(async () => {
    await server?.close();
    if (engine.name === 'postgres' && !engine.skipReason) await dropSchema(schemaName(suite));
  });

  describe.skipIf(engine.skipReason !== null)('sites', () => {
    it('lists the whole site group in kind order, then registry order', async () => {
      const answer = await call(base, '/api/v1/sites');
      expect(answer.status).toBe(200);
      expect(contractErrors('SiteList', answer.body)).toEqual([]);
      const { items } = answer.body as SiteList;
      expect(items.map((s) => s.id)).toEqual(seed.sites.map((s) => s.id));
      const counts: Record<string, number> = {};
      for (const site of items) counts[site.kind] = (counts[site.kind] ?? 0) + 1;
      expect(counts).toEqual({
        main: 1,
        department: 32,
        commissioner: 16,
        overseas: 207,
        local: 32,
      });
      const main = items[0] as Site;
      expect(main).toMatchObject({ id: 'main', parent: null, domain: 'www.mofcom.gov.cn' });
      expect(Object.keys(main.names)[0]).toBe('zh-CN');
    });

    it('answers every site with its masthead and footer facts, each valid by validateSite', async () => {
      const { items } = (await call(base, '/api/v1/sites')).body as SiteList;
      expect(items).toEqual(seed.sites.map(({ position: _position, ...site }) => site));
      for (const site of items) expect(validateSite(site, { sites: items }), site.id).toEqual([]);
      expect(items.find((s) => s.id === 'guangdong')).toMatchObject({
        urlPattern: { kind: 'query', template: '?lang={lang}' },
        organizer: { 'zh-CN': '广东省商务厅' },
        siteCode: '4400000100',
        icp: '京ICP备05004093号',
        publicSecurity: '京公网安备 11040102700068号',
      });
    });

    it('gets one site, equal to its entry in the list', async () => {
      const { items } = (await call(base, '/api/v1/sites')).body as SiteList;
      for (const id of ['main', 'wms', 'guangdong', 'fr']) {
        const answer = await call(base, `/api/v1/sites/${id}`);
        expect(answer.status).toBe(200);
        expect(contractErrors('Site', answer.body)).toEqual([]);
        expect(answer.body).toEqual(items.find((s) => s.id === id));
        expect(answer.headers.get('cache-control')).toMatch(/max-age=300\b/);
      }
    });

    it('answers 404 problem details for a well-formed id of no site', async () => {
      const body = expectProblem(await call(base, '/api/v1/sites/atlantis'), 404);
      expect(body.detail).toContain('atlantis');
    });

    it.each([
      ['local', 32],
      ['department', 32],
      ['overseas,local', 239],
      ['main,commissioner', 17],
    ])('filters by kind=%s', async (kind, count) => {
      const answer = await call(base, `/api/v1/sites?kind=${kind}`);
      const { items } = answer.body as SiteList;
      expect(items).toHaveLength(count);
      expect(items.every((s) => kind.split(',').includes(s.kind))).toBe(true);
    });
  });

  describe.skipIf(engine.skipReason !== null)('news', () => {
    it('answers a default page of 20, newest first, as the contract says', async () => {
      const answer = await call(base, '/api/v1/news');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(contractErrors('NewsPage', answer.body)).toEqual([]);
      const page = answer.body as Page<NewsItem>;
      expect(page.items).toHaveLength(API_LIMITS.pageSizeDefault);
      expect(page.nextCursor).toEqual(expect.any(String));
      expectNewestFirst(page.items);
      const newest = [...seed.news].sort(
        (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (b.id > a.id ? 1 : -1),
      )[0];
      expect(page.items[0]?.id).toBe(newest?.id);
    });

    it('walks every page of every site without gaps or duplicates', async () => {
      const all = await walkAll(base);
      expect(all).toHaveLength(seed.news.length);
      expect(new Set(all.map((i) => i.id)).size).toBe(seed.news.length);
      expectNewestFirst(all);
    });

    it('walks one site in small pages, identical to the one-page answer', async () => {
      const small = await walk(base, 'site=guangdong', 7);
      const big = await walk(base, 'site=guangdong', 100);
      expect(small.map((i) => i.id)).toEqual(big.map((i) => i.id));
      expect(small).toHaveLength(seed.news.filter((n) => n.site === 'guangdong').length);
      expect(small.every((i) => i.site === 'guangdong')).toBe(true);
    });

    it.each([
      ['site=wms', (n: NewsItem) => n.site === 'wms'],
      [
        'site=guangdong,wms,shanghai',
        (n: NewsItem) => ['guangdong', 'wms', 'shanghai'].includes(n.site),
      ],
      ['column=updates', (n: NewsItem) => n.column === 'updates'],
      ['column=headlines,briefs', (n: NewsItem) => n.column !== 'updates'],
      ['lang=en', (n: NewsItem) => n.lang === 'en'],
      [
        'site=guangdong&column=updates&lang=zh-CN',
        (n: NewsItem) => n.site === 'guangdong' && n.column === 'updates' && n.lang === 'zh-CN',
      ],
      [
        'site=main,us&column=headlines&lang=en',
        (n: NewsItem) =>
          ['main', 'us'].includes(n.site) && n.column === 'headlines' && n.lang === 'en',
      ],
    ])('filters %s', async (query, keep) => {
      const items = await walk(base, query, 100);
      const expected = seed.news.filter((n) =>
        keep({ ...n, publishedAt: n.publishedAt.toISOString() }),
      );
      expect(items.length).toBe(expected.length);
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((i) => i.id))).toEqual(new Set(expected.map((n) => n.id)));
      expectNewestFirst(items);
    });

    it('has more than 25 Chinese updates for guangdong, and English headlines for wms', async () => {
      const updates = await walk(base, 'site=guangdong&column=updates&lang=zh-CN', 100);
      expect(updates.length).toBeGreaterThan(25);
      const page = (await call(base, '/api/v1/news?site=guangdong,wms&column=headlines&lang=en'))
        .body as Page<NewsItem>;
      expect(page.items.length).toBeGreaterThan(0);
    });

    it('gets one item with its body', async () => {
      const [first] = ((await call(base, '/api/v1/news?limit=1')).body as Page<NewsItem>).items;
      const answer = await call(base, `/api/v1/news/${first!.id}`);
      expect(answer.status).toBe(200);
      expect(contractErrors('NewsArticle', answer.body)).toEqual([]);
      const article = answer.body as NewsArticle;
      expect(article).toMatchObject(first!);
      expect(article.body.length).toBeGreaterThan(article.summary.length);
      expect(article.body).toContain('\n\n');
    });

    it('answers 404 problem details for a missing item', async () => {
      const body = expectProblem(await call(base, '/api/v1/news/no-such-item'), 404);
      expect(body.instance).toBe('/api/v1/news/no-such-item');
    });
  });

  describe.skipIf(engine.skipReason !== null)('news in every language', () => {
    it.each(PORTAL_LANGUAGES)('gives the main site news in %s', async (lang) => {
      const items = await walk(base, `site=main&lang=${lang}`, 100);
      expect(items.length).toBeGreaterThanOrEqual(12);
      expect(items.filter((i) => i.column === 'headlines').length).toBeGreaterThanOrEqual(4);
      expectNewestFirst(items);
      for (const item of items) {
        expect(item).toMatchObject({ site: 'main', lang });
        expect(item.title.trim()).not.toBe('');
        expect(item.summary.trim()).not.toBe('');
        const english = englishTitles.get(storyOf(item.id));
        if (lang !== 'en' && english) expect(item.title, item.id).not.toBe(english);
      }
      if (lang === 'ar' || lang === 'fa') {
        for (const item of items)
          expect(`${item.title} ${item.summary}`).toMatch(/\p{Script=Arabic}/u);
      }
    });

    it('titles each story differently in each language, and links it to its Chinese original', async () => {
      const titles = new Map<string, Map<string, string>>();
      for (const lang of PORTAL_LANGUAGES) {
        for (const item of await walk(base, `site=main&lang=${lang}`, 100)) {
          const story = storyOf(item.id);
          titles.set(story, (titles.get(story) ?? new Map()).set(lang, item.title));
        }
      }
      const everywhere = [...titles].filter(
        ([, byLang]) => byLang.size === PORTAL_LANGUAGES.length,
      );
      expect(everywhere.length).toBeGreaterThanOrEqual(12);
      for (const [story, byLang] of titles) {
        expect(new Set(byLang.values()).size, story).toBe(byLang.size);
        // The story's id is its Chinese original, served by the same site.
        const original = await call(base, `/api/v1/news/${story}`);
        expect(original.status, story).toBe(200);
        expect(original.body).toMatchObject({ id: story, site: 'main', lang: 'zh-CN' });
      }
    });

    it("gives an office abroad news in its host country's language", async () => {
      const french = await walk(base, 'site=fr&lang=fr', 100);
      expect(french.length).toBeGreaterThanOrEqual(2);
      const arabic = await walk(base, 'site=eg,sa,ae&lang=ar', 100);
      expect(new Set(arabic.map((i) => i.site))).toEqual(new Set(['eg', 'sa', 'ae']));
      for (const item of arabic) expect(item.title).toMatch(/\p{Script=Arabic}/u);
    });
  });

  describe.skipIf(engine.skipReason !== null)('invalid requests', () => {
    const validCursorOfNothing = encodeCursor({ publishedAt: 0, id: 'x' });
    const wrongShape = Buffer.from(JSON.stringify({ at: 1 })).toString('base64url');
    const tooManySites = Array.from({ length: API_LIMITS.sitesPerQueryMax + 1 }, (_, i) => `s${i}`);

    it.each([
      ['/api/v1/news?site=BAD!', 'site'],
      ['/api/v1/news?site=no-such-site', 'site'],
      ['/api/v1/news?site=wms,nosuch', 'site'],
      ['/api/v1/news?site=', 'site'],
      ['/api/v1/news?site=wms&site=main', 'site'],
      [`/api/v1/news?site=${tooManySites.join(',')}`, 'site'],
      ['/api/v1/news?column=columns', 'column'],
      ['/api/v1/news?column=updates,', 'column'],
      ['/api/v1/news?lang=1', 'lang'],
      ['/api/v1/news?lang=zh_CN', 'lang'],
      ['/api/v1/news?limit=0', 'limit'],
      ['/api/v1/news?limit=101', 'limit'],
      ['/api/v1/news?limit=ten', 'limit'],
      ['/api/v1/news?limit=1.5', 'limit'],
      ['/api/v1/news?cursor=%%%', 'cursor'],
      ['/api/v1/news?cursor=not-a-cursor', 'cursor'],
      [`/api/v1/news?cursor=${wrongShape}`, 'cursor'],
      [`/api/v1/news?cursor=${'A'.repeat(201)}`, 'cursor'],
      ['/api/v1/news?page=2', 'page'],
      ['/api/v1/news?site=wms&Site=wms', 'Site'],
      [`/api/v1/news/${'x'.repeat(65)}`, 'id'],
      ['/api/v1/news/wms-0001?lang=en', 'lang'],
      ['/api/v1/sites?kind=embassy', 'kind'],
      ['/api/v1/sites?kind=', 'kind'],
      ['/api/v1/sites/WMS', 'id'],
      ['/api/v1/sites/wms%00', 'id'],
      [`/api/v1/sites/${'a'.repeat(33)}`, 'id'],
      ['/api/v1/sites/wms?lang=en', 'lang'],
      ['/api/v1/news/%00', 'id'],
      ['/api/v1/news/a%00b', 'id'],
      ['/api/v1/news/%20%20', 'id'],
      ['/api/v1/news?cursor=%00', 'cursor'],
      [`/api/v1/news?cursor=${encodeCursor({ publishedAt: 0, id: 'x\u0000' })}`, 'cursor'],
      ['/api/v1/news?limit=08', 'limit'],
      ['/api/v1/news?limit=+8', 'limit'],
      ['/api/v1/news?limit=8e0', 'limit'],
      ['/api/v1/news?limit=', 'limit'],
      ['/api/v1/news?limit=5&limit=6', 'limit'],
      ['/api/v1/news?lang=', 'lang'],
      ['/api/v1/news?column=updates&column=briefs', 'column'],
      [`/api/v1/news?site=${Array.from({ length: 2000 }, (_, i) => `s${i}`).join(',')}`, 'site'],
      [`/api/v1/news?site=${Array(401).fill('wms').join(',')}`, 'site'],
      ['/api/v1/sites?kinds=local', 'kinds'],
      ['/healthz?verbose=1', 'verbose'],
    ])('%s → 400 naming %s', async (path, param) => {
      const answer = await call(base, path);
      if (answer.status !== 400) throw new Error(`${path}: ${answer.status} ${answer.text}`);
      const body = expectProblem(answer, 400);
      expect(body.errors?.map((e) => e.param)).toContain(param);
      expect(body.errors?.every((e) => e.message.length > 0)).toBe(true);
    });

    it('names every bad parameter of one request', async () => {
      const body = expectProblem(
        await call(base, '/api/v1/news?site=BAD!&column=x&lang=1&limit=0&cursor=zz&extra=1'),
        400,
      );
      expect(body.errors?.map((e) => e.param).sort()).toEqual(
        ['column', 'cursor', 'extra', 'lang', 'limit', 'site'].sort(),
      );
    });

    it('names unknown sites and a foreign cursor beside the schema errors', async () => {
      const body = expectProblem(
        await call(base, '/api/v1/news?site=wms,atlantis&cursor=zz&limit=08&lang='),
        400,
      );
      expect(body.errors?.map((e) => e.param).sort()).toEqual(['cursor', 'lang', 'limit', 'site']);
      expect(body.errors?.find((e) => e.param === 'site')?.message).toContain('atlantis');
    });

    it('names a bad path parameter and bad query parameters together', async () => {
      const body = expectProblem(await call(base, '/api/v1/sites/WMS?lang=en'), 400);
      expect(body.errors?.map((e) => e.param).sort()).toEqual(['id', 'lang']);
    });

    it('says why a list is too long', async () => {
      const ids = Array.from({ length: 2000 }, (_, i) => `s${i}`).join(',');
      const body = expectProblem(await call(base, `/api/v1/news?site=${ids}`), 400);
      expect(body.errors).toEqual([{ param: 'site', message: expect.stringContaining('400') }]);
    });

    it('accepts a well-formed cursor past the oldest item: an empty last page', async () => {
      const answer = await call(base, `/api/v1/news?cursor=${validCursorOfNothing}`);
      expect(answer.body).toEqual({ items: [], nextCursor: null });
    });

    it.each([
      ['/api/v1/news/%E0%A4%A', 400],
      [`/api/v1/news/${'a'.repeat(600)}`, 414],
    ])('answers problem details for a malformed URL: %s', async (path, status) => {
      expectProblem(await call(base, path), status);
    });

    it('answers 404 problem details for unknown routes', async () => {
      for (const path of ['/api/v1/nothing', '/api/v2/news', '/', '/api/v1/news/a/b']) {
        expectProblem(await call(base, path), 404);
      }
    });

    it('answers 405 with Allow for other methods on API resources', async () => {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const answer = await call(base, '/api/v1/news', { method });
        expectProblem(answer, 405);
        expect(answer.headers.get('allow')).toContain('GET');
      }
    });
  });

  describe.skipIf(engine.skipReason !== null)('HTTP caching', () => {
    it.each([
      ['/api/v1/news?site=wms&limit=5', /max-age=30\b.*stale-while-revalidate/],
      ['/api/v1/news/wms-0001', /max-age=300\b/],
      ['/api/v1/sites/wms', /max-age=300\b/],
      ['/api/v1/sites', /max-age=300\b/],
      ['/openapi.json', /max-age=3600\b/],
    ])('%s: strong ETag, Cache-Control, 304 on If-None-Match', async (path, policy) => {
      const first = await call(base, path);
      expect(first.status).toBe(200);
      const tag = first.headers.get('etag');
      expect(tag).toMatch(/^"[^"]+"$/);
      expect(first.headers.get('cache-control')).toMatch(policy);
      const again = await call(base, path, { headers: { 'if-none-match': tag! } });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers.get('etag')).toBe(tag);
      const listed = await call(base, path, { headers: { 'if-none-match': `"other", ${tag!}` } });
      expect(listed.status).toBe(304);
      const stale = await call(base, path, { headers: { 'if-none-match': '"stale"' } });
      expect(stale.status).toBe(200);
      expect(stale.text).toBe(first.text);
    });

    it('gives different representations different tags', async () => {
      const a = await call(base, '/api/v1/news?site=wms&limit=5');
      const b = await call(base, '/api/v1/news?site=wms&limit=6');
      expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
    });

    it('never caches health checks or errors', async () => {
      expect((await call(base, '/healthz')).headers.get('cache-control')).toBe('no-store');
      expect((await call(base, '/api/v1/news?limit=0')).headers.get('cache-control')).toBe(
        'no-store',
      );
    });

    it('answers HEAD like GET, without a body', async () => {
      const answer = await call(base, '/api/v1/sites', { method: 'HEAD' });
      expect(answer.status).toBe(200);
      expect(answer.text).toBe('');
      expect(answer.headers.get('etag')).toBe(
        (await call(base, '/api/v1/sites')).headers.get('etag'),
      );
    });
  });

  describe.skipIf(engine.skipReason !== null)('CORS and security headers', () => {
    it('lets an allowed origin read the API and its ETag', async () => {
      const answer = await call(base, '/api/v1/sites?kind=main', {
        headers: { origin: ALLOWED_ORIGIN },
      });
      expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(answer.headers.get('access-control-expose-headers')).toMatch(/etag/i);
    });

    it('gives a disallowed origin no Access-Control-Allow-Origin', async () => {
      const answer = await call(base, '/api/v1/sites?kind=main', {
        headers: { origin: 'https://evil.example' },
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers an allowed preflight', async () => {
      const answer = await call(base, '/api/v1/news', {
        method: 'OPTIONS',
        headers: {
          origin: ALLOWED_ORIGIN,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'if-none-match',
        },
      });
      expect(answer.status).toBeLessThan(300);
      expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(answer.headers.get('access-control-allow-methods')).toContain('GET');
    });

    it('sets nosniff and a restrictive policy on API answers', async () => {
      const answer = await call(base, '/api/v1/sites');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    });
  });

  describe.skipIf(engine.skipReason !== null)('contract and health', () => {
    it('serves the OpenAPI document as is, whatever the Host header says', async () => {
      const answer = await call(base, '/openapi.json');
      expect(answer.status).toBe(200);
      const document = answer.body as typeof openApiDocument;
      expect(document.servers).toEqual([{ url: '/' }]);
      expect(document).toEqual(JSON.parse(JSON.stringify(openApiDocument)));
      const spoofed = await rawGet(base, '/openapi.json', { host: 'evil.example' });
      expect(spoofed.status).toBe(200);
      expect(spoofed.text).not.toContain('evil.example');
      expect(spoofed.text).toBe(answer.text);
    });

    it('answers every operation of the document with its schema', async () => {
      const document = (await call(base, '/openapi.json')).body as typeof openApiDocument;
      const samples: Record<string, string> = {
        '/api/v1/news': '/api/v1/news?limit=100',
        '/api/v1/news/{id}': '/api/v1/news/main-0001',
        '/api/v1/sites': '/api/v1/sites',
        '/api/v1/sites/{id}': '/api/v1/sites/guangdong',
        '/healthz': '/healthz',
        '/openapi.json': '/openapi.json',
        '/api/v1/documents': '/api/v1/documents?limit=100',
        '/api/v1/guides': '/api/v1/guides?lang=en',
        '/api/v1/guides/{id}': '/api/v1/guides/foreign-trade',
        '/api/v1/services': '/api/v1/services?q=%E8%AE%B8%E5%8F%AF',
        '/api/v1/services/{id}': '/api/v1/services/foreign-trade-operator-registration',
      };
      // A document of the seed, and its number, for the two documents operations that name one.
      const listed = ((await call(base, '/api/v1/documents?limit=100')).body as DocumentsPage)
        .items;
      const first = listed.find((item) => item.fileNumber !== null);
      const unseeded = first === undefined;
      samples['/api/v1/documents/{id}'] = `/api/v1/documents/${first?.id ?? 'none'}`;
      samples['/api/v1/documents/lookup'] =
        `/api/v1/documents/lookup?number=${encodeURIComponent(first?.fileNumber?.canonical ?? '商资发〔2006〕1号')}`;
      for (const [path, operations] of Object.entries(document.paths)) {
        // The messages operations (a write, a read needing an access code): messages.test.ts;
        // the staff operations (a staff token): staff.test.ts.
        if (!operations.get || /^\/api\/v1\/(messages|staff)/.test(path)) continue;
        const sample = samples[path];
        expect(sample, `a sample request for ${path}`).toBeDefined();
        const answer = await call(base, sample!);
        // Until the seed has documents, the two that name one find nothing.
        if (
          unseeded &&
          (path === '/api/v1/documents/{id}' || path === '/api/v1/documents/lookup')
        ) {
          expectProblem(answer, 404);
          continue;
        }
        expect(answer.status, sample).toBe(200);
        const content = (operations.get.responses['200'] as { content: Record<string, unknown> })
          .content['application/json'] as { schema?: { $ref: string } };
        const ref = content.schema?.$ref;
        if (ref) {
          const name = ref.split('/').pop() as Parameters<typeof contractErrors>[0];
          expect(contractErrors(name, answer.body), `${sample} against ${name}`).toEqual([]);
        }
      }
    });

    it('reports health with the engine it runs on', async () => {
      const answer = await call(base, '/healthz');
      expect(answer.status).toBe(200);
      expect(contractErrors('Health', answer.body)).toEqual([]);
      expect(answer.body).toEqual({ status: 'ok', database: engine.name });
    });
  });

  // Last: this closes the database under the running server.
  describe.skipIf(engine.skipReason !== null)('when the database is gone', () => {
    it('answers 500 problem details that reveal nothing internal, and 503 health', async () => {
      await server!.db.close();
      const answer = await call(base, '/api/v1/news?limit=3');
      const body = expectProblem(answer, 500);
      expect(body.title).toBe('Internal Server Error');
      expect(JSON.stringify(body)).not.toMatch(/pglite|postgres|closed|Error:|\.ts|\.js/i);
      const item = await call(base, '/api/v1/news/main-0001');
      expectProblem(item, 500);
      expectProblem(await call(base, '/healthz'), 503);
    });
  });
});

/** Every item of the whole site group, in pages of 100. */
async function walkAll(base: string): Promise<NewsItem[]> {
  const items: NewsItem[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${cursor}` : '';
    const page = (await call(base, `/api/v1/news?limit=100${suffix}`)).body as Page<NewsItem>;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
