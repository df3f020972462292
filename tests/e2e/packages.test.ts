/**
 * The packages as a stranger gets them: every workspace package is `npm pack`ed (from the built
 * dist/, which the test command builds first), each tarball is checked for what a package
 * promises — every `exports` target, `main`, `types`, `bin`, the Custom Elements Manifest's
 * paths, the source maps' sources, a licence, README links that work outside the repository,
 * dependency ranges rather than exact pins, no dependency nothing imports, no build info — and
 * the tarballs are installed together into a fresh project in the OS temp folder (never
 * workspace links), where Node resolves every export, runs the SDK, the i18n package and the
 * command-line tools, and npm finds one copy of Lit.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGES, installTarballs, packWorkspaces } from '../../scripts/lib/pack.mjs';
import type { PackedPackage } from '../../scripts/lib/pack.mjs';

const exec = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

interface Manifest {
  name: string;
  version: string;
  license?: string;
  author?: string;
  homepage?: string;
  keywords?: string[];
  bugs?: { url?: string };
  repository?: { type?: string; url?: string; directory?: string };
  engines?: { node?: string };
  main?: string;
  types?: string;
  bin?: Record<string, string>;
  customElements?: string;
  exports?: unknown;
  dependencies?: Record<string, string>;
}

let temp: string;
let project: string;
let packed: Record<string, PackedPackage>;

/** The package as installed from its tarball (its files are the tarball's). */
const installed = (name: string) => join(project, 'node_modules', name);
const manifestOf = (name: string) =>
  JSON.parse(readFileSync(join(installed(name), 'package.json'), 'utf8')) as Manifest;
const normal = (path: string) => posix.normalize(path.replace(/^\.\//, ''));

/** Every file path an `exports` value names, with `*` patterns kept as they are. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(exportTargets);
}

/** Every string under `key` anywhere in `value` (a parsed JSON document). */
function valuesOf(value: unknown, key: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesOf(item, key));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === key && typeof v === 'string' ? [v] : valuesOf(v, key),
  );
}

/** Runs `node` in the stranger's project (its own resolution, no workspace). */
async function nodeIn(code: string): Promise<string> {
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', code], {
    cwd: project,
  });
  return stdout;
}

beforeAll(async () => {
  for (const dir of ['sdk', 'i18n', 'elements', 'server', 'create-site']) {
    if (!existsSync(join(root, 'packages', dir, 'dist', 'index.js')))
      throw new Error(`packages/${dir}/dist is missing: run \`npm run build\` first`);
  }
  temp = mkdtempSync(join(tmpdir(), 'portal-kit-packages-'));
  project = join(temp, 'project');
  packed = await packWorkspaces(join(temp, 'tarballs'));
  // An app with Lit of its own, in a range the kit's Lit satisfies: one copy is enough.
  await installTarballs(
    project,
    Object.values(packed).map((entry) => entry.tarball),
    { dependencies: { lit: '^3.3.3' } },
  );
}, 120_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe.each([...PACKAGES])('the tarball of %s', (name) => {
  const files = () => new Set(packed[name]?.files ?? []);
  const has = (path: string) => files().has(normal(path));

  it('holds no build info, no tests, a licence and its README', () => {
    const list = [...files()];
    expect(list.length).toBeGreaterThan(3);
    expect(list.filter((file) => /tsbuildinfo$/.test(file))).toEqual([]);
    expect(list.filter((file) => /\.(test|test-d|spec)\.ts$/.test(file))).toEqual([]);
    expect(has('LICENSE')).toBe(true);
    expect(readFileSync(join(installed(name), 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(has('README.md')).toBe(true);
  });

  it('has every file its package.json names: exports (each condition), main, types, bin', () => {
    const pkg = manifestOf(name);
    const named = [
      ...exportTargets(pkg.exports),
      ...(pkg.main ? [pkg.main] : []),
      ...(pkg.types ? [pkg.types] : []),
      ...Object.values(pkg.bin ?? {}),
    ];
    expect(named.length).toBeGreaterThan(2);
    const missing = named.filter((target) => {
      if (!target.includes('*')) return !has(target);
      const [before = '', after = ''] = normal(target).split('*');
      return ![...files()].some((file) => file.startsWith(before) && file.endsWith(after));
    });
    expect(missing).toEqual([]);
  });

  it('says where it comes from, under which licence, for which Node', () => {
    const pkg = manifestOf(name);
    expect(pkg.license).toBe('MIT');
    expect(pkg.author).toBe('Portal Kit contributors');
    expect(pkg.repository).toMatchObject({ type: 'git', directory: `packages/${name.slice(12)}` });
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs?.url).toMatch(/^https:\/\//);
    expect(pkg.engines?.node).toBe('>=20.19');
    expect(pkg.keywords?.length).toBeGreaterThan(0);
  });

  it('names dependencies as ranges, each one imported by its code', () => {
    const deps = manifestOf(name).dependencies ?? {};
    const exact = Object.entries(deps).filter(([, range]) => /^\d+\.\d+\.\d+/.test(range));
    expect(exact).toEqual([]);
    for (const [dep, range] of Object.entries(deps))
      if (dep.startsWith('@portal-kit/')) expect(range).toBe('^0.1.0');
    const code = [...files()]
      .filter((file) => file.startsWith('dist/') && file.endsWith('.js'))
      .map((file) => readFileSync(join(installed(name), file), 'utf8'))
      .join('\n');
    const unused = Object.keys(deps).filter((dep) => {
      const quoted = dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      return !new RegExp(`(from|import)\\s*\\(?\\s*['"]${quoted}(/[^'"]*)?['"]`).test(code);
    });
    expect(unused).toEqual([]);
  });

  it('has the sources its source maps and `source` condition name', () => {
    const unresolved: string[] = [];
    for (const file of [...files()].filter((path) => path.endsWith('.map'))) {
      const map = JSON.parse(readFileSync(join(installed(name), file), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      map.sources.forEach((source, i) => {
        if (has(posix.join(posix.dirname(file), source))) return;
        // The CDN bundle also maps code of other packages: it carries their text itself.
        if (file.startsWith('dist/cdn/') && typeof map.sourcesContent?.[i] === 'string') return;
        unresolved.push(`${file} → ${source}`);
      });
    }
    expect(unresolved).toEqual([]);
  });

  it('README: no link that leaves the package for the repository tree', () => {
    const readme = readFileSync(join(installed(name), 'README.md'), 'utf8');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    const local = targets.filter((target) => !/^(https?:|mailto:|#)/.test(target));
    expect(local.filter((target) => !has(target.split('#')[0] ?? ''))).toEqual([]);
    // An install line from the registry says that it needs the package published, and how
    // to install before that (tarballs from `npm pack`, or the repository).
    if (/npm (install|create) @portal-kit/.test(readme)) {
      expect(readme).toMatch(/once (the packages? (is|are) )?published/);
      expect(readme).toMatch(/npm pack|from a clone of the/);
    }
  });
});

describe('the installed tarballs, in a project outside the workspace', () => {
  it('the Custom Elements Manifest names only files the package has', () => {
    const dir = installed('@portal-kit/elements');
    const pkg = manifestOf('@portal-kit/elements');
    expect(pkg.customElements).toBe('custom-elements.json');
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as unknown;
    const paths = valuesOf(manifest, 'path');
    expect(paths.length).toBeGreaterThan(20);
    expect([...new Set(paths)].filter((path) => !existsSync(join(dir, path)))).toEqual([]);
  });

  it('Node resolves every export of every package to a file', async () => {
    // Every entry with code (a plain path, or a `default`/`import` condition); a types-only
    // entry has no code for Node, its file is checked with the tarball's.
    const runnable = (target: unknown) =>
      typeof target === 'string' ||
      (typeof target === 'object' &&
        target !== null &&
        ('default' in target || 'import' in target));
    const specifiers = PACKAGES.flatMap((name) => {
      const exports = manifestOf(name).exports as Record<string, unknown>;
      return Object.entries(exports)
        .filter(([key, target]) => !key.includes('*') && runnable(target))
        .map(([key]) => `${name}${key.slice(1)}`);
    });
    expect(specifiers.length).toBeGreaterThan(30);
    const resolved = JSON.parse(
      await nodeIn(
        `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => import.meta.resolve(s))))`,
      ),
    ) as string[];
    expect(resolved).toHaveLength(specifiers.length);
    for (const url of resolved) {
      expect(url).toContain(`${project}/node_modules/@portal-kit/`);
      expect(existsSync(new URL(url))).toBe(true);
    }
  });

  it('@portal-kit/sdk parses a file number, @portal-kit/i18n knows its languages', async () => {
    const out = await nodeIn(`
      import { parseFileNumber } from '@portal-kit/sdk';
      import { openApiDocument } from '@portal-kit/sdk/openapi';
      import { LANGUAGES, dirOf } from '@portal-kit/i18n';
      const parsed = parseFileNumber('商资发［2006］0123 号');
      console.log(JSON.stringify({
        canonical: parsed.ok ? parsed.value.canonical : null,
        openapi: openApiDocument.openapi,
        languages: LANGUAGES.length,
        ar: dirOf('ar'),
      }));
    `);
    expect(JSON.parse(out)).toEqual({
      canonical: '商资发〔2006〕123号',
      openapi: '3.1.0',
      languages: 19,
      ar: 'rtl',
    });
  });

  it('the command-line tools run from node_modules/.bin', async () => {
    const bin = (tool: string) => join(project, 'node_modules', '.bin', tool);
    // A time limit: a tool that ignored --help (and started a server) is stopped, and fails.
    const options = { cwd: project, timeout: 20_000 };
    const server = await exec(bin('portal-server'), ['--help'], options);
    expect(server.stdout).toMatch(/^Usage: portal-server/);
    const create = await exec(bin('create-site'), ['--help'], options);
    expect(create.stdout).toMatch(/^Usage: npm create @portal-kit\/site/);
  });

  it('one copy of Lit for the app and the components', async () => {
    const { stdout } = await exec('npm', ['ls', 'lit', '--all', '--json'], { cwd: project });
    const versions = new Set<string>();
    const walk = (node: { version?: string; dependencies?: Record<string, unknown> }, at = '') => {
      for (const [dep, child] of Object.entries(node.dependencies ?? {})) {
        const entry = child as { version?: string; dependencies?: Record<string, unknown> };
        if (dep === 'lit' && entry.version) versions.add(entry.version);
        walk(entry, `${at}/${dep}`);
      }
    };
    walk(JSON.parse(stdout) as { dependencies?: Record<string, unknown> });
    expect([...versions]).toHaveLength(1);
    const copies = readdirSync(join(project, 'node_modules', '@portal-kit', 'elements'));
    expect(copies).not.toContain('node_modules');
  });
});
