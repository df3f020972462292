/** The reference data: deterministic, complete, fast, and seeded only into an empty database. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { loadMigrations, migrate } from '../src/db/migrate.js';
import { InvalidSiteError, PORTAL_LANGUAGES, validateSite } from '@portal-kit/sdk';
import {
  assertValidSites,
  DEFAULT_SEED,
  generateSeedData,
  SEED_REFERENCE_DATE,
  seedDatabase,
} from '../src/seed/seed.js';
import { generateDocuments } from '../src/seed/documents/index.js';
import { SEED_SERVICES } from '../src/seed/guides/index.js';
import { DEMO_MESSAGES } from '../src/seed/messages/index.js';
import { MAJOR_STORIES } from '../src/seed/news/multilingual.js';
import { disposeDatabase, ENGINE_CASES, openEmptyDatabase } from './support/engines.js';

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The script every title of a language is written in (Japanese: kana, with or without kanji). */
const SCRIPTS: Readonly<Record<string, RegExp>> = {
  'zh-CN': /\p{Script=Han}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  ko: /\p{Script=Hangul}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  th: /\p{Script=Thai}/u,
  ru: /\p{Script=Cyrillic}/u,
  mn: /\p{Script=Cyrillic}/u,
  kk: /\p{Script=Cyrillic}/u,
};
/** A title in Latin script, with none of the others. */
const LATIN =
  /^[^\p{Script=Han}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hangul}\p{Script=Thai}]*\p{Script=Latin}/u;

/** `items` by `key` (Map.groupBy, which Node 20 lacks). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

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

  it('names and places every site by the rules of its kind', () => {
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
    expect(news.length).toBeLessThan(7500);
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
    const { news, sites } = generateSeedData();
    const byId = new Map(news.map((n) => [n.id, n]));
    const languages = new Map(sites.map((s) => [s.id, s.languages]));
    const english = news.filter((n) => n.lang === 'en');
    expect(english.length / news.length).toBeGreaterThan(0.15);
    for (const item of news.filter((n) => n.lang !== 'zh-CN')) {
      const original = byId.get(item.translationOf ?? '');
      expect(original?.lang, item.id).toBe('zh-CN');
      expect(original?.site).toBe(item.site);
      expect(original?.column).toBe(item.column);
      expect(original?.translationOf).toBeNull();
      expect(item.id).toBe(`${original!.id}-${item.lang.toLowerCase()}`);
      expect(item.publishedAt.getTime()).toBeGreaterThanOrEqual(original!.publishedAt.getTime());
      // "Major news is translated within 24 hours."
      expect(item.publishedAt.getTime() - original!.publishedAt.getTime()).toBeLessThan(86_400_000);
      expect(languages.get(item.site)).toContain(item.lang);
    }
    for (const item of news.filter((n) => n.lang === 'zh-CN'))
      expect(item.translationOf).toBeNull();
  });

  it('publishes on every site only in the languages it offers, originals before translations', () => {
    const { news, sites } = generateSeedData();
    const languages = new Map(sites.map((s) => [s.id, s.languages]));
    for (const item of news) expect(languages.get(item.site), item.id).toContain(item.lang);
    const firstTranslation = news.findIndex((n) => n.translationOf !== null);
    expect(news.slice(firstTranslation).every((n) => n.translationOf !== null)).toBe(true);
  });

  it('tells the major stories on the main site in every one of the 19 languages', () => {
    const { news, sites } = generateSeedData();
    expect(sites.find((s) => s.id === 'main')?.languages).toEqual([...PORTAL_LANGUAGES]);
    const main = news.filter((n) => n.site === 'main');
    for (const lang of PORTAL_LANGUAGES) {
      const items = main.filter((n) => n.lang === lang);
      expect(items.length, lang).toBeGreaterThanOrEqual(MAJOR_STORIES.length);
      expect(items.filter((n) => n.column === 'headlines').length, lang).toBeGreaterThanOrEqual(4);
      expect(new Set(items.map((n) => n.column)), lang).toEqual(
        new Set(['headlines', 'updates', 'briefs']),
      );
    }
    // Each major story: a Chinese original and one translation per other language, all titled
    // differently, within the last six weeks.
    const stories = groupBy(
      main.filter((n) => n.lang !== 'zh-CN' && n.lang !== 'en'),
      (n) => n.translationOf ?? '',
    );
    expect(stories.size).toBe(MAJOR_STORIES.length);
    for (const [original, translations] of stories) {
      const all = main.filter((n) => n.id === original || n.translationOf === original);
      expect(all.map((n) => n.lang).sort(), original).toEqual([...PORTAL_LANGUAGES].sort());
      expect(new Set(all.map((n) => n.title)).size, original).toBe(all.length);
      expect(new Set(all.map((n) => n.summary)).size, original).toBe(all.length);
      expect(translations.every((n) => n.body.split('\n\n').length === 2)).toBe(true);
      const age = SEED_REFERENCE_DATE.getTime() - all[0]!.publishedAt.getTime();
      expect(age).toBeLessThan(42 * 86_400_000);
    }
  });

  it("gives the offices abroad a few stories in their host country's language", () => {
    const { news, sites } = generateSeedData();
    const offices = sites.filter((s) => s.kind === 'overseas' && s.languages.length > 2);
    const counts = new Map<string, number>();
    for (const office of offices) {
      const lang = office.languages[2]!;
      const items = news.filter((n) => n.site === office.id && n.lang === lang);
      counts.set(lang, (counts.get(lang) ?? 0) + items.length);
      // The office in the DPRK tells nothing in Korean; those in countries at war only a notice.
      if (office.id === 'kp') expect(items).toEqual([]);
      else if (['sy', 'ye', 'ly', 'sd', 'ps'].includes(office.id)) expect(items).toHaveLength(1);
      else expect(items.length, office.id).toBeGreaterThanOrEqual(2);
      expect(items.length).toBeLessThanOrEqual(3);
      for (const item of items) {
        // Told in English too, and naming the place as the local language does.
        expect(news.some((n) => n.translationOf === item.translationOf && n.lang === 'en')).toBe(
          true,
        );
        expect(`${item.title}${item.body}`).toMatch(SCRIPTS[lang] ?? LATIN);
      }
    }
    // All 17 languages besides Chinese and English, in the registry's offices.
    expect([...counts.keys()].sort()).toEqual(
      PORTAL_LANGUAGES.filter((l) => l !== 'zh-CN' && l !== 'en').sort(),
    );
    for (const [lang, count] of counts) expect(count, lang).toBeGreaterThan(0);
    const france = news.filter((n) => n.site === 'fr' && n.lang === 'fr');
    expect(france.some((n) => /en France/.test(n.body) || /Chine–France/.test(n.title))).toBe(true);
  });

  it('dates the multilingual stories from the reference date it is given', () => {
    const referenceDate = new Date('2025-01-06T10:00:00.000Z');
    const { news } = generateSeedData({ referenceDate, spanDays: 30 });
    const main = news.filter((n) => n.site === 'main' && n.lang === 'fr');
    expect(main).toHaveLength(MAJOR_STORIES.length);
    for (const item of news) {
      expect(item.publishedAt.getTime()).toBeLessThanOrEqual(referenceDate.getTime());
      expect(referenceDate.getTime() - item.publishedAt.getTime()).toBeLessThan(31 * 86_400_000);
    }
    // Published in December 2024 (13 days back): the figures of November.
    expect(main.map((n) => n.title)).toContainEqual(expect.stringMatching(/novembre 2024/));
  });

  it('writes realistic text in the script of each language, bodies longer than summaries', () => {
    const { news } = generateSeedData();
    for (const item of news) {
      expect(item.title.length).toBeGreaterThan(4);
      expect(item.body.startsWith(item.summary)).toBe(true);
      expect(item.body.length).toBeGreaterThan(item.summary.length);
      expect(item.id.length).toBeLessThanOrEqual(64);
      expect(() => new URL(item.url)).not.toThrow();
      expect(item.title, item.id).toMatch(SCRIPTS[item.lang] ?? LATIN);
      if (item.lang !== 'zh-CN' && item.lang !== 'ja')
        expect(item.title).not.toMatch(/\p{Script=Han}/u);
      expect(`${item.title}${item.body}`).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it.each([undefined, 1, 7])(
    'never repeats a headline within a site and language (seed %s)',
    (seed) => {
      const { news } = generateSeedData(seed === undefined ? {} : { seed });
      const groups = groupBy(news, (n) => `${n.site} ${n.lang}`);
      for (const [group, items] of groups) {
        const distinct = new Set(items.map((n) => n.title)).size;
        expect(distinct, group).toBe(items.length);
      }
    },
  );

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

/** Every row of the seeded tables, in a fixed order, hashed. */
async function contentHash(db: Database): Promise<string> {
  const sites = await db.query('SELECT * FROM sites ORDER BY id');
  const news = await db.query(
    `SELECT id, site, news_column, lang, title, summary, body, url,
            (extract(epoch FROM published_at) * 1000)::bigint::text AS at, translation_of
     FROM news ORDER BY id`,
  );
  const documents = await db.query('SELECT * FROM documents ORDER BY id');
  const texts = await db.query('SELECT * FROM document_texts ORDER BY document, lang');
  const relations = await db.query('SELECT * FROM document_relations ORDER BY 1, 2, 3');
  const guides = await db.query('SELECT * FROM guides ORDER BY id');
  const nodes = await db.query('SELECT * FROM guide_nodes ORDER BY id');
  const services = await db.query(
    `SELECT id, code, organ, status, withdrawn_on::text, legal_basis, texts, search_text
     FROM services ORDER BY id`,
  );
  return sha([sites, news, documents, texts, relations, guides, nodes, services]);
}

/** The content hash of each engine's seed, made once per engine below. */
const seededHashes = new Map<string, string>();

// Whole seeds, several per test: 15 s on PostgreSQL, over 30 s on PGlite on a busy machine.
describe.each(ENGINE_CASES)(
  'seedDatabase %s',
  (_title, engine) => {
    const suite = 'seed';
    let db: Database | undefined;

    beforeAll(async () => {
      if (engine.skipReason) return;
      db = await openEmptyDatabase(engine, suite);
    });
    afterAll(() => disposeDatabase(engine, db, suite));

    it.skipIf(engine.skipReason)('migrates once; a second run applies nothing', async () => {
      const all = ['001', '002', '003', '004', '005', '006', '007', '008', '009', '010', '011'];
      expect(await migrate(db!)).toEqual(all);
      expect(await migrate(db!)).toEqual([]);
      const rows = await db!.query<{ version: string }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(all);
    });

    // How long seeding takes is measured by `npm run bench -- documents` (seeded in … s), not here.
    it.skipIf(engine.skipReason)('seeds an empty database in one transaction', async () => {
      const result = await seedDatabase(db!);
      const expected = generateSeedData();
      const documents = generateDocuments({
        siteIds: expected.sites.map((s) => s.id),
        seed: DEFAULT_SEED,
      });
      expect(result).toEqual({
        seeded: true,
        sites: 288,
        news: expected.news.length,
        documents: documents.documents.length,
        messages: DEMO_MESSAGES,
        services: SEED_SERVICES.length,
      });
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
      seededHashes.set(engine.name, before);
      expect(await seedDatabase(db!)).toEqual({
        seeded: false,
        sites: 0,
        news: 0,
        documents: 0,
        messages: 0,
        services: 0,
      });
      expect(await contentHash(db!)).toBe(before);
    });

    it.skipIf(engine.skipReason)('gives the guides to a database seeded before them', async () => {
      const before = await contentHash(db!);
      await db!.exec('TRUNCATE guides, guide_nodes, services;');
      expect(await seedDatabase(db!)).toEqual({
        seeded: false,
        sites: 0,
        news: 0,
        documents: 0,
        messages: 0,
        services: SEED_SERVICES.length,
      });
      expect(await contentHash(db!)).toBe(before);
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
  },
  120_000,
);

describe('seedDatabase, seeded twice', () => {
  // Two seeds made apart in this run hold the same rows: PGlite's and PostgreSQL's above, or
  // (without PostgreSQL) PGlite's and a second one.
  it('seeds identical rows every time, on every engine', async () => {
    const pglite = seededHashes.get('pglite');
    expect(pglite).toMatch(/^[0-9a-f]{64}$/);
    const postgres = seededHashes.get('postgres');
    if (postgres !== undefined) {
      expect(postgres).toBe(pglite);
      return;
    }
    const [, engine] = ENGINE_CASES[0]!;
    const db = await openEmptyDatabase(engine, 'seed_again');
    try {
      await migrate(db);
      await seedDatabase(db);
      expect(await contentHash(db)).toBe(pglite);
    } finally {
      await disposeDatabase(engine, db, 'seed_again');
    }
  }, 120_000);
});
