/**
 * The `portal-server` command: configured by the environment, prints its URL, keeps its data
 * in a persistent PGlite directory across restarts (seeding only once), stops on SIGTERM.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from './support/http.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'portal-cli-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the CLI from source; resolves with the URL it prints. */
function startCli(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/cli.ts'], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('portal-server CLI', () => {
  it('serves from a persistent directory, stops on SIGTERM, and restarts with the same data', async () => {
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CORS_ORIGINS: 'https://a.example',
      // The news are what it reads back; the documents corpus would only slow the first seed.
      SEED_DOCUMENTS: '0',
    };
    const first = await startCli(env);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await call(first.url, '/healthz');
    expect(health.body).toEqual({ status: 'ok', database: 'pglite' });
    const cors = await call(first.url, '/api/v1/sites?kind=main', {
      headers: { origin: 'https://a.example' },
    });
    expect(cors.headers.get('access-control-allow-origin')).toBe('https://a.example');
    const page = await call(first.url, '/api/v1/news?limit=5');
    const exited = exitOf(first.child);
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);

    // Restarted with a rate limit, behind a trusted proxy.
    const second = await startCli({ ...env, RATE_LIMIT_MAX: '3', TRUST_PROXY: 'true' });
    const again = await call(second.url, '/api/v1/news?limit=5');
    expect(again.text).toBe(page.text);
    const asClient = (ip: string) =>
      call(second.url, '/healthz', { headers: { 'x-forwarded-for': ip } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await asClient('192.0.2.7')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await asClient('192.0.2.8')).status).toBe(200);
    const stopped = exitOf(second.child);
    second.child.kill('SIGINT');
    expect(await stopped).toBe(0);
  }, 90_000);

  it('refuses a bad PORT with a message and a failing exit code', async () => {
    const started = startCli({ PORT: 'eighty', DATA_DIR: 'memory' });
    await expect(started).rejects.toThrow(/exited with 1: PORT must be an integer/);
  });

  it.each([
    ['RATE_LIMIT_MAX', '0'],
    ['STATEMENT_TIMEOUT_MS', '-5'],
    ['REQUEST_TIMEOUT_MS', '1e3'],
    ['DATABASE_CONNECT_TIMEOUT_MS', '-1'],
  ])('refuses %s=%s with a message', async (name, value) => {
    const started = startCli({ [name]: value, DATA_DIR: 'memory' });
    await expect(started).rejects.toThrow(
      new RegExp(`exited with 1: ${name} must be a whole number`),
    );
  });
});
