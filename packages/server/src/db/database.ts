/** The storage seam: everything above it speaks this interface, never a driver. */

/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1…$n` parameters and returns its rows. */
  query<T extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
}

/** Which engine answers. */
export type DatabaseKind = 'pglite' | 'postgres';

/**
 * What {@link Database.onChange} reports:
 * - `write`: stored data changed, through this `Database` (`local`) or another server process
 *   sharing the database;
 * - `lost`: writes of other processes may go unreported from now on (the listening connection
 *   failed, or the database closed);
 * - `live`: every later write is reported again (after a `lost`, writes may have been missed).
 */
export type ChangeEvent = { type: 'write'; local: boolean } | { type: 'lost' } | { type: 'live' };

/** A listener of {@link Database.onChange}. */
export type ChangeListener = (event: ChangeEvent) => void;

/** Options of one {@link Database.transaction}. */
export interface TransactionOptions {
  /**
   * `statement_timeout` of this transaction's statements, in milliseconds (`0`: no limit),
   * instead of the database's: for migrations and bulk loads.
   */
  statementTimeoutMs?: number;
}

/** A PostgreSQL database: embedded PGlite or a server reached through a connection pool. */
export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * A committed transaction counts as a write (see {@link Database.onChange}).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Subscribes to writes. A write is a committed transaction, an `exec`, or a `query` that is
   * not plainly a read (`SELECT`, `SHOW`, `VALUES`, `TABLE`, `EXPLAIN`); local writes are
   * reported synchronously once committed, writes of other processes through PostgreSQL's
   * `LISTEN`/`NOTIFY` (the first subscription opens the listening connection). Returns the
   * unsubscribe function.
   */
  onChange(listener: ChangeListener): () => void;
  /** True while every write, local or not, is reported to {@link Database.onChange}. */
  readonly changesLive: boolean;
  /** Releases the engine or the pool. Later calls fail. */
  close(): Promise<void>;
}

/** The SQLSTATE of a statement cancelled by `statement_timeout` (`query_canceled`). */
export const STATEMENT_TIMEOUT_CODE = '57014';

/** Default `statement_timeout` of both engines, in milliseconds. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;
