/**
 * The database engines every suite runs on: embedded PGlite always, and a real PostgreSQL
 * server when `TEST_DATABASE_URL` is set (each suite then works in a schema of its own, made
 * fresh on every run and dropped afterwards).
 */
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { createPgliteDatabase } from '../../src/db/pglite.js';
import { createPostgresDatabase } from '../../src/db/postgres.js';

export interface Engine {
  name: 'pglite' | 'postgres';
  /** Why the engine's suite is skipped, or `null` when it runs. */
  skipReason: string | null;
  /** Title of the suite, with the reason when skipped. */
  title: string;
}

const postgresUrl = process.env.TEST_DATABASE_URL ?? '';

export const ENGINES: readonly Engine[] = [
  { name: 'pglite', skipReason: null, title: 'on PGlite (in memory)' },
  postgresUrl
    ? { name: 'postgres', skipReason: null, title: 'on PostgreSQL (TEST_DATABASE_URL)' }
    : {
        name: 'postgres',
        skipReason: 'TEST_DATABASE_URL is not set',
        title: 'on PostgreSQL — skipped: TEST_DATABASE_URL is not set',
      },
];

/** `[title, engine]` rows for `describe.each(ENGINE_CASES)('… %s', (_title, engine) => …)`. */
export const ENGINE_CASES: readonly (readonly [string, Engine])[] = ENGINES.map(
  (engine) => [engine.title, engine] as const,
);

/** A schema name unique to this test file and process. */
export function schemaName(suite: string): string {
  return `portal_test_${suite.replace(/[^a-z0-9]/g, '_')}_${process.pid}`;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drops and creates `schema` on the test PostgreSQL server. */
export async function freshSchema(schema: string): Promise<void> {
  await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
}

export async function dropSchema(schema: string): Promise<void> {
  await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

export const TEST_DATABASE_URL = postgresUrl;

/** An empty database of `engine` (for PostgreSQL: a fresh schema named after `suite`). */
export async function openEmptyDatabase(engine: Engine, suite: string): Promise<Database> {
  if (engine.name === 'pglite') return createPgliteDatabase({ dataDir: 'memory' });
  const schema = schemaName(suite);
  await freshSchema(schema);
  return createPostgresDatabase({ connectionString: postgresUrl, schema });
}

/** Closes `db` and, on PostgreSQL, drops the suite's schema. */
export async function disposeDatabase(engine: Engine, db: Database | undefined, suite: string) {
  await db?.close().catch(() => undefined);
  if (engine.name === 'postgres' && !engine.skipReason) await dropSchema(schemaName(suite));
}
