/**
 * An acknowledged message survives the server being killed: the real `portal-server` runs as a
 * child process, takes messages, is killed with SIGKILL right after the last `201`, restarts on
 * the same data, and still has every message (and every Idempotency-Key) — on PGlite (a data
 * directory) and on PostgreSQL (a database of its own).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageReceipt, MessageView } from '@portal-kit/sdk';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_CASES, TEST_DATABASE_URL } from './support/engines.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const cleanup of cleanups) await cleanup();
});

/** Starts the CLI from source; resolves with the URL it prints. */
function startCli(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/cli.ts'], {
    cwd: packageDir,
    env: { ...process.env, PORT: '0', SEED_DOCUMENTS: '0', MESSAGE_RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code, signal) =>
      reject(new Error(`exited (${code ?? signal}): ${output}`)),
    );
  });
}

/** SIGKILL: no shutdown hook, no close, no flush runs. */
async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

async function submit(url: string, key: string, subject: string): Promise<MessageReceipt> {
  const response = await fetch(`${url}/api/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ site: 'main', kind: 'complaint', subject, body: `${subject}\n正文` }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as MessageReceipt;
}

/** Where each engine keeps its data: a fresh PGlite directory, or a fresh database. */
async function storage(engine: string): Promise<Record<string, string>> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'portal-durability-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    return { DATA_DIR: dataDir };
  }
  const name = `portal_test_durability_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.href };
}

describe.each(ENGINE_CASES)('SIGKILL after the 201 %s', (_title, engine) => {
  it.skipIf(engine.skipReason !== null)(
    'keeps every acknowledged message and key across a kill and restart',
    async () => {
      const env = await storage(engine.name);
      const first = await startCli(env);
      const sent: { key: string; subject: string; receipt: MessageReceipt }[] = [];
      for (let i = 0; i < 5; i += 1) {
        const key = `durability-${process.pid}-${i}`;
        const subject = `第${i}条留言 <b>${i}</b>`;
        sent.push({ key, subject, receipt: await submit(first.url, key, subject) });
      }
      // Killed the instant the last 201 arrived.
      await kill(first.child);

      const second = await startCli(env);
      for (const { key, subject, receipt } of sent) {
        const response = await fetch(`${second.url}/api/v1/messages/${receipt.trackingNumber}`, {
          headers: { authorization: `AccessCode ${receipt.accessCode}` },
        });
        expect(response.status).toBe(200);
        const view = (await response.json()) as MessageView;
        expect(view).toMatchObject({ subject, receivedAt: receipt.receivedAt, status: 'received' });
        // The key is remembered too: sending again answers the first receipt.
        expect(await submit(second.url, key, subject)).toEqual(receipt);
      }
      await kill(second.child);
    },
    120_000,
  );
});
