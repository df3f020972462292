// Server throughput: requests per second the reference server answers on loopback (in its own
// process, in-memory database), each beside a bare node:http server sending the same bytes (or
// the same 304), measured in the same run with the same load generator (keep-alive fetch, fixed
// concurrency), in alternating rounds.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DURATION_MS = 3000;
const ROUNDS = 6;
const CONCURRENCY = 16;
/** Target for a GET already answered with unchanged data (304s included), vs node:http. */
const TARGET = 0.8;
const serve = fileURLToPath(new URL('serve.mjs', import.meta.url));

/** Starts `serve.mjs` with `args` and resolves with its URL and a stop function. */
function start(args) {
  const child = spawn(process.execPath, [serve, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('http'));
      if (line) resolve({ url: line.trim(), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs ${args[0]} exited with ${code}`)));
  });
}

/** Requests answered for `url` under CONCURRENCY parallel loops for `ms`. */
async function burst(url, headers, ms) {
  let done = 0;
  let failed = 0;
  const end = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < end) {
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (response.status === 200 || response.status === 304) done++;
      else failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  return { done, failed, seconds: (performance.now() - started) / 1000 };
}

/**
 * Requests per second for `a` and for `b`, measured in alternating rounds (ROUNDS of each,
 * DURATION_MS in all per side), so that a change in the machine's load hits both alike.
 */
async function sideBySide(a, b, headers = {}) {
  const totals = [
    { done: 0, failed: 0, seconds: 0 },
    { done: 0, failed: 0, seconds: 0 },
  ];
  await burst(a, headers, 200); // warm both connections pools
  await burst(b, headers, 200);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, url] of [a, b].entries()) {
      const result = await burst(url, headers, DURATION_MS / ROUNDS);
      totals[i].done += result.done;
      totals[i].failed += result.failed;
      totals[i].seconds += result.seconds;
    }
  }
  return totals.map((t) => ({ rps: t.done / t.seconds, failed: t.failed }));
}

export async function benchServer() {
  const demo = await start(['demo']);
  const targets = [
    '/api/v1/news?column=updates&lang=zh-CN&limit=20',
    '/api/v1/news?site=guangdong,wms&limit=20',
    '/api/v1/sites',
    '/healthz',
  ];
  // What the demo answers (its first answer: the next ones are repeats of unchanged data).
  const table = {};
  for (const target of targets) {
    const response = await fetch(demo.url + target);
    table[target] = { body: await response.text(), etag: response.headers.get('etag') ?? '' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
  writeFileSync(join(dir, 'answers.json'), JSON.stringify(table));
  const baseline = await start(['baseline', join(dir, 'answers.json')]);
  const [news, bySite, sites, health] = targets;
  const revalidate = (target) => ({ 'If-None-Match': table[target].etag });
  const cases = [
    ['GET /api/v1/news (20 items, all sites)', news, {}, true],
    ['GET /api/v1/news, If-None-Match → 304', news, revalidate(news), true],
    ['GET /api/v1/news?site=guangdong,wms', bySite, {}, true],
    [`GET /api/v1/sites (${JSON.parse(table[sites].body).items.length} sites)`, sites, {}, true],
    ['GET /api/v1/sites, If-None-Match → 304', sites, revalidate(sites), true],
    ['GET /healthz (no-store: asks the database)', health, {}, false],
  ];
  try {
    const rows = [];
    for (const [name, target, headers, cached] of cases) {
      const [floor, server] = await sideBySide(baseline.url + target, demo.url + target, headers);
      rows.push({ name, cached, floor, server, ratio: server.rps / floor.rps });
    }
    console.log(
      `\nServer throughput (loopback, ${CONCURRENCY} concurrent keep-alive clients, ${DURATION_MS / 1000} s each in ${ROUNDS} alternating rounds;` +
        ` node:http = the same bytes and ETag from a bare node:http server; target for repeats ≥ ${TARGET}×)`,
    );
    console.log(
      `${'request'.padEnd(46)} ${'req/s'.padStart(8)} ${'node:http'.padStart(10)} ${'ratio'.padStart(6)} ${'errors'.padStart(7)}  target`,
    );
    for (const row of rows) {
      const verdict = row.cached ? (row.ratio >= TARGET ? 'met' : 'MISSED') : '—';
      console.log(
        `${row.name.padEnd(46)} ${row.server.rps.toFixed(0).padStart(8)} ${row.floor.rps.toFixed(0).padStart(10)} ${`${row.ratio.toFixed(2)}×`.padStart(6)} ${String(row.server.failed + row.floor.failed).padStart(7)}  ${verdict}`,
      );
    }
  } finally {
    demo.stop();
    baseline.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
