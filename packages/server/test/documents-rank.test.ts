/**
 * Relevance from the index, on each engine, over the seed generator's corpus: every page of a
 * text query, walked with the cursor, against a ranked scan of every match (each term's tier
 * from a substring test of the title and the summary, then newest first); and migration 006's
 * field tags against the ones the repository writes.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { listDocuments } from '../src/documents/list.js';
import { matchOf, Params } from '../src/documents/search.js';
import { queryTerms } from '../src/documents/text.js';
import { MIGRATIONS_DIR } from '../src/paths.js';
import { seedDatabase } from '../src/seed/seed.js';
import { disposeDatabase, ENGINE_CASES, openEmptyDatabase } from './support/engines.js';

const SUITE = 'documents_rank';

/** Queries of one, two and three terms: common words, long terms, single characters, words. */
const QUERIES = [
  '统计',
  '外资',
  '备案 外资',
  '统计 进口',
  '外商投资',
  '对外贸易 统计',
  '税',
  'wto',
  'wto 外资',
  '外资 备案 许可',
  '进出口商品',
  'measures',
];

describe.each(ENGINE_CASES)('documents relevance %s', (_title, engine) => {
  let db: Database | undefined;

  beforeAll(async () => {
    if (engine.skipReason) return;
    db = await openEmptyDatabase(engine, SUITE);
    await migrate(db);
    await seedDatabase(db, { documents: 700 });
  }, 120_000);

  afterAll(() => disposeDatabase(engine, db, SUITE));

  /** Every match of `q` in relevance order, ranked by substring tests of every match. */
  const ranked = async (q: string): Promise<{ document: string; rank: number }[]> => {
    const terms = queryTerms(q);
    const params = new Params();
    const where = matchOf(terms, params);
    const rank = terms
      .map((term) => {
        const t = params.add(term.text);
        return `CASE WHEN strpos(d.title, ${t}::text) > 0 THEN 0
                WHEN strpos(d.summary, ${t}::text) > 0 THEN 1 ELSE 2 END`;
      })
      .join(' + ');
    return db!.query<{ document: string; rank: number }>(
      `SELECT d.document, (${rank})::int AS rank FROM document_search d
       WHERE ${where.join(' AND ')} ORDER BY 2, d.published_on DESC, d.document DESC`,
      params.values,
    );
  };
  const scan = async (q: string) => (await ranked(q)).map((row) => row.document);

  it.skipIf(engine.skipReason)(
    'pages every query in the order of a ranked scan of all matches',
    async () => {
      const ranks = new Set<number>();
      for (const q of QUERIES) {
        const expected = await scan(q);
        const seen: string[] = [];
        let cursor: string | undefined;
        let total: number | undefined;
        do {
          const page = await listDocuments(db!, { q, limit: 9, ...(cursor ? { cursor } : {}) });
          total = page.total;
          seen.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor && seen.length <= expected.length);
        expect(seen, q).toEqual(expected);
        expect(total, q).toBe(expected.length);
        for (const row of await ranked(q)) ranks.add(Number(row.rank));
      }
      // The pages cross every rank: title, summary and body matches of one and more terms.
      expect([...ranks].sort()).toEqual([0, 1, 2, 3, 4, 5, 6].filter((r) => ranks.has(r)));
      expect(ranks.size).toBeGreaterThanOrEqual(5);
      expect((await scan('统计')).length).toBeGreaterThan(100);
    },
    120_000,
  );

  it.skipIf(engine.skipReason)(
    'keeps filters and translated-only in relevance order',
    async () => {
      const options = { q: '统计', categories: ['foreign-trade'], yearFrom: 2012, limit: 500 };
      const filtered = await listDocuments(db!, options);
      const rows = await db!.query<{ document: string; category: string; year: number }>(
        'SELECT document, category, year FROM document_search',
      );
      const keep = new Set(
        rows.filter((r) => r.category === 'foreign-trade' && r.year >= 2012).map((r) => r.document),
      );
      const expected = (await scan('统计')).filter((id) => keep.has(id));
      expect(filtered.items.map((i) => i.id)).toEqual(expected);
      expect(filtered.total).toBe(expected.length);
      const english = await listDocuments(db!, {
        q: '统计',
        lang: 'en',
        translated: true,
        limit: 500,
      });
      const translated = await db!.query<{ document: string }>(
        `SELECT document FROM document_search WHERE 'en' = ANY(languages)`,
      );
      const inEnglish = new Set(translated.map((r) => r.document));
      expect(english.items.map((i) => i.id)).toEqual(
        (await scan('统计')).filter((id) => inEnglish.has(id)),
      );
    },
    60_000,
  );

  it.skipIf(engine.skipReason)('migration 006 tags tokens as the repository does', async () => {
    const sql = await readFile(new URL('006_document_search_tiers.sql', MIGRATIONS_DIR), 'utf8');
    const stored = async () =>
      (
        await db!.query<{ document: string; tokens: string[] }>(
          'SELECT document, tokens FROM document_search ORDER BY document',
        )
      ).map((row) => [row.document, [...row.tokens].join(' ')]);
    const written = await stored();
    expect(written.some(([, tokens]) => tokens?.includes('t:'))).toBe(true);
    expect(written.some(([, tokens]) => tokens?.includes('s:'))).toBe(true);
    const rollback = new Error('rollback');
    await expect(
      db!.transaction(
        async (tx) => {
          await tx.query(
            `UPDATE document_search SET tokens = ARRAY(
             SELECT t.token FROM unnest(tokens) WITH ORDINALITY AS t (token, n)
             WHERE strpos(t.token, ':') = 0 ORDER BY t.n)`,
          );
          await tx.exec(sql);
          const migrated = (
            await tx.query<{ document: string; tokens: string[] }>(
              'SELECT document, tokens FROM document_search ORDER BY document',
            )
          ).map((row) => [row.document, [...row.tokens].join(' ')]);
          expect(migrated).toEqual(written);
          throw rollback;
        },
        // Rewriting every document's tokens twice can pass the 5 s statement timeout when the
        // machine is busy: this replay tests the migration's result, not its speed.
        { statementTimeoutMs: 0 },
      ),
    ).rejects.toBe(rollback);
  });
});
