// What the test command installs or starts for itself on a fresh machine: npm dependencies,
// Debian's Chromium, and a throwaway PostgreSQL cluster on a loopback port.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCodeOf, findExecutable, freePort, isRoot, run } from './proc.mjs';

/** Installs npm dependencies when node_modules is missing or older than the lockfile. */
export async function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) {
    return;
  }
  console.log('› Installing npm dependencies (npm ci)…');
  await run('npm', ['ci', '--no-audit', '--no-fund']);
}

function aptInstall(packages) {
  if (!isRoot() || !findExecutable([], 'apt-get')) return Promise.resolve(1);
  console.log(`› Installing ${packages.join(', ')} from Debian (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return exitCodeOf(
    'sh',
    ['-c', `apt-get update -qq && apt-get install -y -qq ${packages.join(' ')}`],
    {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** Path of a Chromium the browser tests can drive; installs Debian's when none is found. */
export async function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  let path = findExecutable(candidates, 'chromium');
  if (!path && (await aptInstall(['chromium'])) === 0)
    path = findExecutable(candidates, 'chromium');
  if (path) await ensureFonts();
  if (!path) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or set CHROME_PATH to a Chromium/Chrome executable, then run the tests again.',
    );
  }
  return path;
}

/**
 * Fonts for the scripts of the 19 languages that Debian's Chromium image lacks (Chinese, Japanese
 * and Korean; Thai), so the screenshots the browser tests keep for review show text, not boxes.
 * Best effort: the tests do not depend on glyphs, so a machine without apt only gets a notice.
 */
async function ensureFonts() {
  const fonts = {
    'fonts-wqy-microhei': '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    'fonts-tlwg-loma-otf': '/usr/share/fonts/opentype/tlwg/Loma.otf',
  };
  const missing = Object.keys(fonts).filter((name) => !existsSync(fonts[name]));
  if (missing.length === 0) return;
  if ((await aptInstall(missing)) !== 0) {
    console.log(
      `› Screenshots will lack CJK/Thai glyphs: install ${missing.join(' ')} to review them.`,
    );
  }
}

function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/** Path of nginx; installs Debian's when none is found (for the topology test and bench). */
export async function ensureNginx() {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx'];
  let path = findExecutable(candidates, 'nginx');
  if (!path && (await aptInstall(['nginx-light'])) === 0)
    path = findExecutable(candidates, 'nginx');
  if (!path && (await aptInstall(['nginx'])) === 0) path = findExecutable(candidates, 'nginx');
  if (!path) {
    throw new Error(
      'No nginx found for the topology test. Install it (Debian/Ubuntu: `sudo apt-get install -y nginx`) ' +
        'or set NGINX_PATH to an nginx executable, then run the tests again.',
    );
  }
  return path;
}

/** The PostgreSQL server binaries, installed from Debian when missing. */
async function ensurePostgresBin() {
  let bin = postgresBin();
  if (!bin && (await aptInstall(['postgresql'])) === 0) bin = postgresBin();
  if (!bin) {
    throw new Error(
      'No PostgreSQL server binaries found for the server tests. Install them ' +
        '(Debian/Ubuntu: `sudo apt-get install -y postgresql`) or set TEST_DATABASE_URL.',
    );
  }
  return bin;
}

/** Runs a shell command as the user clusters run as (`postgres` when root: initdb refuses root). */
function execAsClusterUser(cmd) {
  const [file, ...args] = isRoot()
    ? ['su', 'postgres', '-s', '/bin/sh', '-c', cmd]
    : ['sh', '-c', cmd];
  const result = spawnSync(file, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${cmd}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * A PostgreSQL cluster of its own: `data` started on `port` of 127.0.0.1 (socket and log in
 * `dir`); `stop` ends it at once and removes `dir`.
 */
function clusterAt(bin, dir, data, port) {
  execAsClusterUser(
    `${bin}/pg_ctl -D ${data} -l ${dir}/log -w -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null`,
  );
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    bin,
    data,
    dir,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        execAsClusterUser(`${bin}/pg_ctl -D ${data} -m immediate -w stop >/dev/null`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Starts a new throwaway PostgreSQL cluster on a free loopback port (never TEST_DATABASE_URL's):
 * `{ url, port, bin, data, dir, stop }`. Its `pg_hba.conf` trusts loopback connections,
 * replication ones included, so {@link startStreamingReplica} can copy it.
 */
export async function startPostgresCluster() {
  const bin = await ensurePostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'portal-kit-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  execAsClusterUser(
    `${bin}/initdb -D ${data} -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null`,
  );
  return clusterAt(bin, dir, data, await freePort());
}

/**
 * A streaming replica of `primary` (a cluster of {@link startPostgresCluster}): a base backup
 * (`pg_basebackup -R`, which writes the standby's connection settings) started as a hot standby
 * on another free port. Same shape as the primary's.
 */
export async function startStreamingReplica(primary) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-kit-pg-replica-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  execAsClusterUser(
    `${primary.bin}/pg_basebackup -h 127.0.0.1 -p ${primary.port} -U postgres -D ${data} -R -X stream --no-sync -c fast`,
  );
  return clusterAt(primary.bin, dir, data, await freePort());
}

/**
 * Starts a throwaway PostgreSQL cluster on a free loopback port and returns its URL and a stop
 * function. Uses TEST_DATABASE_URL as is when it is already set.
 */
export async function startPostgres() {
  if (process.env.TEST_DATABASE_URL) {
    return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  }
  const { url, stop } = await startPostgresCluster();
  return { url, stop };
}
