// The production topology on one machine, from Debian packages: a PostgreSQL primary and a
// streaming replica of it (pg_basebackup -R), N server processes of the built CLI
// (packages/server/dist/cli.js) with DATABASE_URL + DATABASE_READ_URL, and nginx in front
// (a shared cache, the servers as one upstream). Shared by tests/e2e/topology.test.ts and
// `npm run bench -- topology`; docs/deployment.md shows the nginx configuration it writes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, isRoot } from './proc.mjs';
import { ensureNginx, startPostgresCluster, startStreamingReplica } from './setup.mjs';

const cli = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));

/**
 * The nginx configuration of the topology: `upstreams` (`host:port`) behind a cache in `dir`,
 * listening on `listen`. Everything nginx writes (pid, logs, temporary files, the cache) goes
 * to `dir`. `cacheSeconds` overrides the freshness the servers' `Cache-Control` gives (the test
 * shortens it to see a revalidation); production leaves it out.
 * @param {{ dir: string, listen: string, upstreams: string[], cacheSeconds?: number,
 *   user?: string }} options
 */
export function nginxConfig({ dir, listen, upstreams, cacheSeconds, user }) {
  const override = cacheSeconds
    ? `\n      proxy_ignore_headers Cache-Control Expires;\n      proxy_cache_valid 200 ${cacheSeconds}s;`
    : '';
  return `${user ? `user ${user};\n` : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy_temp;
  fastcgi_temp_path ${dir}/fastcgi_temp;
  uwsgi_temp_path ${dir}/uwsgi_temp;
  scgi_temp_path ${dir}/scgi_temp;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=portal:10m max_size=1g inactive=1h use_temp_path=off;

  upstream portal_servers {
${upstreams.map((address) => `    server ${address} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 32;
  }

  server {
    listen ${listen};
    location / {
      proxy_pass http://portal_servers;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;

      # Cached as the servers' Cache-Control and ETag say; revalidated with If-None-Match.
      proxy_cache portal;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      # Stale answers while the servers are down; while one request revalidates, the others
      # get the stale copy for as long as the servers' stale-while-revalidate allows.
      proxy_cache_use_stale error timeout http_500 http_502 http_503 http_504;${override}
      # A client that just wrote (its read-after token) or that is someone (Authorization)
      # is answered by a server, never from the shared cache.
      proxy_cache_bypass $cookie_portal_read_after $http_portal_read_after $http_authorization;
      proxy_no_cache $cookie_portal_read_after $http_portal_read_after $http_authorization;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}

/** Resolves once `child` prints a line matching `pattern`; rejects if it exits first. */
function waitForOutput(child, pattern, what) {
  let output = '';
  const capture = (chunk) => (output += chunk.toString('utf8'));
  child.stdout.on('data', capture);
  child.stderr.on('data', capture);
  const ready = new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(output);
      if (match) resolve(match);
    };
    child.stdout.on('data', check);
    child.once('exit', (code, signal) =>
      reject(new Error(`${what} exited (${code ?? signal}):\n${output}`)),
    );
  });
  return { ready, output: () => output };
}

/** Ends `child` (SIGTERM, then SIGKILL after 3 s) and waits for it. */
async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Runs one statement on `url` with a client of its own. */
export async function sql(url, text, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Starts the topology. `seed` is the CLI arguments of the first server only (`--seed …`); the
 * servers start together. Everything started is stopped by `stop()`, also when a later part
 * fails to start.
 * @param {{ servers?: number, seed?: string[], maxLagMs?: number, cacheSeconds?: number,
 *   env?: Record<string, string> }} [options]
 */
export async function startTopology(options = {}) {
  const stops = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
    stops.length = 0;
  };
  try {
    const nginx = await ensureNginx();
    const primary = await startPostgresCluster();
    stops.push(() => primary.stop());
    await sql(primary.url, 'CREATE DATABASE portal');
    const replica = await startStreamingReplica(primary);
    stops.push(() => replica.stop());
    const databaseUrl = primary.url.replace(/\/postgres$/, '/portal');
    const readUrl = replica.url.replace(/\/postgres$/, '/portal');

    const env = {
      ...process.env,
      PORT: '0',
      DATABASE_URL: databaseUrl,
      DATABASE_READ_URL: readUrl,
      DATABASE_READ_MAX_LAG_MS: String(options.maxLagMs ?? 2000),
      MESSAGE_RATE_LIMIT_MAX: '0',
      TRUST_PROXY: '127.0.0.1',
      SEED: '',
      SEED_DOCUMENTS: '',
      ...options.env,
    };
    const starting = Array.from({ length: options.servers ?? 2 }, (_, i) => {
      const child = spawn(process.execPath, [cli, ...(i === 0 ? (options.seed ?? []) : [])], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      stops.push(() => stopChild(child));
      const { ready, output } = waitForOutput(child, /listening on (http:\/\/\S+)/, `server ${i}`);
      return ready.then((match) => ({ url: match[1], child, output }));
    });
    const servers = await Promise.all(starting);

    const dir = mkdtempSync(join(tmpdir(), 'portal-kit-nginx-'));
    stops.push(async () => rmSync(dir, { recursive: true, force: true }));
    const port = await freePort();
    writeFileSync(
      join(dir, 'nginx.conf'),
      nginxConfig({
        dir,
        listen: `127.0.0.1:${port}`,
        upstreams: servers.map((server) => new URL(server.url).host),
        ...(options.cacheSeconds ? { cacheSeconds: options.cacheSeconds } : {}),
        ...(isRoot() ? { user: userInfo().username } : {}),
      }),
    );
    const conf = join(dir, 'nginx.conf');
    const test = spawnSync(nginx, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf, '-t'], {
      encoding: 'utf8',
    });
    if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
    const proxy = spawn(
      nginx,
      ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf, '-g', 'daemon off;'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    stops.push(() => stopChild(proxy));
    const url = `http://127.0.0.1:${port}`;
    await waitUntilAnswers(`${url}/api/v1/health`, proxy);
    return { primary, replica, databaseUrl, readUrl, servers, nginx: { url, dir }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Polls `url` until it answers (nginx has no readiness line), for up to 5 s. */
async function waitUntilAnswers(url, child) {
  const deadline = Date.now() + 5000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode})`);
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
