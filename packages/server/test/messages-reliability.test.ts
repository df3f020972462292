/**
 * Never lose a message, never store one twice — under faults: 4 clients send 40 messages (each
 * 1–3 times with its key, some copies at once) through a proxy that cuts about 10% of the
 * requests before the server or after its answer started, while the real server is killed
 * with SIGKILL once mid-run and restarted on the same data. Afterwards the database holds
 * exactly the 40 messages, each under a distinct tracking number, each readable with its
 * access code — on PGlite (a data directory) and on PostgreSQL (a database of its own).
 * `npm run bench -- messages` runs the same scenario larger (support/reliability.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_CASES, TEST_DATABASE_URL } from './support/engines.js';
import { runReliability } from './support/reliability.js';
import { freshStorage } from './support/server-process.js';
import type { ServerStorage } from './support/server-process.js';

const CLIENTS = 4;
const MESSAGES = 40;
const SEED = 20261201;
const storages: ServerStorage[] = [];

afterAll(async () => {
  for (const storage of storages) await storage.remove();
});

/** The engines; PGlite here keeps a data directory (it must outlive the killed server). */
const CASES = ENGINE_CASES.map(
  ([title, engine]) =>
    [engine.name === 'pglite' ? 'on PGlite (a data directory)' : title, engine] as const,
);

describe.each(CASES)('messages under faults and a SIGKILL %s', (_title, engine) => {
  it.skipIf(engine.skipReason !== null)(
    `${MESSAGES} messages from ${CLIENTS} clients: 0 lost, 0 duplicated`,
    async () => {
      const storage = await freshStorage(
        engine.name,
        `portal_test_reliability_${process.pid}`,
        TEST_DATABASE_URL,
      );
      storages.push(storage);
      const result = await runReliability({
        engine: engine.name,
        storage,
        clients: CLIENTS,
        messages: MESSAGES,
        seed: SEED,
      });
      // The faults happened: requests cut on both sides, and the kill came mid-run.
      expect(result.proxy.droppedBefore).toBeGreaterThan(0);
      expect(result.proxy.droppedAfter).toBeGreaterThan(0);
      expect(result.acknowledgedBeforeKill).toBeGreaterThan(0);
      expect(result.acknowledgedBeforeKill).toBeLessThan(MESSAGES);
      expect(result.inFlightAtKill).toBeGreaterThan(0);
      expect(result.proxy.refused).toBeGreaterThan(0);
      expect(result.resends).toBeGreaterThan(0);
      // Every copy was acknowledged, every copy of one key with the very same receipt.
      expect(result.acknowledged).toBe(result.receipts.reduce((n, r) => n + r.planned.copies, 0));
      expect(result.inconsistentKeys).toEqual([]);
      // Exactly M messages, M distinct tracking numbers, all acknowledged, all readable.
      expect(result.rows).toBe(MESSAGES);
      expect(result.distinctTrackingNumbers).toBe(MESSAGES);
      expect(result.idempotencyRecords).toBe(MESSAGES);
      expect(result.lost).toEqual([]);
      expect(result.unacknowledgedRows).toEqual([]);
      expect(result.unreadable).toEqual([]);
    },
    120_000,
  );
});
