#!/usr/bin/env node
/**
 * `portal-server`: runs the reference server (from the repository: `npm run portal`).
 * `portal-server staff create|list|revoke …` manages the staff tokens instead (see
 * `./cli-staff.ts`; `npm run portal -- staff create --site wms`). Configuration from the environment:
 * PORT (default 4173), HOST (default 127.0.0.1), DATA_DIR (PGlite directory or `memory`;
 * default ./.data/pglite), DATABASE_URL (use PostgreSQL instead), DATABASE_READ_URL (a streaming
 * replica of DATABASE_URL that GET requests read from while it keeps up) and
 * DATABASE_READ_MAX_LAG_MS (most replication lag before reads go to the primary; default
 * 10000), CORS_ORIGINS (comma-separated origins, `*` for all), LOG (`1` to log requests),
 * STATEMENT_TIMEOUT_MS (default 5000, `0` none), DATABASE_CONNECT_TIMEOUT_MS (longest wait for a
 * connection to DATABASE_URL; default 10000, `0` none), RATE_LIMIT_MAX (requests per client and
 * window; default none) and RATE_LIMIT_WINDOW_MS (default 60000), MESSAGE_RATE_LIMIT_MAX
 * (messages per client and window, `0` for no limit; default 30) and
 * MESSAGE_RATE_LIMIT_WINDOW_MS (default 600000), MESSAGE_IDENTICAL_MAX (how many times the same
 * text — site, subject and body — may be stored in 24 hours from any clients before a 429; `0`
 * for no limit; default 3), TRUST_PROXY (`true`, or comma-separated proxy addresses/CIDRs),
 * RESPONSE_CACHE (`0` turns the response cache off), REQUEST_TIMEOUT_MS (default 30000).
 *
 * Demo data: `--seed` (or SEED=1) seeds an empty database with the reference data set.
 * PostgreSQL (DATABASE_URL) is never seeded without it — a production database only gets the
 * migrations; the embedded PGlite database is seeded by default (it is the demo's). `--documents
 * N` (or SEED_DOCUMENTS) sets how many documents the seed makes (e.g. 100000 for benchmarks).
 * Migrations run once even when several processes start together (an advisory lock).
 */
import { runStaffCli } from './cli-staff.js';
import type { SeedOptions } from './seed/seed.js';
import { DEFAULT_DATA_DIR, startServer } from './server.js';

const DEFAULT_PORT = 4173;

const USAGE = `Usage: portal-server [--seed] [--documents N]   run the Portal API server
       portal-server staff create|list|revoke …        manage the staff tokens

--seed (SEED=1) writes the demo data into an empty database; PostgreSQL (DATABASE_URL) gets it
only when asked, the embedded PGlite database by default. --documents N (SEED_DOCUMENTS) sizes it.

Configuration from the environment: PORT (4173), HOST (127.0.0.1), DATA_DIR (PGlite directory
or "memory"; ./.data/pglite), DATABASE_URL (PostgreSQL instead), DATABASE_READ_URL (a streaming
replica for reads), DATABASE_READ_MAX_LAG_MS (10000), DATABASE_CONNECT_TIMEOUT_MS (10000),
CORS_ORIGINS, LOG, STATEMENT_TIMEOUT_MS, REQUEST_TIMEOUT_MS, RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS,
MESSAGE_RATE_LIMIT_MAX, MESSAGE_RATE_LIMIT_WINDOW_MS, MESSAGE_IDENTICAL_MAX, TRUST_PROXY, RESPONSE_CACHE, SEED,
SEED_DOCUMENTS. See the README of @portal-kit/server.
`;

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(value)}`);
  }
  return port;
}

/** A whole number ≥ `min` from the variable `name`, or `undefined` when it is not set. */
function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) {
    throw new RangeError(`${name} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
  }
  return number;
}

/** TRUST_PROXY: `true`/`false`, or the comma-separated addresses or CIDRs of the proxies. */
function trustProxyFrom(value: string | undefined): boolean | string[] {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The value of `--name N` or `--name=N` among the arguments, or `undefined`. */
function flag(args: readonly string[], name: string): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === `--${name}`) {
      const value = args[i + 1];
      if (value === undefined) throw new RangeError(`--${name} needs a value`);
      return value;
    }
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/** Whether demo data is asked for (`--seed`, SEED=1) and how much (`--documents`). */
function seedFrom(args: readonly string[], env: NodeJS.ProcessEnv): SeedOptions | undefined {
  const documents = wholeNumber('--documents', flag(args, 'documents') ?? env.SEED_DOCUMENTS, 0);
  const asked = args.includes('--seed') || env.SEED === '1';
  if (asked) return documents === undefined ? {} : { documents };
  if (env.DATABASE_URL && documents !== undefined) {
    throw new RangeError(
      '--documents (SEED_DOCUMENTS) sizes the demo data: add --seed to write demo data into DATABASE_URL',
    );
  }
  // The embedded database (the demo's) is seeded by default; PostgreSQL only when asked.
  return documents === undefined ? undefined : { documents };
}

async function main(): Promise<void> {
  const env = process.env;
  if (process.argv[2] === 'staff') {
    process.exitCode = await runStaffCli(process.argv.slice(3), env);
    return;
  }
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const seed = seedFrom(process.argv.slice(2), env);
  const maxLagMs = wholeNumber('DATABASE_READ_MAX_LAG_MS', env.DATABASE_READ_MAX_LAG_MS, 1);
  const statementTimeoutMs = wholeNumber('STATEMENT_TIMEOUT_MS', env.STATEMENT_TIMEOUT_MS, 0);
  const connectTimeoutMs = wholeNumber(
    'DATABASE_CONNECT_TIMEOUT_MS',
    env.DATABASE_CONNECT_TIMEOUT_MS,
    0,
  );
  const requestTimeoutMs = wholeNumber('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 0);
  const rateLimitMax = wholeNumber('RATE_LIMIT_MAX', env.RATE_LIMIT_MAX, 1);
  const rateLimitWindowMs = wholeNumber('RATE_LIMIT_WINDOW_MS', env.RATE_LIMIT_WINDOW_MS, 1);
  const messageMax = wholeNumber('MESSAGE_RATE_LIMIT_MAX', env.MESSAGE_RATE_LIMIT_MAX, 0);
  const messageWindowMs = wholeNumber(
    'MESSAGE_RATE_LIMIT_WINDOW_MS',
    env.MESSAGE_RATE_LIMIT_WINDOW_MS,
    1,
  );
  const identicalMax = wholeNumber('MESSAGE_IDENTICAL_MAX', env.MESSAGE_IDENTICAL_MAX, 0);
  const server = await startServer({
    port: portFrom(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || DEFAULT_DATA_DIR,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.DATABASE_READ_URL ? { databaseReadUrl: env.DATABASE_READ_URL } : {}),
    ...(maxLagMs !== undefined ? { replicaMaxLagMs: maxLagMs } : {}),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    logger: env.LOG === '1',
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    ...(statementTimeoutMs !== undefined ? { statementTimeoutMs } : {}),
    ...(connectTimeoutMs !== undefined ? { connectTimeoutMs } : {}),
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
    ...(rateLimitMax !== undefined
      ? {
          rateLimit: {
            max: rateLimitMax,
            ...(rateLimitWindowMs ? { windowMs: rateLimitWindowMs } : {}),
          },
        }
      : {}),
    ...(messageMax === 0 ? { messageRateLimit: false as const } : {}),
    ...(messageMax
      ? { messageRateLimit: { max: messageMax, windowMs: messageWindowMs ?? 600_000 } }
      : {}),
    ...(identicalMax !== undefined ? { identicalMessageMax: identicalMax } : {}),
    ...(env.RESPONSE_CACHE === '0' ? { responseCache: false as const } : {}),
    ...(seed ? { seed } : {}),
  });
  const [content] = await server.db.query<{ present: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM sites) AS present',
  );
  if (!content?.present) {
    process.stdout.write('The database has no content; run with --seed for demo data.\n');
  }
  const engine =
    server.db.kind === 'postgres'
      ? `PostgreSQL${env.DATABASE_READ_URL ? ' (reads from a replica)' : ''}`
      : `PGlite (${env.DATA_DIR || DEFAULT_DATA_DIR})`;
  process.stdout.write(`Portal API listening on ${server.url} — database: ${engine}\n`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: shutting down\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
