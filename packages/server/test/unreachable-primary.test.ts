/**
 * A PostgreSQL primary that accepts connections and never answers (a hung server, a firewall
 * that swallows packets past the handshake): a connection waits at most the connect timeout
 * (`connectTimeoutMs`, `DATABASE_CONNECT_TIMEOUT_MS`). The server then fails to start with a
 * message, and a request answers 503 problem details with `Retry-After` — nothing waits forever.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { openDatabase } from '../src/server.js';
import { call } from './support/http.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
let silent: Server;
const sockets = new Set<Socket>();
let url = '';

beforeAll(async () => {
  // Accepts every connection, reads what the client sends, never writes a byte.
  silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.resume();
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as AddressInfo;
  url = `postgres://portal@127.0.0.1:${port}/portal`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('a primary that never answers', () => {
  it('fails the start (its migrations) after the connect timeout, naming it', async () => {
    await expect(
      openDatabase({ databaseUrl: url, connectTimeoutMs: 300, seed: false }),
    ).rejects.toThrow(/timeout/);
  });

  describe('a request', () => {
    let db: Database;
    let app: FastifyInstance;
    let base = '';

    beforeAll(async () => {
      db = createPostgresDatabase({ connectionString: url, connectTimeoutMs: 300 });
      app = await createApp({ db });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address() as AddressInfo;
      base = `http://127.0.0.1:${address.port}`;
    });
    afterAll(async () => {
      await app?.close();
      await db?.close().catch(() => undefined);
    });

    it('answers 503 problem details with Retry-After, not a 500 or a hang', async () => {
      const answer = await call(base, '/api/v1/news?limit=1');
      expect(answer.status).toBe(503);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(answer.body).toMatchObject({
        status: 503,
        detail: 'The database cannot be reached; try again later.',
      });
    });
  });

  it('portal-server exits 1 with the reason (DATABASE_CONNECT_TIMEOUT_MS)', async () => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'src/cli.ts'],
      {
        cwd: packageDir,
        env: { ...process.env, PORT: '0', DATABASE_URL: url, DATABASE_CONNECT_TIMEOUT_MS: '300' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/timeout exceeded when trying to connect|connection timeout/);
  });
});
