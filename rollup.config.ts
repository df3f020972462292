/**
 * Builds every package's JavaScript (declarations come from `tsc -b tsconfig.build.json`):
 * - npm: unbundled ES modules, one per source module (preserveModules), dependencies external;
 *   the CSS of the components' styles minified in both builds (scripts/lib/minify-css.mjs);
 * - CDN: one minified bundle of every component for `<script type="module">` users, with each
 *   language's strings in its own chunk, loaded only when a page shows that language, and the
 *   parts components load on use (`import()`) in chunks of their own beside it.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import type { RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/lib/minify-css.mjs';
import { minifyHtmlLiterals } from './scripts/lib/minify-html.mjs';
import { stringsChunk } from './scripts/lib/strings-chunks.mjs';

// The plugin ships CommonJS-flavoured types, so under `nodenext` TypeScript sees its default
// import as the module namespace; Rollup loads the ES build, whose default export is the plugin.
const terser = terserPlugin as unknown as (typeof terserPlugin)['default'];

const PACKAGES = ['sdk', 'i18n', 'elements', 'server', 'create-site'] as const;
const TEST_FILE = /\.(test|test-d|spec|stories)\.ts$|\.d\.ts$/;

/** Every non-test TypeScript module under `dir`, so each becomes an entry of its own. */
function sourceModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !TEST_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/[/\\](test|__tests__)[/\\]/.test(file));
}

function dependenciesOf(pkgDir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  return Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
}

function npmBuild(name: (typeof PACKAGES)[number]): RollupOptions {
  const pkgDir = join('packages', name);
  const deps = dependenciesOf(pkgDir);
  const builtins = new Set(builtinModules);
  return {
    input: sourceModules(join(pkgDir, 'src')),
    external: (id) =>
      id.startsWith('node:') ||
      builtins.has(id) ||
      deps.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [
      minifyCssLiterals(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      minifyHtmlLiterals(),
    ],
    output: {
      dir: join(pkgDir, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: join(pkgDir, 'src'),
      sourcemap: true,
    },
    onwarn(warning, warn) {
      if (warning.code === 'EMPTY_BUNDLE') return; // type-only modules
      warn(warning);
    },
  };
}

const cdnBuild: RollupOptions = {
  // `hydrate.js`: Lit's hydration support, for server-rendered pages; it loads before
  // portal-kit.js, which keeps LitElement (the chunk they share holds lit-html only), so that the
  // support is installed before LitElement's module runs.
  input: {
    'portal-kit': 'packages/elements/src/cdn.ts',
    hydrate: 'packages/elements/src/hydrate.ts',
  },
  // Parts loaded on use (a parser, an answer's views) import what they share from
  // portal-kit.js itself: it may export more than cdn.ts does, so it stays the one main file
  // rather than a facade over a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    nodeResolve({ exportConditions: ['source', 'browser', 'production', 'import', 'default'] }),
    minifyCssLiterals(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    minifyHtmlLiterals(), // after esbuild: it reads JavaScript
    terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ],
  output: {
    dir: 'packages/elements/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // One strings file per language for every component's strings: one request for a page's
    // language, and the loaders of every namespace name the same 19 files.
    manualChunks: stringsChunk,
    sourcemap: true,
  },
};

export default [...PACKAGES.map(npmBuild), cdnBuild];
