/**
 * Reads from a streaming replica, writes to the primary, and a client that just wrote reads its
 * own write.
 *
 * - Only plain reads (`SELECT`…, see `isReadOnlyStatement`) made inside {@link ReadRouting.run}
 *   — the GET requests — may go to the replica; transactions, writes and every statement made
 *   outside that scope use the primary.
 * - A monitor samples the primary's WAL position (`pg_current_wal_lsn()`) and the replica's
 *   replayed position (`pg_last_wal_replay_lsn()`) every `pollMs`. The replica serves reads only
 *   while it has replayed everything the primary had written `maxLagMs` ago: a replica that is
 *   down, paused or lagging further leaves every read to the primary until it catches up.
 * - Read-your-writes: a write answers with the primary's position after it (a token); a read
 *   carrying a token goes to the replica only once the replica has replayed that far.
 * - The response cache stays correct: after any write reported by the change feed (which listens
 *   on the primary: `LISTEN` does not run on a hot standby), reads use the primary until the
 *   replica has replayed the primary's position as of that write — a response computed from a
 *   replica that has not seen the write is never cached after the cache dropped its entries.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { READ_AFTER_TOKEN_PATTERN } from '@portal-kit/sdk';
import type { Database } from './database.js';
import { STATEMENT_TIMEOUT_CODE } from './database.js';
import { isReadOnlyStatement } from './notify.js';

/** A WAL position as PostgreSQL prints it: `16/B374D848`. */
const LSN = new RegExp(READ_AFTER_TOKEN_PATTERN);

/** The WAL position `text` names, or `null` when it is not one. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const match = LSN.exec(text ?? '');
  if (!match?.[1] || !match[2]) return null;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** One request's reads: the token it carries, and how many reads each database answered. */
export interface ReadScope {
  /** The write position the client must see (a token of `writePosition`), or `null`. */
  readonly after: bigint | null;
  replica: number;
  primary: number;
}

/** What {@link ReplicatedDatabase.reads} offers the HTTP layer. */
export interface ReadRouting {
  /**
   * Runs `fn`; the plain reads it makes (also later, in its asynchronous continuations) go to
   * the replica while it keeps up and has replayed `scope.after`, else to the primary, and are
   * counted in `scope`.
   */
  run<T>(scope: ReadScope, fn: () => T): T;
  /** The primary's WAL position now, as text: the token of a write that just committed. */
  writePosition(): Promise<string>;
  /** True while reads without a token go to the replica. */
  readonly replicaInUse: boolean;
  /** Most replication lag tolerated, in milliseconds (also a token's useful life). */
  readonly maxLagMs: number;
}

/** A {@link Database} over a primary and its streaming replica. */
export interface ReplicatedDatabase extends Database {
  readonly reads: ReadRouting;
}

export interface ReplicatedDatabaseOptions {
  primary: Database;
  /** A pool on the replica (its change feed is never used). */
  replica: Database;
  /** Most replication lag before reads leave the replica, in milliseconds; default 10 000. */
  maxLagMs?: number;
  /** How often the positions are sampled; default a tenth of `maxLagMs`, 50 to 1000 ms. */
  pollMs?: number;
  /** Called when the replica fails or is not a standby. */
  onError?: (error: Error) => void;
}

/** The read routing of `db`, when it has a replica. */
export function readRoutingOf(db: Database): ReadRouting | null {
  return 'reads' in db ? (db as ReplicatedDatabase).reads : null;
}

const DEFAULT_MAX_LAG_MS = 10_000;

/** SQLSTATE classes after which a read is retried on the primary, the replica marked down. */
const CONNECTION_TROUBLE = /^(08|57P|53)/;

/** Combines `primary` and `replica` (see the module's description). */
export function createReplicatedDatabase(options: ReplicatedDatabaseOptions): ReplicatedDatabase {
  const { primary, replica } = options;
  const maxLagMs = options.maxLagMs ?? DEFAULT_MAX_LAG_MS;
  if (!Number.isInteger(maxLagMs) || maxLagMs < 1) {
    throw new RangeError(`maxLagMs must be a whole number ≥ 1, got ${maxLagMs}`);
  }
  const pollMs = options.pollMs ?? Math.min(1000, Math.max(50, Math.round(maxLagMs / 10)));
  const onError = (error: Error) => options.onError?.(error);
  const scope = new AsyncLocalStorage<ReadScope>();

  /** The primary's positions sampled within the last `maxLagMs` (and the one just before). */
  let samples: { at: number; lsn: bigint }[] = [];
  /** The replica's replayed position at the last sample, `null` when unknown or down. */
  let replayed: bigint | null = null;
  let lagging = true;
  /** Writes reported by the change feed, and how many of them the floor accounts for. */
  let changes = 0;
  let counted = 0;
  /** The primary's position after the last accounted write: the replica must have replayed it. */
  let floor = 0n;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const unsubscribe = primary.onChange((event) => {
    if (event.type === 'write') changes += 1;
  });

  const positionOf = async (db: Database, sql: string): Promise<bigint | null> => {
    const [row] = await db.query<{ lsn: string | null }>(sql);
    return parseLsn(row?.lsn);
  };

  const sample = async () => {
    const seen = changes;
    try {
      const now = Date.now();
      const head = await positionOf(primary, 'SELECT pg_current_wal_lsn()::text AS lsn');
      if (head === null) throw new Error('the primary reported no WAL position');
      samples.push({ at: now, lsn: head });
      const old = samples.filter((s) => s.at <= now - maxLagMs);
      samples = [...old.slice(-1), ...samples.filter((s) => s.at > now - maxLagMs)];
      if (seen !== counted) {
        floor = head > floor ? head : floor;
        counted = seen;
      }
      try {
        replayed = await positionOf(replica, 'SELECT pg_last_wal_replay_lsn()::text AS lsn');
        if (replayed === null) onError(new Error('DATABASE_READ_URL is not a streaming standby'));
      } catch (error) {
        replayed = null;
        onError(error instanceof Error ? error : new Error(String(error)));
      }
      const limit = old.at(-1)?.lsn ?? 0n;
      lagging = replayed === null || replayed < limit;
    } catch {
      // Without the primary's position the lag is unknown: reads stay on the primary.
      lagging = true;
    }
  };

  const tick = () => {
    void sample().finally(() => {
      if (closed) return;
      timer = setTimeout(tick, pollMs);
      timer.unref();
    });
  };
  tick();

  /** True when a read made now, by a client that wrote at `after`, may use the replica. */
  const replicaServes = (after: bigint | null) =>
    !lagging &&
    replayed !== null &&
    changes === counted &&
    replayed >= floor &&
    (after === null || replayed >= after);

  const reads: ReadRouting = {
    run: (current, fn) => scope.run(current, fn),
    async writePosition() {
      const [row] = await primary.query<{ lsn: string }>(
        'SELECT pg_current_wal_lsn()::text AS lsn',
      );
      if (!row) throw new Error('the primary reported no WAL position');
      return row.lsn;
    },
    get replicaInUse() {
      return replicaServes(null);
    },
    maxLagMs,
  };

  return {
    kind: 'postgres',
    reads,
    async query<T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      const current = scope.getStore();
      if (!current || !isReadOnlyStatement(sql)) return primary.query<T>(sql, params);
      if (!replicaServes(current.after)) {
        current.primary += 1;
        return primary.query<T>(sql, params);
      }
      try {
        const rows = await replica.query<T>(sql, params);
        current.replica += 1;
        return rows;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === STATEMENT_TIMEOUT_CODE) throw error;
        // Down, restarting, or a query cancelled by a recovery conflict: the primary answers.
        if (typeof code !== 'string' || CONNECTION_TROUBLE.test(code)) {
          replayed = null;
          lagging = true;
        }
        current.primary += 1;
        return primary.query<T>(sql, params);
      }
    },
    exec: (sql) => primary.exec(sql),
    transaction: (fn, transactionOptions) => primary.transaction(fn, transactionOptions),
    onChange: (listener) => primary.onChange(listener),
    get changesLive() {
      return primary.changesLive;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      unsubscribe();
      await Promise.allSettled([primary.close(), replica.close()]);
    },
  };
}
