/** The reference data: deterministic, complete, fast, and seeded only into an empty database. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { loadMigrations, migrate } from '../src/db/migrate.js';
import { InvalidSiteError, validateSite } from '@portal-kit/sdk';
import {
  assertValidSites,
  generateSeedData,
  SEED_REFERENCE_DATE,
  seedDatabase,
} from '../src/seed/seed.js';
import { disposeDatabase, ENGINE_CASES, openEmptyDatabase } from './support/engines.js';

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('generateSeedData', () => {
  it('makes the same data from the same seed, other data from another', () => {
    const a = generateSeedData();
    const b = generateSeedData();
    expect(sha(b)).toBe(sha(a));
    expect(sha(generateSeedData({ seed: 7 }))).not.toBe(sha(a));
  });

  it('holds the whole site group: 1 main, 32 departments, 16 commissioners, 207 overseas, 32 local', () => {
    const { sites } = generateSeedData();
    const counts: Record<string, number> = {};
    for (const site of sites) counts[site.kind] = (counts[site.kind] ?? 0) + 1;
    expect(counts).toEqual({ main: 1, department: 32, commissioner: 16, overseas: 207, local: 32 });
    expect(new Set(sites.map((s) => s.id)).size).toBe(288);
    expect(new Set(sites.map((s) => s.domain)).size).toBe(288);
    for (const id of ['main', 'wms', 'guangdong', 'shanghai']) {
      expect(sites.map((s) => s.id)).toContain(id);
    }
  });

  it('names and places every site by the rules of its kind (BRIEF §5)', () => {
    const { sites } = generateSeedData();
    const rules: Record<string, RegExp> = {
      main: /^main$/,
      department: /^[a-z]{2,8}$/,
      commissioner: /^[a-z]+tb$/,
      overseas: /^[a-z]{2}$/,
      local: /^[a-z]{4,}$/,
    };
    for (const site of sites) {
      expect(site.id, site.id).toMatch(rules[site.kind]!);
      expect(site.domain).toBe(
        site.kind === 'main' ? 'www.mofcom.gov.cn' : `${site.id}.mofcom.gov.cn`,
      );
      expect(site.parent).toBe(site.kind === 'main' ? null : 'main');
      expect(site.languages[0]).toBe('zh-CN');
      expect(site.names['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(site.names['en']).toMatch(/^\p{Script=Latin}/u);
      for (const lang of site.languages)
        expect(site.names[lang], `${site.id} ${lang}`).toBeTruthy();
    }
    expect(sites.find((s) => s.id === 'wms')?.names['zh-CN']).toBe('对外贸易司');
    expect(sites.find((s) => s.id === 'guangdong')?.names['zh-CN']).toBe('广东省商务之窗');
    expect(sites.find((s) => s.id === 'us')?.names['zh-CN']).toBe('驻美国使馆经商处');
    expect(sites.find((s) => s.id === 'tianjintb')?.names['zh-CN']).toBe('驻天津特派员办事处');
  });

  it('gives every site facts that pass validateSite against the whole group', () => {
    const sites = generateSeedData().sites.map(({ position: _position, ...site }) => site);
    for (const site of sites) expect(validateSite(site, { sites }), site.id).toEqual([]);
    expect(() => assertValidSites(sites)).not.toThrow();
    expect(new Set(sites.map((s) => s.siteCode)).size).toBe(288);
    expect(sites.find((s) => s.id === 'main')).toMatchObject({
      siteCode: 'bm30000012',
      organizer: { 'zh-CN': '中华人民共和国商务部' },
      urlPattern: { kind: 'path', template: '/{lang}/' },
    });
    expect(sites.find((s) => s.id === 'beijing')?.organizer['zh-CN']).toBe('北京市商务局');
    expect(sites.find((s) => s.id === 'shanghai')?.organizer['zh-CN']).toBe('上海市商务委员会');
    expect(sites.find((s) => s.id === 'bingtuan')?.siteCode).toBe('6600000100');
  });

  it('refuses to seed a registry with a broken site, naming it and the rule', () => {
    const sites = generateSeedData().sites.map(({ position: _position, ...site }) => site);
    const broken = sites.map((s) => (s.id === 'wms' ? { ...s, domain: 'wms.example.org' } : s));
    expect(() => assertValidSites(broken)).toThrow(InvalidSiteError);
    expect(() => assertValidSites(broken)).toThrow(/"wms"[^]*domain/);
  });

  it('spreads several thousand items over two years up to the fixed reference date', () => {
    const { news, sites } = generateSeedData();
    expect(news.length).toBeGreaterThan(5000);
    expect(news.length).toBeLessThan(7000);
    const times = news.map((n) => n.publishedAt.getTime());
    expect(Math.max(...times)).toBeLessThanOrEqual(SEED_REFERENCE_DATE.getTime());
    const days = (SEED_REFERENCE_DATE.getTime() - Math.min(...times)) / 86_400_000;
    expect(days).toBeGreaterThan(700);
    expect(days).toBeLessThanOrEqual(731);
    // Every site publishes; every kind and column is present.
    expect(new Set(news.map((n) => n.site)).size).toBe(sites.length);
    expect(new Set(news.map((n) => n.column))).toEqual(new Set(['headlines', 'updates', 'briefs']));
  });

  it('translates a good share into English, each translation linked to its original', () => {
    const { news } = generateSeedData();
    const byId = new Map(news.map((n) => [n.id, n]));
    const english = news.filter((n) => n.lang === 'en');
    expect(english.length / news.length).toBeGreaterThan(0.15);
    for (const item of english) {
      const original = byId.get(item.translationOf ?? '');
      expect(original?.lang).toBe('zh-CN');
      expect(original?.site).toBe(item.site);
      expect(original?.column).toBe(item.column);
      expect(item.publishedAt.getTime()).toBeGreaterThanOrEqual(original!.publishedAt.getTime());
    }
  });

  it('writes realistic text: Chinese for zh-CN, English for en, bodies longer than summaries', () => {
    const { news } = generateSeedData();
    for (const item of news) {
      expect(item.title.length).toBeGreaterThan(4);
      expect(item.body.startsWith(item.summary)).toBe(true);
      expect(item.body.length).toBeGreaterThan(item.summary.length);
      expect(item.id.length).toBeLessThanOrEqual(64);
      expect(() => new URL(item.url)).not.toThrow();
      if (item.lang === 'zh-CN') expect(item.title).toMatch(/\p{Script=Han}/u);
      else expect(item.title).not.toMatch(/\p{Script=Han}/u);
      expect(`${item.title}${item.body}`).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('never repeats a headline within a site', () => {
    const { news } = generateSeedData();
    const bySite = new Map<string, typeof news>();
    for (const item of news.filter((n) => n.lang === 'zh-CN')) {
      bySite.set(item.site, [...(bySite.get(item.site) ?? []), item]);
    }
    for (const [site, items] of bySite) {
      const distinct = new Set(items.map((n) => n.title)).size;
      expect(distinct, site).toBe(items.length);
    }
  });

  it('gives guangdong more than 25 Chinese items in updates', () => {
    const { news } = generateSeedData();
    const count = news.filter(
      (n) => n.site === 'guangdong' && n.column === 'updates' && n.lang === 'zh-CN',
    ).length;
    expect(count).toBeGreaterThan(25);
  });
});

describe('migrations', () => {
  it('are numbered plain SQL files', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(
      migrations.map((_, i) => String(i + 1).padStart(3, '0')),
    );
    expect(migrations[0]?.sql).toContain('CREATE TABLE sites');
  });
});

/** Every row of both tables, in a fixed order, hashed. */
async function contentHash(db: Database): Promise<string> {
  const sites = await db.query('SELECT * FROM sites ORDER BY id');
  const news = await db.query(
    `SELECT id, site, news_column, lang, title, summary, body, url,
            (extract(epoch FROM published_at) * 1000)::bigint::text AS at, translation_of
     FROM news ORDER BY id`,
  );
  return sha([sites, news]);
}

describe.each(ENGINE_CASES)('seedDatabase %s', (_title, engine) => {
  const suite = 'seed';
  let db: Database | undefined;

  beforeAll(async () => {
    if (engine.skipReason) return;
    db = await openEmptyDatabase(engine, suite);
  });
  afterAll(() => disposeDatabase(engine, db, suite));

  it.skipIf(engine.skipReason)('migrates once; a second run applies nothing', async () => {
    expect(await migrate(db!)).toEqual(['001', '002']);
    expect(await migrate(db!)).toEqual([]);
    const rows = await db!.query<{ version: string }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual(['001', '002']);
  });

  it.skipIf(engine.skipReason)('seeds an empty database in one quick transaction', async () => {
    const started = performance.now();
    const result = await seedDatabase(db!);
    expect(performance.now() - started).toBeLessThan(8000);
    const expected = generateSeedData();
    expect(result).toEqual({ seeded: true, sites: 288, news: expected.news.length });
    const kinds = await db!.query<{ kind: string; n: number }>(
      'SELECT kind, count(*)::int AS n FROM sites GROUP BY kind ORDER BY kind',
    );
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toEqual({
      commissioner: 16,
      department: 32,
      local: 32,
      main: 1,
      overseas: 207,
    });
  });

  it.skipIf(engine.skipReason)('leaves a database with data alone', async () => {
    const before = await contentHash(db!);
    expect(await seedDatabase(db!)).toEqual({ seeded: false, sites: 0, news: 0 });
    expect(await contentHash(db!)).toBe(before);
  });

  it.skipIf(engine.skipReason)('seeds identical rows every time', async () => {
    const first = await contentHash(db!);
    await db!.exec('DELETE FROM news; DELETE FROM sites;');
    await seedDatabase(db!);
    expect(await contentHash(db!)).toBe(first);
  });

  it.skipIf(engine.skipReason)(
    'stores what was generated, instants to the millisecond',
    async () => {
      const expected = generateSeedData().news.find((n) => n.id === 'guangdong-0001')!;
      const [row] = await db!.query<{ at: string; translation_of: string | null }>(
        `SELECT (extract(epoch FROM published_at) * 1000)::bigint::text AS at, translation_of
       FROM news WHERE id = $1`,
        [expected.id],
      );
      expect(Number(row?.at)).toBe(expected.publishedAt.getTime());
      expect(row?.translation_of).toBeNull();
    },
  );
});
