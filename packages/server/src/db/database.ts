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

/** A PostgreSQL database: embedded PGlite or a server reached through a connection pool. */
export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Releases the engine or the pool. Later calls fail. */
  close(): Promise<void>;
}
