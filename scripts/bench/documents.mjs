// Documents at scale: p50 and p99 of lookup by file number, a two-character search and a
// filtered list with facets, through the server's repository (the statements the routes run),
// at 2,623 and at 100,000 documents, on PGlite and on PostgreSQL (a throwaway cluster; skipped
// with a note when PostgreSQL cannot be started). Each beside the same call with index scans
// turned off (`SET LOCAL enable_indexscan/bitmapscan/indexonlyscan = off`: a sequential-scan
// baseline) in the same run. One process per engine and size (documents-run.ts, on the
// sources through tsx), so one run's memory does not weigh on the next.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '../lib/setup.mjs';

const SIZES = [2623, 100_000];
/** p99 targets at 100,000 documents on PostgreSQL, in milliseconds. */
const TARGETS = { lookup: 5, search: 50, list: 30 };
const worker = fileURLToPath(new URL('documents-run.ts', import.meta.url));

/** Runs one engine and size; resolves with its JSON result. */
function measure(engine, count, url = '') {
  const args = [
    '--conditions=source',
    '--expose-gc',
    '--import',
    'tsx',
    worker,
    engine,
    String(count),
    url,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line));
      else reject(new Error(`documents-run ${engine} ${count} exited with ${code}`));
    });
  });
}

const ms = (value) => value.toFixed(1).padStart(7);

function print(result) {
  console.log(
    `\n${result.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}, ${result.count.toLocaleString('en')} documents ` +
      `(the seed generator); seeded in ${result.seedSeconds.toFixed(1)} s; 外资 in ${result.hits.toLocaleString('en')} documents`,
  );
  console.log(
    `${'operation'.padEnd(34)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}   ${'seq p50'.padStart(7)} ${'seq p99'.padStart(7)}   target`,
  );
  const rows = [
    ['lookup by number (any spelling)', 'lookup'],
    ['two-character search (+ facets)', 'search'],
    ['filtered list + facets', 'list'],
  ];
  for (const [name, key] of rows) {
    const indexed = result[key];
    const baseline = result[`${key}Seq`];
    const target =
      result.engine === 'postgres' && result.count >= 100_000
        ? `p99 ≤ ${TARGETS[key]} ms: ${indexed.p99 <= TARGETS[key] ? 'met' : 'MISSED'}`
        : '—';
    console.log(
      `${name.padEnd(34)} ${ms(indexed.p50)} ${ms(indexed.p99)}   ${ms(baseline.p50)} ${ms(baseline.p99)}   ${target}`,
    );
  }
}

export async function benchDocuments() {
  console.log(
    '\nDocuments: repository calls on one connection, 200 runs each (sequential-scan baseline: 20 runs, ' +
      'index scans off in the same run)',
  );
  for (const count of SIZES) print(await measure('pglite', count));
  let postgres;
  try {
    postgres = await startPostgres();
  } catch (error) {
    console.log(`\nPostgreSQL skipped: ${error instanceof Error ? error.message : error}`);
    return;
  }
  try {
    for (const count of SIZES) print(await measure('postgres', count, postgres.url));
  } finally {
    await postgres.stop();
  }
}
