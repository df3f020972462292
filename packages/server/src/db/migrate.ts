import { readdir, readFile } from 'node:fs/promises';
import { MIGRATIONS_DIR } from '../paths.js';
import type { Database } from './database.js';

/** One plain-SQL migration file, `NNN_name.sql`. */
export interface Migration {
  /** The `NNN` prefix, which orders migrations. */
  version: string;
  name: string;
  sql: string;
}

const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/;
/** Any constant shared by every server instance; serializes concurrent migrators on PostgreSQL. */
const LOCK_KEY = 7_310_422;

/** Reads the migration files of `dir` in version order. */
export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => FILE_NAME.test(name)).sort();
  const migrations: Migration[] = [];
  for (const file of names) {
    const [, version = '', name = ''] = FILE_NAME.exec(file) ?? [];
    if (migrations.some((m) => m.version === version)) {
      throw new Error(`two migrations share version ${version}`);
    }
    migrations.push({ version, name, sql: await readFile(new URL(file, dir), 'utf8') });
  }
  return migrations;
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in order, in one transaction
 * (PostgreSQL DDL is transactional: all or nothing). Safe to run again and from several server
 * instances at once. Returns the versions it applied.
 */
export async function migrate(db: Database, migrations?: readonly Migration[]): Promise<string[]> {
  const list = migrations ?? (await loadMigrations());
  return db.transaction(
    async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
      const rows = await tx.query<{ version: string }>('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((row) => row.version));
      const applied: string[] = [];
      for (const migration of list) {
        if (done.has(migration.version)) continue;
        await tx.exec(migration.sql);
        await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        applied.push(migration.version);
      }
      return applied;
      // Waiting for another migrator's lock, or a long DDL, is no reason to give up.
    },
    { statementTimeoutMs: 0 },
  );
}
