/**
 * One run of the documents benchmark (started by documents.mjs, one process per engine and
 * size): seeds a database with N documents through the server's own seed, then times lookup by
 * number, two-character search and a filtered list with facets through the repository, each
 * beside the same call with index scans turned off (a sequential-scan baseline) in the same
 * run. Prints one JSON line.
 *
 *   node --conditions=source --import tsx scripts/bench/documents-run.ts pglite 100000
 *   node --conditions=source --import tsx scripts/bench/documents-run.ts postgres 2623 <url>
 */
import pg from 'pg';
import type { Database, Queryable } from '../../packages/server/src/db/database.js';
import { migrate } from '../../packages/server/src/db/migrate.js';
import { createPgliteDatabase } from '../../packages/server/src/db/pglite.js';
import { createPostgresDatabase } from '../../packages/server/src/db/postgres.js';
import { DocumentCounts } from '../../packages/server/src/documents/counts.js';
import { listDocuments } from '../../packages/server/src/documents/list.js';
import type { ListDocumentsOptions } from '../../packages/server/src/documents/list.js';
import { lookupDocuments, storedIssuers } from '../../packages/server/src/documents/lookup.js';
import { generateDocuments } from '../../packages/server/src/seed/documents/index.js';
import {
  DEFAULT_SEED,
  generateSeedData,
  seedDatabase,
} from '../../packages/server/src/seed/seed.js';

const [engine = 'pglite', countText = '2623', url = ''] = process.argv.slice(2);
const count = Number(countText);
const RUNS = 1000;
const BASELINE_RUNS = 20;
const WARMUP = 10;

async function open(): Promise<Database> {
  if (engine === 'pglite')
    return createPgliteDatabase({ dataDir: 'memory', statementTimeoutMs: 0 });
  const schema = `bench_documents_${count}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  await admin.end();
  return createPostgresDatabase({ connectionString: url, schema, statementTimeoutMs: 0 });
}

/** Runs `fn` with index and bitmap scans off: what the same query costs without the indexes. */
function sequential<T>(db: Database, fn: (q: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.exec(
      'SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; ' +
        'SET LOCAL enable_indexonlyscan = off;',
    );
    return fn(tx);
  });
}

/** p50 and p99 of `runs` calls of `fn(i)`, in milliseconds, after a warm-up. */
async function time(runs: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(WARMUP, Math.ceil(runs / 10)); i++) await fn(i);
  // A full collection first (the worker runs with --expose-gc), so the seeding's garbage is not
  // collected inside a timed call: the times are the statements', not this process's heap.
  (globalThis as { gc?: () => void }).gc?.();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) =>
    samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99), runs };
}

const db = await open();
await migrate(db);
const siteIds = generateSeedData().sites.map((site) => site.id);
const started = performance.now();
await seedDatabase(db, { documents: count });
const seedSeconds = (performance.now() - started) / 1000;
// As after any bulk load: vacuumed (visibility map, so index-only scans) and analyzed, so
// autovacuum does not start on the fresh rows in the middle of the timed calls.
await db.query('VACUUM (ANALYZE)');
// The seed's own documents (generateDocuments, the same options): what the timed calls ask for.
// Only their file numbers are kept: the corpus itself is let go before anything is timed.
const numbered = (() => {
  const { documents } = generateDocuments({ siteIds, count, seed: DEFAULT_SEED });
  if (documents.length !== count) {
    throw new Error(`generateDocuments gave ${documents.length} documents, not ${count}`);
  }
  return documents.flatMap((d) => (d.fileNumber === null ? [] : [{ fileNumber: d.fileNumber }]));
})();
/** Spellings people type: brackets, full-width digits, spaces. */
const spell = (canonical: string, i: number) =>
  i % 3 === 0
    ? canonical.replace('〔', '[').replace('〕', ']')
    : i % 3 === 1
      ? canonical.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
      : ` ${canonical} `;
const numberAt = (i: number) => spell(numbered[(i * 7919) % numbered.length]?.fileNumber ?? '', i);
const issuers = () => storedIssuers(db);
const WORDS = ['外资', '备案', '典当', '进口', '出口', '许可', '统计', '补贴'];
const search = (i: number): ListDocumentsOptions => ({ q: WORDS[i % WORDS.length], limit: 20 });
const categories = [
  'domestic-trade',
  'foreign-trade',
  'foreign-investment',
  'international-cooperation',
];
const filtered = (i: number): ListDocumentsOptions => ({
  categories: [categories[i % categories.length] ?? 'foreign-trade'],
  types: ['notice', 'announcement'],
  yearFrom: 2010 + (i % 8),
  yearTo: 2018 + (i % 8),
  limit: 20,
});

const found = await lookupDocuments(db, numberAt(0), 'zh-CN', issuers);
if (found.kind !== 'found') throw new Error(`lookup of ${numberAt(0)} found nothing`);

// As the server's repository lists: the facet counts of lists without a text query from its
// in-memory copy (checked against the database's version at each call). The baselines count
// in the database, with index scans off.
const counts = new DocumentCounts(db);
const result = {
  engine,
  count,
  seedSeconds,
  lookup: await time(RUNS, (i) => lookupDocuments(db, numberAt(i), 'zh-CN', issuers)),
  lookupSeq: await time(BASELINE_RUNS, (i) =>
    sequential(db, (tx) => lookupDocuments(tx, numberAt(i), 'zh-CN', issuers)),
  ),
  search: await time(RUNS, (i) => listDocuments(db, search(i), counts)),
  searchSeq: await time(BASELINE_RUNS, (i) => sequential(db, (tx) => listDocuments(tx, search(i)))),
  list: await time(RUNS, (i) => listDocuments(db, filtered(i), counts)),
  listSeq: await time(BASELINE_RUNS, (i) => sequential(db, (tx) => listDocuments(tx, filtered(i)))),
  hits: (await listDocuments(db, { q: '外资', limit: 1 })).total,
};
await db.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
