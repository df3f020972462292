// Throughput of the production topology (scripts/lib/topology.mjs: nginx cache → two server
// processes → PostgreSQL primary + streaming replica): a mix of GETs through nginx, through the
// two servers directly (round robin) and through one server process alone, measured in the same
// run with the same load generator (keep-alive fetch, fixed concurrency) in alternating rounds.
import { startTopology } from '../lib/topology.mjs';

const DURATION_MS = 6000;
const ROUNDS = 6;
const CONCURRENCY = 32;
/** The mix: what a portal's pages ask for most (lists, the site registry, one site). */
const MIX = [
  '/api/v1/news?limit=20',
  '/api/v1/news?column=updates&lang=zh-CN&limit=20',
  '/api/v1/news?site=guangdong,wms&limit=20',
  '/api/v1/sites',
  '/api/v1/sites/wms',
  '/api/v1/messages?site=wms',
];

/** Requests answered by `bases` (taken in turn) for the mix, under CONCURRENCY loops for `ms`. */
async function burst(bases, ms, latencies) {
  let done = 0;
  let failed = 0;
  let next = 0;
  const end = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < end) {
      const i = next++;
      const url = bases[i % bases.length] + MIX[i % MIX.length];
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      if (response.status === 200) done++;
      else failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  return { done, failed, seconds: (performance.now() - started) / 1000 };
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : 0;

/** Prints requests/s, p50 and p99 through nginx, through both servers, through one. */
export async function benchTopology() {
  console.log('\n› Starting the topology (PostgreSQL primary + replica, two servers, nginx)…');
  const topology = await startTopology({ seed: ['--seed'], maxLagMs: 10_000 });
  try {
    const [one, two] = topology.servers.map((server) => server.url);
    const setups = [
      ['nginx (cache) → 2 servers', [topology.nginx.url]],
      ['2 servers, no nginx', [one, two]],
      ['1 server process', [one]],
    ];
    const totals = setups.map(() => ({ done: 0, failed: 0, seconds: 0, latencies: [] }));
    for (const [, bases] of setups) await burst(bases, 300, []); // warm pools and caches
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [, bases]] of setups.entries()) {
        const result = await burst(bases, DURATION_MS / ROUNDS, totals[i].latencies);
        totals[i].done += result.done;
        totals[i].failed += result.failed;
        totals[i].seconds += result.seconds;
      }
    }
    console.log(
      `\nTopology throughput (loopback, ${CONCURRENCY} concurrent keep-alive clients, a mix of ${MIX.length} GETs,` +
        ` ${DURATION_MS / 1000} s each in ${ROUNDS} alternating rounds; servers read from the replica)`,
    );
    console.log(
      `${'through'.padEnd(28)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'vs 1'.padStart(6)} ${'errors'.padStart(7)}`,
    );
    const single = totals[2].done / totals[2].seconds;
    for (const [i, [name]] of setups.entries()) {
      const t = totals[i];
      const sorted = t.latencies.sort((a, b) => a - b);
      const rps = t.done / t.seconds;
      console.log(
        `${name.padEnd(28)} ${rps.toFixed(0).padStart(8)} ${percentile(sorted, 50).toFixed(1).padStart(8)} ${percentile(sorted, 99).toFixed(1).padStart(8)} ${`${(rps / single).toFixed(2)}×`.padStart(6)} ${String(t.failed).padStart(7)}`,
      );
    }
  } finally {
    await topology.stop();
  }
}
