/**
 * The response cache: repeats and revalidations answered without the database, every write
 * seen by the next GET — through this server, another app on the same database, or another
 * server process sharing one PostgreSQL database (LISTEN/NOTIFY).
 */
import type { NewsItem, Page, Site, SiteList } from '@portal-kit/sdk';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { createRepository } from '../src/repository.js';
import { openDatabase, startServer } from '../src/server.js';
import type { RunningServer } from '../src/server.js';
import {
  dropSchema,
  ENGINES,
  freshSchema,
  schemaName,
  TEST_DATABASE_URL,
} from './support/engines.js';
import { call } from './support/http.js';

// News and sites are what it caches; no documents corpus to seed.
const SEED = { spanDays: 3, documents: 0 };
const ORIGIN = 'https://www.example.gov.cn';

/** `db`, counting the statements sent through it. */
function counting(db: Database): Database & { statements: number } {
  const counted = {
    statements: 0,
    kind: db.kind,
    query: (sql: string, params?: readonly unknown[]) => {
      counted.statements += 1;
      return db.query(sql, params);
    },
    exec: (sql: string) => {
      counted.statements += 1;
      return db.exec(sql);
    },
    transaction: db.transaction.bind(db),
    onChange: db.onChange.bind(db),
    get changesLive() {
      return db.changesLive;
    },
    close: () => db.close(),
  };
  return counted as Database & { statements: number };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

describe('response cache on PGlite (one process)', () => {
  let db: Database;
  let counted: Database & { statements: number };
  let app: FastifyInstance;
  let other: FastifyInstance;
  let base = '';
  let otherBase = '';

  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory', seed: SEED });
    counted = counting(db);
    app = await createApp({ db: counted, corsOrigins: [ORIGIN] });
    other = await createApp({ db });
    [base, otherBase] = await Promise.all([listen(app), listen(other)]);
  });
  afterAll(async () => {
    await app?.close();
    await other?.close();
    await db?.close();
  });

  it('answers a repeat and its revalidation without touching the database', async () => {
    for (const path of ['/api/v1/news?limit=5', '/api/v1/sites', '/api/v1/news/main-0001']) {
      const first = await call(base, path);
      expect(first.status, path).toBe(200);
      const tag = first.headers.get('etag')!;
      const before = counted.statements;
      const again = await call(base, path);
      expect(again.text).toBe(first.text);
      expect(again.headers.get('etag')).toBe(tag);
      expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
      expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
      expect(again.headers.get('x-content-type-options')).toBe('nosniff');
      const revalidated = await call(base, path, { headers: { 'if-none-match': tag } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.text).toBe('');
      expect(revalidated.headers.get('etag')).toBe(tag);
      expect(counted.statements, path).toBe(before);
    }
    expect(app.responseCache.hits).toBeGreaterThanOrEqual(6);
  });

  it('keeps no per-request header: CORS is decided for every request', async () => {
    const allowed = await call(base, '/api/v1/news?limit=2', { headers: { origin: ORIGIN } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const stranger = await call(base, '/api/v1/news?limit=2', {
      headers: { origin: 'https://evil.example' },
    });
    expect(stranger.status).toBe(200);
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const again = await call(base, '/api/v1/news?limit=2', { headers: { origin: ORIGIN } });
    expect(again.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('does not keep answers that must not be cached, nor errors', async () => {
    const before = counted.statements;
    await call(base, '/healthz');
    await call(base, '/healthz');
    expect(counted.statements).toBe(before + 2);
    await call(base, '/api/v1/news?limit=0');
    const bad = await call(base, '/api/v1/news?limit=0');
    expect(bad.status).toBe(400);
    // Answers to requests carrying credentials are neither served from nor kept in the cache.
    const credentials: Record<string, string>[] = [
      { authorization: 'Bearer x' },
      { cookie: 's=1' },
    ];
    for (const headers of credentials) {
      const path = '/api/v1/news?limit=7';
      await call(base, path, { headers });
      const statementsBefore = counted.statements;
      await call(base, path, { headers });
      expect(counted.statements).toBeGreaterThan(statementsBefore);
    }
  });

  it('drops everything on a write: a plain statement, or saveSite', async () => {
    const path = '/api/v1/news?site=wms&limit=3';
    const page = (await call(base, path)).body as Page<NewsItem>;
    const first = page.items[0]!;
    await call(otherBase, path); // cached in the other app too
    await db.query('UPDATE news SET title = $1 WHERE id = $2', ['Changed by a write', first.id]);
    for (const url of [base, otherBase]) {
      const next = (await call(url, path)).body as Page<NewsItem>;
      expect(next.items[0]?.title).toBe('Changed by a write');
    }

    const sites = (await call(base, '/api/v1/sites?kind=department')).body as SiteList;
    const wms = sites.items.find((site) => site.id === 'wms') as Site;
    const changed: Site = { ...wms, contact: { phone: '010-65197114' } };
    await createRepository(db).saveSite(changed);
    for (const url of [base, otherBase]) {
      const next = (await call(url, '/api/v1/sites?kind=department')).body as SiteList;
      expect(next.items.find((site) => site.id === 'wms')?.contact).toEqual({
        phone: '010-65197114',
      });
    }
    await createRepository(db).saveSite(wms);
  });

  it('never stores an answer computed before a write', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const repo = createRepository(db);
    const slow = await createApp({
      db,
      repository: {
        ...repo,
        async listSites(options) {
          const list = await repo.listSites(options);
          await gate;
          return list;
        },
      },
    });
    try {
      const pending = slow.inject({ url: '/api/v1/sites?kind=main' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await db.query("UPDATE sites SET icp = icp WHERE id = 'main'");
      release();
      expect((await pending).statusCode).toBe(200);
      expect(slow.responseCache.size).toBe(0);
    } finally {
      await slow.close();
    }
  });

  it('stays within its bounds, and can be turned off', async () => {
    const small = await createApp({ db, responseCache: { maxEntries: 3 } });
    const off = await createApp({ db, responseCache: false });
    try {
      for (let limit = 1; limit <= 6; limit += 1) {
        await small.inject({ url: `/api/v1/news?limit=${limit}` });
        await off.inject({ url: `/api/v1/news?limit=${limit}` });
      }
      expect(small.responseCache.size).toBe(3);
      expect(off.responseCache.size).toBe(0);
      expect(off.responseCache.enabled).toBe(false);
    } finally {
      await small.close();
      await off.close();
    }
  });
});

const postgres = ENGINES.find((engine) => engine.name === 'postgres')!;

describe.skipIf(postgres.skipReason !== null)(
  `response cache across two server processes on PostgreSQL${postgres.skipReason ? ` — skipped: ${postgres.skipReason}` : ''}`,
  () => {
    const schema = schemaName('cache');
    let a: RunningServer;
    let b: RunningServer;

    beforeAll(async () => {
      await freshSchema(schema);
      const options = {
        databaseUrl: TEST_DATABASE_URL,
        databaseSchema: schema,
        seed: SEED,
      };
      // Two pools, two listening connections: two server processes in all but the PID.
      [a, b] = await Promise.all([startServer(options), startServer(options)]);
      const deadline = performance.now() + 5000;
      while (!(a.db.changesLive && b.db.changesLive) && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await dropSchema(schema);
    });

    it("sees a write through one server in the other's next GET", async () => {
      const path = '/api/v1/news?site=wms&limit=2';
      const before = (await call(b.url, path)).body as Page<NewsItem>;
      // The servers' own start-up writes (the seed, its ANALYZE) reach B's change feed
      // asynchronously and may drop what B just cached: GET until B answers from its cache.
      await expect
        .poll(
          async () => {
            const hits = b.app.responseCache.hits;
            await call(b.url, path);
            return b.app.responseCache.hits > hits;
          },
          { timeout: 5000, interval: 20 },
        )
        .toBe(true);
      const id = before.items[0]!.id;

      await a.db.transaction(async (tx) => {
        await tx.query('UPDATE news SET title = $1 WHERE id = $2', ['Written through A', id]);
      });
      await expect
        .poll(async () => ((await call(b.url, path)).body as Page<NewsItem>).items[0]?.title, {
          timeout: 1000,
          interval: 5,
        })
        .toBe('Written through A');
      await a.db.query('UPDATE news SET title = $1 WHERE id = $2', ['Again through A', id]);
      await expect
        .poll(async () => ((await call(b.url, path)).body as Page<NewsItem>).items[0]?.title, {
          timeout: 1000,
          interval: 5,
        })
        .toBe('Again through A');
    });

    it('knows a site added through the other server at its next request', async () => {
      const sites = (await call(b.url, '/api/v1/sites?kind=department')).body as SiteList;
      const wms = sites.items.find((site) => site.id === 'wms') as Site;
      expect((await call(b.url, '/api/v1/news?site=xxs')).status).toBe(400);
      await createRepository(a.db).saveSite({
        ...wms,
        id: 'xxs',
        names: { 'zh-CN': '新兴产业司', en: 'Department of Emerging Industries' },
        domain: 'xxs.mofcom.gov.cn',
        siteCode: 'bm30000199',
      });
      await expect
        .poll(async () => (await call(b.url, '/api/v1/news?site=xxs')).status, {
          timeout: 1000,
          interval: 5,
        })
        .toBe(200);
    });

    it('stops answering from the cache while its listening connection is down, then reconnects', async () => {
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      try {
        await call(b.url, '/api/v1/sites?kind=main');
        const killed = await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE query = 'LISTEN portal_kit_change' AND pid <> pg_backend_pid()`,
        );
        expect(killed.rowCount).toBeGreaterThanOrEqual(2);
        await expect.poll(() => b.db.changesLive, { timeout: 2000, interval: 5 }).toBe(false);
        expect(b.app.responseCache.size).toBe(0);
        const hits = b.app.responseCache.hits;
        await call(b.url, '/api/v1/sites?kind=main');
        await call(b.url, '/api/v1/sites?kind=main');
        if (!b.db.changesLive) expect(b.app.responseCache.hits).toBe(hits);
        await expect.poll(() => b.db.changesLive, { timeout: 5000 }).toBe(true);
        // Live again: writes reach it.
        await a.db.query("UPDATE sites SET icp = icp WHERE id = 'main'");
        await expect.poll(() => b.app.responseCache.size, { timeout: 1000 }).toBe(0);
      } finally {
        await admin.end();
      }
    });
  },
);
