#!/usr/bin/env node
/**
 * `portal-server`: runs the reference server. Configuration from the environment:
 * PORT (default 4173), HOST (default 127.0.0.1), DATA_DIR (PGlite directory or `memory`;
 * default ./.data/pglite), DATABASE_URL (use PostgreSQL instead), CORS_ORIGINS (comma-separated
 * origins, `*` for all), LOG (`1` to log requests).
 */
import { DEFAULT_DATA_DIR, startServer } from './server.js';

const DEFAULT_PORT = 4173;

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(value)}`);
  }
  return port;
}

async function main(): Promise<void> {
  const env = process.env;
  const server = await startServer({
    port: portFrom(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || DEFAULT_DATA_DIR,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    logger: env.LOG === '1',
  });
  const engine =
    server.db.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${env.DATA_DIR || DEFAULT_DATA_DIR})`;
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
