// Packs the workspace packages as npm would publish them and installs the tarballs into a
// project outside the workspace, so tests meet the kit the way a stranger does: through the
// files a tarball holds and the dependencies its package.json names, never workspace links.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

/** The workspace packages, in the order they depend on each other. */
export const PACKAGES = [
  '@portal-kit/sdk',
  '@portal-kit/i18n',
  '@portal-kit/elements',
  '@portal-kit/server',
  '@portal-kit/create-site',
];

/**
 * `npm pack`s every workspace package (their `dist/` must be built) into `destination`.
 * @param {string} destination
 * @returns {Promise<Record<string, { tarball: string, files: string[] }>>} by package name: the
 *   tarball's absolute path and the paths of the files it holds
 */
export async function packWorkspaces(destination) {
  mkdirSync(destination, { recursive: true });
  const { stdout } = await exec(
    'npm',
    [
      'pack',
      '--json',
      '--ignore-scripts',
      '--pack-destination',
      destination,
      ...PACKAGES.flatMap((name) => ['--workspace', name]),
    ],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  /** @type {{ name: string, filename: string, files: { path: string }[] }[]} */
  const packed = JSON.parse(stdout);
  return Object.fromEntries(
    packed.map((entry) => [
      entry.name,
      { tarball: join(destination, entry.filename), files: entry.files.map((file) => file.path) },
    ]),
  );
}

/**
 * Makes `project` an npm project that depends on the given tarballs (and on `dependencies`,
 * e.g. a framework), then installs it. Packages already in npm's cache (every dependency of this
 * workspace is, after `npm ci`) are taken from there.
 * @param {string} project a directory outside the workspace
 * @param {string[]} tarballs absolute paths from {@link packWorkspaces}
 * @param {{ dependencies?: Record<string, string>, devDependencies?: Record<string, string> }} [extra]
 */
export async function installTarballs(project, tarballs, extra = {}) {
  mkdirSync(project, { recursive: true });
  const manifest = {
    name: 'portal-kit-stranger',
    private: true,
    type: 'module',
    dependencies: {
      ...Object.fromEntries(tarballs.map((tarball) => [nameOf(tarball), `file:${tarball}`])),
      ...extra.dependencies,
    },
    devDependencies: { ...extra.devDependencies },
  };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await exec(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    {
      cwd: project,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_workspaces: '' },
    },
  );
}

/** `portal-kit-elements-0.1.0.tgz` → `@portal-kit/elements`. */
function nameOf(tarball) {
  const match = /^portal-kit-(.+)-\d+\.\d+\.\d+.*\.tgz$/.exec(basename(tarball));
  if (!match) throw new Error(`not a Portal Kit tarball: ${tarball}`);
  return `@portal-kit/${match[1]}`;
}
