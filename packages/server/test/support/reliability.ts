/**
 * The messages write path under faults: N clients (the SDK's `messages.submit`) send M messages
 * through a fault-injecting proxy (about 10% of requests cut, before the server or after its
 * answer started), each message 1–3 times with its own Idempotency-Key, some copies at once,
 * retrying until acknowledged — while the real server is killed with SIGKILL once mid-run and
 * started again on the same data. Then it counts what the database holds and reads every
 * acknowledged receipt back with its access code. Used by test/messages-reliability.test.ts
 * (small) and `npm run bench -- messages` (large).
 */
import type { MessageReceipt, MessageSubmission, PortalClient as Client } from '@portal-kit/sdk';
import {
  createClient,
  PortalHttpError,
  PortalNetworkError,
  PortalTimeoutError,
} from '@portal-kit/sdk';
import type { Database } from '../../src/db/database.js';
import { createPgliteDatabase } from '../../src/db/pglite.js';
import { createPostgresDatabase } from '../../src/db/postgres.js';
import { seededRandom, startFaultProxy } from './fault-proxy.js';
import type { FaultProxyStats } from './fault-proxy.js';
import { startServer, stopServer } from './server-process.js';
import type { ServerProcess, ServerStorage } from './server-process.js';

export interface ReliabilityOptions {
  engine: 'pglite' | 'postgres';
  storage: ServerStorage;
  /** Clients sending at the same time. */
  clients: number;
  /** Distinct messages (each with its own key). */
  messages: number;
  /** Seed of the plan (copies, concurrency) and of the proxy's faults. */
  seed: number;
  /** Share of requests the proxy cuts. Default 0.1. */
  dropRate?: number;
}

/** One message of the plan: its key, its body, and how it is sent. */
export interface PlannedMessage {
  key: string;
  body: MessageSubmission;
  /** How many times it is sent (1–3). */
  copies: number;
  /** Copies sent at the same time (else one after the other, each once the previous was acknowledged). */
  concurrent: boolean;
}

export interface ReliabilityResult {
  messages: number;
  /** Requests acknowledged (`201`), one per copy. */
  acknowledged: number;
  /** Sends that failed (network error, 5xx) and were sent again, SDK retries excluded. */
  resends: number;
  /** Milliseconds from the first send to the last acknowledgement. */
  elapsedMs: number;
  proxy: FaultProxyStats;
  /** Messages acknowledged before the kill. */
  acknowledgedBeforeKill: number;
  /** Sends under way (not yet acknowledged) when the server was killed. */
  inFlightAtKill: number;
  /** Milliseconds from the SIGKILL until the restarted server listened. */
  outageMs: number;
  /** Rows in `messages`, distinct tracking numbers, and idempotency records, after the run. */
  rows: number;
  distinctTrackingNumbers: number;
  idempotencyRecords: number;
  /** Keys whose copies got different receipts (a duplicate seen by a client). */
  inconsistentKeys: string[];
  /** Acknowledged tracking numbers missing from the database (lost). */
  lost: string[];
  /** Rows of no acknowledged receipt (stored, never acknowledged to anyone: duplicates). */
  unacknowledgedRows: string[];
  /** Receipts whose `GET` with the access code did not answer the message. */
  unreadable: string[];
  /** The acknowledged receipts, one per message (for the benchmark's baseline). */
  receipts: { planned: PlannedMessage; receipt: MessageReceipt }[];
}

const KINDS = ['consultation', 'suggestion', 'complaint'] as const;

/** The messages to send, from `seed`: every one a different body under its own key. */
export function planMessages(count: number, seed: number): PlannedMessage[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const copies = 1 + Math.floor(random() * 3);
    return {
      key: `reliability-${seed}-${i}-${process.pid}`,
      body: {
        site: 'main',
        kind: KINDS[i % KINDS.length]!,
        subject: `可靠性测试第${i}条 <i>${seed}</i>`,
        body: `第${i}条留言的正文。\nMessage ${i} of ${count}, seed ${seed}: “quoted” & <b>bold</b>.`,
        ...(i % 4 === 0 ? { name: `测试用户${i}`, email: `user${i}@example.org` } : {}),
        publish: i % 2 === 0,
      },
      copies,
      concurrent: copies > 1 && random() < 0.5,
    };
  });
}

const transient = (error: unknown) =>
  error instanceof PortalNetworkError ||
  error instanceof PortalTimeoutError ||
  (error instanceof PortalHttpError && (error.status >= 500 || error.status === 429));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the server's storage through the Database seam (PGlite: only once the server stopped). */
export function openStorage(engine: 'pglite' | 'postgres', location: string): Promise<Database> {
  return engine === 'pglite'
    ? createPgliteDatabase({ dataDir: location })
    : Promise.resolve(createPostgresDatabase({ connectionString: location }));
}

/** Runs the whole scenario and reports what the database holds afterwards. */
export async function runReliability(options: ReliabilityOptions): Promise<ReliabilityResult> {
  const { engine, storage } = options;
  const plan = planMessages(options.messages, options.seed);
  let server: ServerProcess = await startServer(storage.env);
  const proxy = await startFaultProxy({
    target: server.port,
    seed: options.seed + 1,
    ...(options.dropRate === undefined ? {} : { dropRate: options.dropRate }),
  });
  const clients: Client[] = Array.from({ length: options.clients }, () =>
    createClient({ baseUrl: proxy.url, retries: 2, retryDelayMs: 10, timeoutMs: 10_000 }),
  );
  const receipts = new Map<string, MessageReceipt[]>();
  let acknowledged = 0;
  let resends = 0;
  let acknowledgedBeforeKill = -1;
  let outageMs = 0;
  let inFlight = 0;
  let inFlightAtKill = -1;
  const killAt = Math.max(1, Math.floor(options.messages / 3));
  let restarting: Promise<void> | null = null;

  /** SIGKILL, then the same data again; clients keep sending meanwhile (and fail). */
  const killAndRestart = async () => {
    const killed = server;
    inFlightAtKill = inFlight;
    proxy.setTarget(null);
    const killedAt = performance.now();
    await stopServer(killed.child, 'SIGKILL');
    server = await startServer(storage.env);
    proxy.setTarget(server.port);
    outageMs = performance.now() - killedAt;
  };

  /** Sends one copy until the server acknowledges it, counted in flight meanwhile. */
  async function sendUntilAcknowledged(client: Client, message: PlannedMessage) {
    const deadline = Date.now() + 120_000;
    inFlight += 1;
    try {
      await retryUntilAcknowledged(client, message, deadline);
    } finally {
      inFlight -= 1;
    }
  }

  async function retryUntilAcknowledged(client: Client, message: PlannedMessage, deadline: number) {
    for (;;) {
      try {
        const receipt = await client.messages.submit(message.body, {
          idempotencyKey: message.key,
        });
        acknowledged += 1;
        const list = receipts.get(message.key) ?? [];
        list.push(receipt);
        receipts.set(message.key, list);
        return;
      } catch (error) {
        if (!transient(error) || Date.now() > deadline) throw error;
        resends += 1;
        await sleep(50);
      }
    }
  }

  const started = performance.now();
  let next = 0;
  let done = 0;
  await Promise.all(
    clients.map(async (client) => {
      for (let i = next++; i < plan.length; i = next++) {
        const message = plan[i]!;
        const copies = Array.from({ length: message.copies }, () => message);
        if (message.concurrent) {
          await Promise.all(copies.map((copy) => sendUntilAcknowledged(client, copy)));
        } else {
          for (const copy of copies) await sendUntilAcknowledged(client, copy);
        }
        done += 1;
        if (done === killAt && restarting === null) {
          acknowledgedBeforeKill = done;
          restarting = killAndRestart();
        }
      }
    }),
  );
  await restarting;
  const elapsedMs = performance.now() - started;
  await proxy.close();

  // Every receipt read back with its access code, straight from the server (no proxy).
  const direct = createClient({ baseUrl: server.url, retries: 0 });
  const unreadable: string[] = [];
  const inconsistentKeys: string[] = [];
  const finalReceipts: ReliabilityResult['receipts'] = [];
  for (const message of plan) {
    const [first, ...others] = receipts.get(message.key) ?? [];
    if (!first || others.some((other) => JSON.stringify(other) !== JSON.stringify(first))) {
      inconsistentKeys.push(message.key);
    }
    if (!first) continue;
    finalReceipts.push({ planned: message, receipt: first });
    const view = await direct.messages
      .status(first.trackingNumber, first.accessCode)
      .catch(() => null);
    if (view?.subject !== message.body.subject || view.receivedAt !== first.receivedAt) {
      unreadable.push(first.trackingNumber);
    }
  }
  await stopServer(server.child, 'SIGTERM');

  const db = await openStorage(engine, storage.location);
  try {
    const rows = await db.query<{ tracking_number: string }>(
      'SELECT tracking_number FROM messages',
    );
    const [{ count: idempotencyRecords = 0 } = {}] = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM message_idempotency',
    );
    const stored = new Set(rows.map((row) => row.tracking_number));
    const acked = new Set(finalReceipts.map(({ receipt }) => receipt.trackingNumber));
    return {
      messages: plan.length,
      acknowledged,
      resends,
      elapsedMs,
      proxy: { ...proxy.stats },
      acknowledgedBeforeKill,
      inFlightAtKill,
      outageMs,
      rows: rows.length,
      distinctTrackingNumbers: stored.size,
      idempotencyRecords,
      inconsistentKeys,
      lost: [...acked].filter((number) => !stored.has(number)),
      unacknowledgedRows: [...stored].filter((number) => !acked.has(number)),
      unreadable,
      receipts: finalReceipts,
    };
  } finally {
    await db.close();
  }
}
