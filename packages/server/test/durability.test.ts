/**
 * An acknowledged message survives the server being killed: the real `portal-server` runs as a
 * child process, takes messages, is killed with SIGKILL right after the last `201`, restarts on
 * the same data, and still has every message (and every Idempotency-Key) — on PGlite (a data
 * directory) and on PostgreSQL (a database of its own).
 */
import type { MessageReceipt, MessageView } from '@portal-kit/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_CASES, TEST_DATABASE_URL } from './support/engines.js';
import { freshStorage, startServer, stopServer } from './support/server-process.js';
import type { ServerProcess, ServerStorage } from './support/server-process.js';

const started: ServerProcess[] = [];
const storages: ServerStorage[] = [];

afterAll(async () => {
  for (const server of started) await stopServer(server.child);
  for (const storage of storages) await storage.remove();
});

/** Starts the CLI from source; resolves with the URL it prints. */
async function startCli(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer(env);
  started.push(server);
  return server;
}

/** SIGKILL: no shutdown hook, no close, no flush runs. */
const kill = (child: ServerProcess['child']) => stopServer(child, 'SIGKILL');

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
async function storage(engine: 'pglite' | 'postgres'): Promise<Record<string, string>> {
  const fresh = await freshStorage(
    engine,
    engine === 'pglite' ? 'portal-durability' : `portal_test_durability_${process.pid}`,
    TEST_DATABASE_URL,
  );
  storages.push(fresh);
  return fresh.env;
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
