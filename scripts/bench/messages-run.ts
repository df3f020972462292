/**
 * One run of the messages benchmark (started by messages.mjs, one process per engine): the
 * reliability scenario of test/messages-reliability.test.ts at scale — N clients, M messages
 * each sent 1–3 times with its key through a proxy that cuts about 10% of the requests, the
 * server killed with SIGKILL and restarted once mid-run — then a plain-INSERT baseline in the
 * same run: the same rows inserted straight through the Database seam (no HTTP, no idempotency,
 * no history event), by N workers, one autocommitted INSERT per message, into a fresh database of
 * the same engine. Prints one JSON line.
 *
 *   node --conditions=source --import tsx scripts/bench/messages-run.ts pglite 16 1000
 *   node --conditions=source --import tsx scripts/bench/messages-run.ts postgres 16 1000 <url>
 */
import type { Database } from '../../packages/server/src/db/database.js';
import { migrate } from '../../packages/server/src/db/migrate.js';
import { accessCodeHash } from '../../packages/server/src/messages/secrets.js';
import { seedDatabase } from '../../packages/server/src/seed/seed.js';
import { openStorage, runReliability } from '../../packages/server/test/support/reliability.js';
import type { ReliabilityResult } from '../../packages/server/test/support/reliability.js';
import { freshStorage } from '../../packages/server/test/support/server-process.js';

const [engineArg = 'pglite', clientsText = '16', messagesText = '1000', url = ''] =
  process.argv.slice(2);
const engine = engineArg === 'postgres' ? 'postgres' : 'pglite';
const clients = Number(clientsText);
const messages = Number(messagesText);
const SEED = 20261201;

/** The acknowledged rows again, inserted plainly by `clients` workers; rows per second. */
async function baseline(db: Database, receipts: ReliabilityResult['receipts']): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < receipts.length; i = next++) {
        const { planned, receipt } = receipts[i]!;
        const m = planned.body;
        await db.query(
          `INSERT INTO messages (tracking_number, access_code_hash, site, kind, subject, body,
             name, email, phone, publish, lang, received_at, due_date)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            receipt.trackingNumber,
            accessCodeHash(receipt.trackingNumber, receipt.accessCode),
            m.site,
            m.kind,
            m.subject,
            m.body,
            m.name ?? null,
            m.email ?? null,
            m.phone ?? null,
            m.publish ?? false,
            m.lang ?? null,
            receipt.receivedAt,
            receipt.dueDate,
          ],
        );
      }
    }),
  );
  return receipts.length / ((performance.now() - started) / 1000);
}

const storage = await freshStorage(engine, `bench_messages_${process.pid}`, url);
const baselineStorage = await freshStorage(engine, `bench_messages_plain_${process.pid}`, url);
try {
  const result = await runReliability({ engine, storage, clients, messages, seed: SEED });
  const db = await openStorage(engine, baselineStorage.location);
  let plainPerSecond: number;
  try {
    await migrate(db);
    await seedDatabase(db, { documents: 0 });
    plainPerSecond = await baseline(db, result.receipts);
  } finally {
    await db.close();
  }
  const { receipts, ...rest } = result;
  console.log(
    JSON.stringify({
      engine,
      clients,
      ...rest,
      receiptCount: receipts.length,
      submissionsPerSecond: messages / (result.elapsedMs / 1000),
      requestsPerSecond: result.acknowledged / (result.elapsedMs / 1000),
      plainPerSecond,
    }),
  );
} finally {
  await storage.remove();
  await baselineStorage.remove();
}
