/**
 * Starts the reference server: opens the database (embedded PGlite, or PostgreSQL when a URL
 * is given; optionally a read replica beside it), applies the migrations, seeds an empty
 * database when asked (the embedded one by default) and listens.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApp } from './app.js';
import type { AppOptions } from './app.js';
import type { Database } from './db/database.js';
import { loadMigrations, migrate } from './db/migrate.js';
import type { Migration } from './db/migrate.js';
import { createPgliteDatabase, dumpPglite } from './db/pglite.js';
import { createPostgresDatabase } from './db/postgres.js';
import { createReplicatedDatabase } from './db/replica.js';
import { seedDatabase } from './seed/seed.js';
import type { SeedOptions } from './seed/seed.js';

export interface ServerOptions {
  /** TCP port; `0` (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string;
  /** PGlite data directory, or `'memory'` for an in-memory database. Default `./.data/pglite`. */
  dataDir?: string;
  /** A PostgreSQL connection string; when set, PostgreSQL is used instead of PGlite. */
  databaseUrl?: string;
  /** Schema to use on PostgreSQL (tests use a throw-away one). */
  databaseSchema?: string;
  /** Origins allowed by CORS; `'*'` allows all. Default: none. */
  corsOrigins?: string[];
  /** URL prefix → absolute directory served as static files, e.g. `{ '/examples/': '/srv/ex' }`. */
  staticDirs?: Record<string, string>;
  /** Log requests. Default false. */
  logger?: boolean;
  /** Pages rendered on the server (path → render function); see `AppOptions`. */
  renderedPages?: AppOptions['renderedPages'];
  /**
   * Demo data: `SeedOptions` (`{}` for the reference data set) seeds an empty database of
   * either engine — and adds what a database seeded by an older version lacks (the guides);
   * `false` never writes demo data. Default: the embedded PGlite database is seeded, a
   * PostgreSQL database (`databaseUrl`) never is — a production database gets demo data only
   * when asked (`portal-server --seed`).
   */
  seed?: SeedOptions | false;
  /**
   * A PostgreSQL connection string of a streaming replica of `databaseUrl`: GET requests read
   * from it while it keeps up, everything else uses the primary (see `./db/replica.ts`).
   */
  databaseReadUrl?: string;
  /**
   * Most replication lag, in milliseconds, before GET requests read from the primary instead of
   * the replica; also how long a client that wrote reads from the primary at most. Default
   * 10 000.
   */
  replicaMaxLagMs?: number;
  /** Longest a database statement may run, in milliseconds; `0` for no limit. Default 5000. */
  statementTimeoutMs?: number;
  /**
   * Longest wait for a new connection to the PostgreSQL primary (`databaseUrl`), in
   * milliseconds, before the query fails (a 503 for a request, a failed start for the
   * migrations); `0` for no limit. Default 10 000. A read replica's is 2000: reads then go to the
   * primary.
   */
  connectTimeoutMs?: number;
  /**
   * A directory where an in-memory database (`dataDir: 'memory'`), once migrated and seeded, is
   * kept as a dump, one per set of migrations and seed options; the next start with the same
   * ones loads that dump instead of seeding again (about 1 s instead of 10). For test runs and
   * demos started many times; default: the `PORTAL_SNAPSHOT_DIR` environment variable, else none.
   */
  snapshotDir?: string;
  /** Requests per client and window, e.g. `{ max: 600, windowMs: 60_000 }`. Default: no limit. */
  rateLimit?: AppOptions['rateLimit'];
  /** Messages per client and window (`POST /api/v1/messages`); `false` for none. Default 30/10 min. */
  messageRateLimit?: AppOptions['messageRateLimit'];
  /** Times the same text may be stored in 24 hours (`0`: no limit). Default 3. */
  identicalMessageMax?: AppOptions['identicalMessageMax'];
  /** Trust `X-Forwarded-*` from these proxies (`true` for any). Default `false`. */
  trustProxy?: AppOptions['trustProxy'];
  /** Bounds of the in-process response cache, or `false` to turn it off. Default: on. */
  responseCache?: AppOptions['responseCache'];
  /** Longest a client may take to send a request, in milliseconds. Default 30 000. */
  requestTimeoutMs?: number;
  /** Called with each CSP violation the static pages' browsers report (`POST /csp-reports`). */
  onCspReport?: AppOptions['onCspReport'];
}

export interface RunningServer {
  /** Origin of the server, e.g. `http://127.0.0.1:54321`. */
  url: string;
  app: FastifyInstance;
  db: Database;
  /** Stops listening, then closes the database. */
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = './.data/pglite';
/** A replica that does not accept a connection this fast counts as down (reads go to the primary). */
const REPLICA_CONNECT_TIMEOUT_MS = 2000;
/** Default {@link ServerOptions.connectTimeoutMs}. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

type DatabaseOptions = Pick<
  ServerOptions,
  | 'dataDir'
  | 'databaseUrl'
  | 'databaseSchema'
  | 'databaseReadUrl'
  | 'replicaMaxLagMs'
  | 'seed'
  | 'statementTimeoutMs'
  | 'connectTimeoutMs'
  | 'snapshotDir'
>;

/** The seed options `openDatabase` applies, or `null` when it writes no demo data. */
function seedOptionsOf(options: Pick<ServerOptions, 'databaseUrl' | 'seed'>): SeedOptions | null {
  if (options.seed === false) return null;
  if (options.seed !== undefined) return options.seed;
  return options.databaseUrl ? null : {};
}

/**
 * Opens the database `options` ask for, migrated (once, whatever the number of processes
 * starting together: see `migrate`) and, when asked, seeded (see {@link ServerOptions.seed}).
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const timeout =
    options.statementTimeoutMs === undefined
      ? {}
      : { statementTimeoutMs: options.statementTimeoutMs };
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const snapshotDir = options.snapshotDir ?? process.env.PORTAL_SNAPSHOT_DIR;
  // Read once: they name the snapshot and they are what `migrate` applies.
  const migrations = await loadMigrations();
  const seed = seedOptionsOf(options);
  const snapshot =
    !options.databaseUrl && dataDir === 'memory' && snapshotDir && seed
      ? join(snapshotDir, `${snapshotKey(migrations, seed)}.tar`)
      : undefined;
  const saved = snapshot ? await readFile(snapshot).catch(() => undefined) : undefined;
  const schema = options.databaseSchema ? { schema: options.databaseSchema } : {};
  const primary = options.databaseUrl
    ? createPostgresDatabase({
        connectionString: options.databaseUrl,
        ...schema,
        ...timeout,
        connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      })
    : await createPgliteDatabase({
        dataDir,
        ...(saved ? { loadDataDir: new Blob([saved]) } : {}),
        ...timeout,
      });
  if (options.databaseReadUrl && !options.databaseUrl) {
    await primary.close();
    throw new TypeError('a read replica (databaseReadUrl) needs a primary (databaseUrl)');
  }
  const db = options.databaseReadUrl
    ? createReplicatedDatabase({
        primary,
        replica: createPostgresDatabase({
          connectionString: options.databaseReadUrl,
          ...schema,
          ...timeout,
          connectTimeoutMs: REPLICA_CONNECT_TIMEOUT_MS,
        }),
        ...(options.replicaMaxLagMs === undefined ? {} : { maxLagMs: options.replicaMaxLagMs }),
      })
    : primary;
  try {
    await migrate(db, migrations);
    const { seeded } = seed ? await seedDatabase(db, seed) : { seeded: false };
    if (snapshot && seeded) {
      // Written under another name, then renamed: a concurrent start reads a whole dump or none.
      const partial = `${snapshot}.${process.pid}.partial`;
      await writeFile(partial, Buffer.from(await (await dumpPglite(db)).arrayBuffer()));
      await rename(partial, snapshot);
    }
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

/** Names a snapshot by what made it: the migrations and the seed options. */
function snapshotKey(migrations: readonly Migration[], seed: SeedOptions): string {
  return createHash('sha256')
    .update(JSON.stringify({ migrations: migrations.map((m) => [m.version, m.sql]), seed }))
    .digest('hex')
    .slice(0, 24);
}

function urlOf(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** Starts the server; resolves once it listens. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const db = await openDatabase(options);
  const app = await createApp({
    db,
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.staticDirs ? { staticDirs: options.staticDirs } : {}),
    ...(options.renderedPages ? { renderedPages: options.renderedPages } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.identicalMessageMax !== undefined
      ? { identicalMessageMax: options.identicalMessageMax }
      : {}),
    ...(options.messageRateLimit !== undefined
      ? { messageRateLimit: options.messageRateLimit }
      : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    ...(options.responseCache !== undefined ? { responseCache: options.responseCache } : {}),
    ...(options.requestTimeoutMs !== undefined
      ? { requestTimeoutMs: options.requestTimeoutMs }
      : {}),
    ...(options.onCspReport ? { onCspReport: options.onCspReport } : {}),
    logger: options.logger ?? false,
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port ?? 0, host });
  } catch (error) {
    await app.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  let closing: Promise<void> | null = null;
  return {
    url: urlOf(host, port),
    app,
    db,
    close() {
      closing ??= (async () => {
        try {
          await app.close();
        } finally {
          await db.close().catch(() => undefined);
        }
      })();
      return closing;
    },
  };
}
