import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

export interface PgliteDatabaseOptions {
  /** Data directory, or `'memory'` for a throw-away in-memory database. */
  dataDir: string;
  /** A `dumpPglite()` tarball to start from instead of an empty cluster (tests, demos). */
  loadDataDir?: Blob;
}

type PgliteTarget = Pick<PGlite, 'query' | 'exec'> | Transaction;

const engines = new WeakMap<Database, PGlite>();

function queryable(target: PgliteTarget): Queryable {
  return {
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** Opens (creating when needed) an embedded PGlite database. */
export async function createPgliteDatabase(options: PgliteDatabaseOptions): Promise<Database> {
  const inMemory = options.dataDir === 'memory';
  if (!inMemory) await mkdir(options.dataDir, { recursive: true });
  const pg = await PGlite.create({
    ...(inMemory ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const base = queryable(pg);
  const db: Database = {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    close: () => pg.close(),
  };
  engines.set(db, pg);
  return db;
}

/** The whole cluster of a PGlite database as an uncompressed tarball, for `loadDataDir`. */
export async function dumpPglite(db: Database): Promise<Blob> {
  const pg = engines.get(db);
  if (!pg) throw new TypeError('dumpPglite() needs a database made by createPgliteDatabase()');
  return pg.dumpDataDir('none');
}
