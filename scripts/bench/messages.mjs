// Messages under faults: N clients send M messages (each 1–3 times with its Idempotency-Key, some
// copies at once) through a proxy that cuts about 10% of the requests before the server or after
// its answer started, while the real server is killed with SIGKILL and restarted once mid-run;
// on PGlite and on PostgreSQL (a throwaway cluster; skipped with a note when PostgreSQL cannot be
// started). Prints acknowledged messages per second beside a plain-INSERT baseline (the same rows
// through the Database seam: no HTTP, no idempotency) measured in the same run, and the check:
// M rows, M distinct tracking numbers, every receipt readable — 0 lost, 0 duplicated. One process
// per engine (messages-run.ts, on the sources through tsx). The scenario is the one
// packages/server/test/messages-reliability.test.ts runs small (support/reliability.ts).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '../lib/setup.mjs';

const CLIENTS = 16;
const MESSAGES = 1000;
const worker = fileURLToPath(new URL('messages-run.ts', import.meta.url));

/** Runs one engine; resolves with its JSON result. */
function measure(engine, url = '') {
  const args = [
    '--conditions=source',
    '--import',
    'tsx',
    worker,
    engine,
    String(CLIENTS),
    String(MESSAGES),
    url,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line));
      else reject(new Error(`messages-run ${engine} exited with ${code}`));
    });
  });
}

const rate = (value) => value.toFixed(1).padStart(8);

/** Prints one engine's result; returns whether nothing was lost or duplicated. */
function print(r) {
  const name = r.engine === 'pglite' ? 'PGlite (a data directory)' : 'PostgreSQL';
  const lost = r.lost.length + r.unreadable.length;
  const duplicated =
    r.rows - r.distinctTrackingNumbers + r.unacknowledgedRows.length + r.inconsistentKeys.length;
  const ok =
    r.rows === r.messages && r.distinctTrackingNumbers === r.messages && !lost && !duplicated;
  const seconds = r.elapsedMs / 1000;
  const outage = r.outageMs / 1000;
  console.log(`\n${name}: ${r.clients} clients, ${r.messages.toLocaleString('en')} messages`);
  console.log(
    `  sent ${r.acknowledged.toLocaleString('en')} times (1–3 each); proxy cut ${r.proxy.droppedBefore} before ` +
      `and ${r.proxy.droppedAfter} after the response started (of ${r.proxy.passed + r.proxy.droppedBefore + r.proxy.droppedAfter} requests); ` +
      `SIGKILL after ${r.acknowledgedBeforeKill} messages, down ${outage.toFixed(1)} s ` +
      `(${r.proxy.refused} connections refused); ${r.resends} resends by the clients`,
  );
  console.log(`  ${'messages per second'.padEnd(58)} ${'per s'.padStart(8)}`);
  console.log(
    `  ${'submit through the proxy, whole run (with the restart)'.padEnd(58)} ${rate(r.messages / seconds)}`,
  );
  console.log(
    `  ${'submit through the proxy, server up (run minus outage)'.padEnd(58)} ${rate(r.messages / Math.max(0.001, seconds - outage))}`,
  );
  console.log(
    `  ${'baseline: plain INSERT through the Database seam'.padEnd(58)} ${rate(r.plainPerSecond)}`,
  );
  console.log(
    `  result: ${r.rows} rows, ${r.distinctTrackingNumbers} distinct tracking numbers, ` +
      `${r.messages - r.unreadable.length} receipts readable — ${lost} lost, ${duplicated} duplicated: ${ok ? 'ok' : 'FAILED'}`,
  );
  return ok;
}

export async function benchMessages() {
  console.log(
    '\nMessages: submit under faults (a proxy cutting ~10% of requests, one SIGKILL mid-run)',
  );
  let ok = print(await measure('pglite'));
  let postgres;
  try {
    postgres = await startPostgres();
  } catch (error) {
    console.log(`\nPostgreSQL skipped: ${error instanceof Error ? error.message : error}`);
  }
  if (postgres) {
    try {
      ok = print(await measure('postgres', postgres.url)) && ok;
    } finally {
      await postgres.stop();
    }
  }
  if (!ok) process.exitCode = 1;
}
