/**
 * Builds every package's JavaScript (declarations come from `tsc -b tsconfig.build.json`):
 * - npm: unbundled ES modules, one per source module (preserveModules), dependencies external;
 *   the CSS of the components' styles minified in both builds (scripts/lib/minify-css.mjs);
 * - CDN: one minified bundle of every component for `<script type="module">` users, with each
 *   language's strings in its own chunk, loaded only when a page shows that language, and the
 *   parts components load on use (`import()`) in chunks of their own beside it;
 * - CDN loader: `loader.js` beside that bundle, defining each `portal-*` tag of a page on demand
 *   from a chunk per component (the runtime they share in chunks Rollup makes, the strings in the
 *   same per-language chunks), and `loader-chunks.json`, its chunk graph.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import type { Plugin, RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/lib/minify-css.mjs';
import {
  LOADER_INPUT,
  LOADER_MIN_CHUNK_SIZE,
  loaderChunkName,
  loaderEntry,
} from './scripts/lib/loader-entry.mjs';
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

/** The plugins of both CDN builds: browser builds of the dependencies, minified. */
function cdnPlugins(): Plugin[] {
  return [
    nodeResolve({ exportConditions: ['source', 'browser', 'production', 'import', 'default'] }),
    minifyCssLiterals(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    minifyHtmlLiterals(), // after esbuild: it reads JavaScript
    terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

const cdnBuild: RollupOptions = {
  input: 'packages/elements/src/cdn.ts',
  // Parts loaded on use (a parser, an answer's views) import what they share from
  // portal-kit.js itself: it may export more than cdn.ts does, so it stays the one main file
  // rather than a facade over a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  plugins: cdnPlugins(),
  output: {
    dir: 'packages/elements/dist/cdn',
    format: 'es',
    entryFileNames: 'portal-kit.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // One strings file per language for every component's strings: one request for a page's
    // language, and the loaders of every namespace name the same 19 files.
    manualChunks: stringsChunk,
    sourcemap: true,
  },
};

const loaderBuild: RollupOptions = {
  input: LOADER_INPUT,
  // The loader's exports (configure, registerStrings) and what they need stay in loader.js, and
  // the component chunks import them from it: one request fewer than a shared chunk would take.
  preserveEntrySignatures: 'allow-extension',
  plugins: [loaderEntry(), ...cdnPlugins()],
  output: {
    dir: 'packages/elements/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: loaderChunkName,
    // The same strings chunks as the bundle's: one file per language.
    manualChunks: stringsChunk,
    // Rollup splits what components share into a chunk per set of sharers (about 50 files, up
    // to 31 on one page). Side-effect-free chunks under this size merge into chunks loaded
    // with them: a news feed alone takes 5 files instead of 12 for 1 kB more, the main site's
    // five components 11 instead of 25 for 2 kB less (`npm run bench -- pages`).
    experimentalMinChunkSize: LOADER_MIN_CHUNK_SIZE,
    sourcemap: true,
  },
};

export default [...PACKAGES.map(npmBuild), cdnBuild, loaderBuild];
