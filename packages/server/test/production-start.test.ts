/**
 * A production start on PostgreSQL: migrations run exactly once when several processes start
 * together (the advisory lock of `migrate`), and a database named by a URL never gets demo data
 * unless asked (`seed`, `portal-server --seed`) — not even the guides' backfill.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../src/db/migrate.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { openDatabase } from '../src/server.js';
import { call } from './support/http.js';
import { startServer, stopServer } from './support/server-process.js';
import type { ServerProcess } from './support/server-process.js';
import {
  dropSchema,
  ENGINES,
  freshSchema,
  schemaName,
  TEST_DATABASE_URL,
} from './support/engines.js';

const postgres = ENGINES.find((engine) => engine.name === 'postgres');
const skip = postgres?.skipReason ?? null;
const MIGRATORS = 4;
const schemas: string[] = [];
const servers: ServerProcess[] = [];

async function freshNamedSchema(suffix: string): Promise<string> {
  const schema = schemaName(`start_${suffix}`);
  await freshSchema(schema);
  schemas.push(schema);
  return schema;
}

async function rowsOf<T extends object>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await Promise.all(servers.map((server) => stopServer(server.child, 'SIGTERM')));
  for (const schema of schemas) await dropSchema(schema);
});

describe(`production start on PostgreSQL${skip ? ` — skipped: ${skip}` : ''}`, () => {
  it.skipIf(skip !== null)(
    `${MIGRATORS} processes migrating one fresh database together apply each migration once`,
    async () => {
      const schema = await freshNamedSchema('migrate');
      const migrations = await loadMigrations();
      // A pool each, as separate server processes have: only the database can serialize them.
      const dbs = Array.from({ length: MIGRATORS }, () =>
        createPostgresDatabase({ connectionString: TEST_DATABASE_URL, schema }),
      );
      try {
        const results = await Promise.allSettled(dbs.map((db) => migrate(db, migrations)));
        expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
        const applied = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
        // Every version by exactly one of them; the others found them done.
        expect([...applied].sort()).toEqual(migrations.map((m) => m.version));
        const rows = await rowsOf<{ version: string; n: number }>(
          `SELECT version, count(*)::int AS n FROM ${schema}.schema_migrations GROUP BY version ORDER BY version`,
        );
        expect(rows).toEqual(migrations.map((m) => ({ version: m.version, n: 1 })));
      } finally {
        await Promise.all(dbs.map((db) => db.close()));
      }
    },
  );

  it.skipIf(skip !== null)(
    'a database URL gets the migrations only; demo data only when asked',
    async () => {
      const schema = await freshNamedSchema('seed');
      const count = async (table: string) =>
        (await rowsOf<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.${table}`))[0]?.n;
      const bare = await openDatabase({ databaseUrl: TEST_DATABASE_URL, databaseSchema: schema });
      await bare.close();
      expect(await count('sites')).toBe(0);
      expect(await count('guides')).toBe(0);
      expect(await count('schema_migrations')).toBe((await loadMigrations()).length);

      const seeded = await openDatabase({
        databaseUrl: TEST_DATABASE_URL,
        databaseSchema: schema,
        seed: { documents: 0 },
      });
      await seeded.close();
      expect(await count('sites')).toBeGreaterThan(0);

      // A database seeded before the guides existed: only a start with seed options adds them.
      await rowsOf(`TRUNCATE ${schema}.guides CASCADE`);
      const again = await openDatabase({ databaseUrl: TEST_DATABASE_URL, databaseSchema: schema });
      await again.close();
      expect(await count('guides')).toBe(0);
    },
  );

  it.skipIf(skip !== null)(
    'portal-server on an empty DATABASE_URL starts, says it is empty and serves empty lists',
    async () => {
      const database = `portal_test_start_${process.pid}`;
      await rowsOf(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await rowsOf(`CREATE DATABASE ${database}`);
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `/${database}`;
      try {
        // SEED_DOCUMENTS without --seed is refused: it would size data that is never written.
        await expect(
          startServer({ DATABASE_URL: url.href, SEED: '', SEED_DOCUMENTS: '5' }),
        ).rejects.toThrow(/add --seed/);
        const server = await startServer({ DATABASE_URL: url.href, SEED: '', SEED_DOCUMENTS: '' });
        servers.push(server);
        const sites = await call(server.url, '/api/v1/sites');
        expect(sites.status).toBe(200);
        expect(sites.body).toMatchObject({ items: [] });
        expect(server.output()).toMatch(/no content; run with --seed/);
        await stopServer(server.child, 'SIGTERM');
      } finally {
        await rowsOf(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      }
    },
  );
});
