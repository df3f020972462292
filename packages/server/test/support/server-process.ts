/**
 * The real `portal-server` CLI as a child process (from source, through tsx), on storage of its
 * own that outlives it: a PGlite data directory or a PostgreSQL database. For the tests (and
 * benchmarks) that kill the server and start it again on the same data.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** What it printed so far (standard output and error). */
  output(): string;
}

/**
 * Starts the CLI from source on an ephemeral port, seeded without documents, with no message rate
 * limit; resolves with the URL it prints, rejects if it exits first.
 */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/cli.ts'], {
    cwd: packageDir,
    env: {
      ...process.env,
      PORT: '0',
      SEED: '1',
      SEED_DOCUMENTS: '0',
      MESSAGE_RATE_LIMIT_MAX: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) {
        resolve({
          child,
          url: match[1],
          port: Number(new URL(match[1]).port),
          output: () => output,
        });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code, signal) =>
      reject(new Error(`exited (${code ?? signal}): ${output}`)),
    );
  });
}

/** Ends `child` with `signal` (SIGKILL: no shutdown hook, no close, no flush runs). */
export async function stopServer(
  child: ChildProcess,
  signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** Where a server keeps its data, and how to remove it. */
export interface ServerStorage {
  /** `DATA_DIR` (PGlite) or `DATABASE_URL` (PostgreSQL). */
  env: Record<string, string>;
  /** The PGlite data directory, or the PostgreSQL database's URL. */
  location: string;
  remove(): Promise<void>;
}

/**
 * Fresh storage for `engine`: a new PGlite directory, or a new database named `name` on the
 * PostgreSQL server at `postgresUrl`.
 */
export async function freshStorage(
  engine: 'pglite' | 'postgres',
  name: string,
  postgresUrl: string,
): Promise<ServerStorage> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), `${name}-`));
    return {
      env: { DATA_DIR: dataDir },
      location: dataDir,
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.href },
    location: url.href,
    remove: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
