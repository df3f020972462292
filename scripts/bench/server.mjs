// Server throughput: requests per second the reference server answers on loopback (in its own
// process, in-memory database), beside a bare node:http server sending the same bytes, measured
// in the same run with the same load generator (keep-alive fetch, fixed concurrency).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DURATION_MS = 3000;
const CONCURRENCY = 16;
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

/** Requests per second for `url` under CONCURRENCY parallel loops for DURATION_MS. */
async function load(url, headers = {}) {
  let done = 0;
  let failed = 0;
  const end = performance.now() + DURATION_MS;
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
  const seconds = (performance.now() - started) / 1000;
  return { rps: done / seconds, failed };
}

export async function benchServer() {
  const demo = await start(['demo']);
  const path = '/api/v1/news?column=updates&lang=zh-CN&limit=20';
  const sample = await fetch(demo.url + path);
  const body = await sample.text();
  const etag = sample.headers.get('etag') ?? '';
  const baseline = await start(['baseline', body]);
  try {
    const cases = [
      ['baseline: node:http, same bytes', () => load(baseline.url)],
      [
        'baseline: node:http, 304',
        async () => {
          const r = await fetch(baseline.url);
          await r.arrayBuffer();
          return load(baseline.url, { 'If-None-Match': r.headers.get('etag') });
        },
      ],
      ['GET /api/v1/news (20 items, all sites)', () => load(demo.url + path)],
      [
        'GET /api/v1/news, If-None-Match → 304',
        () => load(demo.url + path, { 'If-None-Match': etag }),
      ],
      [
        'GET /api/v1/news?site=guangdong,wms',
        () => load(`${demo.url}/api/v1/news?site=guangdong,wms&limit=20`),
      ],
      ['GET /api/v1/sites (288 sites)', () => load(`${demo.url}/api/v1/sites`)],
      ['GET /healthz', () => load(`${demo.url}/healthz`)],
    ];
    const rows = [];
    for (const [name, run] of cases) rows.push({ name, ...(await run()) });
    const floor = rows[0].rps;
    console.log(
      `\nServer throughput (loopback, ${CONCURRENCY} concurrent keep-alive clients, ${DURATION_MS / 1000} s each)`,
    );
    console.log(
      `${'request'.padEnd(44)} ${'req/s'.padStart(9)} ${'×floor'.padStart(7)} ${'errors'.padStart(7)}`,
    );
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(44)} ${row.rps.toFixed(0).padStart(9)} ${(row.rps / floor).toFixed(2).padStart(7)} ${String(row.failed).padStart(7)}`,
      );
    }
  } finally {
    demo.stop();
    baseline.stop();
  }
}
