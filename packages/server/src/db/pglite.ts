import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import { DEFAULT_STATEMENT_TIMEOUT_MS, STATEMENT_TIMEOUT_CODE } from './database.js';
import type { Database, Queryable } from './database.js';
import { createChangeHub, isReadOnlyStatement } from './notify.js';

export interface PgliteDatabaseOptions {
  /** Data directory, or `'memory'` for a throw-away in-memory database. */
  dataDir: string;
  /** A `dumpPglite()` tarball to start from instead of an empty cluster (tests, demos). */
  loadDataDir?: Blob;
  /**
   * Longest a statement may take, in milliseconds; `0` for no limit. Default 5000. PGlite runs
   * on the server's own thread and cannot interrupt a statement: one that overruns fails with
   * PostgreSQL's timeout error (SQLSTATE 57014) once it returns — a read, or any statement of a
   * transaction (which is then rolled back); a write outside a transaction stays committed.
   */
  statementTimeoutMs?: number;
}

type PgliteTarget = Pick<PGlite, 'query' | 'exec'> | Transaction;

const engines = new WeakMap<Database, PGlite>();

/** The error PostgreSQL raises when `statement_timeout` cancels a statement. */
export class StatementTimeoutError extends Error {
  override name = 'StatementTimeoutError';
  readonly code = STATEMENT_TIMEOUT_CODE;
  constructor() {
    super('canceling statement due to statement timeout');
  }
}

function queryable(target: PgliteTarget, timeoutMs: number, inTransaction: boolean): Queryable {
  const timed = async <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    if (
      timeoutMs > 0 &&
      performance.now() - started > timeoutMs &&
      (inTransaction || isReadOnlyStatement(sql))
    ) {
      throw new StatementTimeoutError();
    }
    return result;
  };
  return {
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await timed(sql, () => target.query<T>(sql, [...params]));
      return result.rows;
    },
    async exec(sql: string) {
      await timed(sql, () => target.exec(sql));
    },
  };
}

/**
 * Opens (creating when needed) an embedded PGlite database. One process owns a PGlite
 * directory, so every write is local: changes are reported without `LISTEN`/`NOTIFY`.
 */
export async function createPgliteDatabase(options: PgliteDatabaseOptions): Promise<Database> {
  const inMemory = options.dataDir === 'memory';
  if (!inMemory) await mkdir(options.dataDir, { recursive: true });
  const pg = await PGlite.create({
    ...(inMemory ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const timeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const hub = createChangeHub({ live: true });
  const base = queryable(pg, timeoutMs, false);
  const wrote = () => hub.emit({ type: 'write', local: true });
  // PGlite runs one statement at a time. Queueing here, before the clock starts, makes the
  // timeout measure a statement's own run, not its wait behind others (as PostgreSQL does).
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
  const db: Database = {
    kind: 'pglite',
    async query<T extends object>(sql: string, params?: readonly unknown[]) {
      const rows = await exclusive(() => base.query<T>(sql, params));
      if (!isReadOnlyStatement(sql)) wrote();
      return rows;
    },
    async exec(sql) {
      await exclusive(() => base.exec(sql));
      wrote();
    },
    async transaction(fn, transactionOptions) {
      const limit = transactionOptions?.statementTimeoutMs ?? timeoutMs;
      const result = await exclusive(() => pg.transaction((tx) => fn(queryable(tx, limit, true))));
      wrote();
      return result;
    },
    onChange: (listener) => hub.subscribe(listener),
    get changesLive() {
      return hub.live;
    },
    async close() {
      try {
        await pg.close();
      } finally {
        if (hub.live) hub.emit({ type: 'lost' });
      }
    },
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
