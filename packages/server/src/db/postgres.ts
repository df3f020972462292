import pg from 'pg';
import type { PoolClient } from 'pg';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from './database.js';
import type { Database, Queryable, TransactionOptions } from './database.js';
import { announceChange, CHANGE_CHANNEL, createChangeHub, isReadOnlyStatement } from './notify.js';
import type { ChangeHub } from './notify.js';

export interface PostgresDatabaseOptions {
  /** `postgres://user:password@host:port/database`. */
  connectionString: string;
  /** Schema to work in (set as `search_path` on every connection); default: the server's. */
  schema?: string;
  /** Most connections in the pool; default 10. */
  maxConnections?: number;
  /**
   * `statement_timeout` of every pooled connection, in milliseconds: PostgreSQL cancels a
   * statement running longer (SQLSTATE 57014). `0` for no limit. Default 5000.
   */
  statementTimeoutMs?: number;
  /**
   * Longest wait for a new connection, in milliseconds, before the query fails; default none
   * (a read replica sets one, so that reads fall back to the primary when it is unreachable).
   */
  connectTimeoutMs?: number;
  /** Called when an idle pooled connection or the listening connection fails. */
  onError?: (error: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5000;

function queryable(target: pg.Pool | PoolClient): Queryable {
  return {
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

/**
 * Keeps one connection outside the pool listening on {@link CHANGE_CHANNEL}, reconnecting
 * (with a growing delay) whenever it fails. The hub is `live` only while it listens.
 */
function listenForChanges(
  config: pg.ClientConfig,
  hub: ChangeHub,
  onError: (error: Error) => void,
): { close(): Promise<void> } {
  let client: pg.Client | null = null;
  let closed = false;
  let delay = RECONNECT_MIN_MS;
  let timer: NodeJS.Timeout | undefined;

  const lost = (failed: pg.Client, error?: Error) => {
    if (client !== failed) return;
    client = null;
    if (error) onError(error);
    failed.removeAllListeners('notification');
    failed.end().catch(() => undefined);
    if (hub.live) hub.emit({ type: 'lost' });
    if (closed) return;
    timer = setTimeout(connect, delay);
    timer.unref();
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
  };

  const connect = () => {
    const next = new pg.Client(config);
    client = next;
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload !== hub.origin) {
        hub.emit({ type: 'write', local: false });
      }
    });
    next
      .connect()
      .then(() => next.query(`LISTEN ${CHANGE_CHANNEL}`))
      .then(
        () => {
          if (client !== next) return;
          delay = RECONNECT_MIN_MS;
          hub.emit({ type: 'live' });
        },
        (error: unknown) => lost(next, error instanceof Error ? error : new Error(String(error))),
      );
  };

  connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      const current = client;
      client = null;
      if (hub.live) hub.emit({ type: 'lost' });
      await current?.end().catch(() => undefined);
    },
  };
}

/** A pool of connections to a PostgreSQL server. Nothing connects until the first query. */
export function createPostgresDatabase(options: PostgresDatabaseOptions): Database {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new TypeError(`invalid schema name: ${options.schema}`);
  }
  const timeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 0) {
    throw new RangeError(`statementTimeoutMs must be a whole number ≥ 0, got ${timeoutMs}`);
  }
  const connection: pg.ClientConfig = {
    connectionString: options.connectionString,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
  const pool = new pg.Pool({
    ...connection,
    max: options.maxConnections ?? 10,
    ...(options.connectTimeoutMs ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
    ...(timeoutMs > 0 ? { statement_timeout: timeoutMs } : {}),
  });
  const onError = (error: Error) => options.onError?.(error);
  pool.on('error', onError);
  const base = queryable(pool);
  const hub = createChangeHub({ live: false });
  let listener: { close(): Promise<void> } | null = null;
  let closed = false;

  // A write in its own statement announces itself right after; a transaction does so before
  // COMMIT, so other processes hear of it exactly when it becomes visible.
  const wrote = async () => {
    hub.emit({ type: 'write', local: true });
    await announceChange(base, hub.origin).catch(onError);
  };

  return {
    kind: 'postgres',
    async query<T extends object>(sql: string, params?: readonly unknown[]) {
      const rows = await base.query<T>(sql, params);
      if (!isReadOnlyStatement(sql)) await wrote();
      return rows;
    },
    async exec(sql) {
      await base.exec(sql);
      await wrote();
    },
    async transaction<T>(
      fn: (tx: Queryable) => Promise<T>,
      transactionOptions: TransactionOptions = {},
    ): Promise<T> {
      const limit = transactionOptions.statementTimeoutMs;
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
        throw new RangeError(`statementTimeoutMs must be a whole number ≥ 0, got ${limit}`);
      }
      const client = await pool.connect();
      let broken = false;
      let result: T;
      try {
        await client.query('BEGIN');
        if (limit !== undefined) await client.query(`SET LOCAL statement_timeout = ${limit}`);
        const tx = queryable(client);
        result = await fn(tx);
        await announceChange(tx, hub.origin);
        await client.query('COMMIT');
      } catch (error) {
        // A connection that cannot even roll back is discarded rather than reused.
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
      hub.emit({ type: 'write', local: true });
      return result;
    },
    onChange(subscriber) {
      const unsubscribe = hub.subscribe(subscriber);
      if (!listener && !closed) listener = listenForChanges(connection, hub, onError);
      return unsubscribe;
    },
    get changesLive() {
      return hub.live;
    },
    async close() {
      closed = true;
      await listener?.close();
      await pool.end();
    },
  };
}
