// Bytes: each npm entry point bundled alone (all its dependencies, minified), raw/gzip/brotli;
// the CDN bundle as a page loads it (main file + one language's strings), built in memory as the
// build does. Baselines measured in the same run: Lit alone, i18next alone. The same functions
// measure the budgets (scripts/bench/budgets.mjs) that the test command enforces
// (tests/budgets/budgets.test.ts): bytes are deterministic, so a budget is a test.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minify } from 'terser';
import { minifyCssLiterals } from '../lib/minify-css.mjs';
import { minifyHtmlLiterals } from '../lib/minify-html.mjs';
import { stringsChunk } from '../lib/strings-chunks.mjs';
import {
  LOADER_INPUT,
  LOADER_MIN_CHUNK_SIZE,
  chunkGraph,
  loaderChunkName,
  loaderEntry,
  pageFiles,
} from '../lib/loader-entry.mjs';
import { BUDGETS } from './budgets.mjs';

/** Raw, gzip (level 9) and brotli (quality 11) sizes of `code`, in bytes. */
export const sizes = (code) => {
  const buf = Buffer.from(code);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

/**
 * Terser with the build's options (rollup.config.ts), in this process: @rollup/plugin-terser
 * starts a pool of worker threads for every bundle and closes it after, and this module makes
 * about twenty bundles. Same terser, same options (the plugin adds `module` for ES output and no
 * source map), so the same bytes.
 */
const minifyInProcess = {
  name: 'terser-in-process',
  async renderChunk(code) {
    const result = await minify(code, {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: false },
      sourceMap: false,
    });
    return { code: result.code ?? code, map: null };
  },
};

/**
 * Bundles `code` (an ES module importing what to measure) with every dependency, minified, as
 * the CDN build does; returns every chunk (dynamic imports stay separate chunks).
 */
let cache; // the transformed modules, shared by every bundle of this process

async function bundleChunks(code) {
  const bundle = await rollup({
    input: 'entry',
    cache,
    onwarn: () => {},
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? code : null),
      },
      nodeResolve({ exportConditions: ['source', 'browser', 'production', 'import', 'default'] }),
      minifyCssLiterals(), // as the build does
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      minifyHtmlLiterals(), // as the build does (after esbuild: it reads JavaScript)
      minifyInProcess,
    ],
  });
  cache = bundle.cache;
  const { output } = await bundle.generate({
    format: 'es',
    inlineDynamicImports: false,
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: stringsChunk, // as the CDN build does
  });
  await bundle.close();
  return output.filter((o) => o.type === 'chunk');
}

/**
 * The chunks a page loads up front: the entry chunks and every chunk they import statically
 * (with parts loaded on use importing shared code, Rollup turns an entry into a facade over a
 * shared chunk). Dynamic imports stay out: strings, parts loaded on use.
 */
function upFront(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (c) => {
    if (seen.has(c)) return;
    seen.add(c);
    for (const name of c.imports) visit(byName.get(name));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  return [...seen];
}

/**
 * The code `code` loads up front: its entry chunk and the chunks it imports statically,
 * minified with every dependency. Dynamic imports (per-language strings, parts loaded on use)
 * stay out: a page loads only the languages it shows, and those parts when they are used.
 */
export async function bundle(code) {
  return upFront(await bundleChunks(code))
    .map((o) => o.code)
    .join('\n');
}

/** The components: every `packages/elements/src/<name>/define.ts`. */
export const components = readdirSync('packages/elements/src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('packages/elements/src', d.name, 'define.ts')))
  .map((d) => d.name)
  .sort();
/**
 * What every component of a page shares: the base class (Lit, i18next, the localize controller,
 * the tokens), the SDK core client, and the scaffold of the data components — the data, paged-list
 * and online controllers, the status views and their stylesheet, the heading, safe links — with
 * the list-property convention (news feed and switcher) and the disclosure controller.
 *
 * What one component alone uses is that component's cost, not the runtime's: the storage helpers
 * (remembered preferences) are the language switcher's only, so they are measured with it. The
 * disclosure controller (show/hide with Escape and focus-out) is the switcher's today and the
 * coming menus' (guide navigator, masthead) next: it is counted here. Components declare their
 * properties in `static properties`, so Lit's decorators are in no bundle.
 */
export const runtimeExport = [
  'export {',
  '  PortalElement, DataController, PagedListController, OnlineController, configure,',
  '  resolveClient, pagedListView, skeletonView, liveRegion, statusViewStyles, listProperty,',
  '  safeHref, headingView, headingPlaceholder, clampInteger, DisclosureController,',
  "} from '@portal-kit/elements';",
  "export { commonNamespace } from '@portal-kit/i18n';",
].join('\n');
const defineImport = (name) => `import '@portal-kit/elements/${name}/define';`;

const entries = [
  ['baseline: lit (LitElement, html, css)', "export { LitElement, html, css } from 'lit';"],
  ['baseline: i18next', "export { default } from 'i18next';"],
  ['@portal-kit/sdk', "export * from '@portal-kit/sdk';"],
  ['@portal-kit/i18n', "export * from '@portal-kit/i18n';"],
  // The layers of the shared runtime, each with everything under it: the base class alone, then
  // the SDK core client every data component talks through, then the data-component scaffold (the
  // full runtime row). Where the runtime's bytes go, at a glance.
  [
    'elements: runtime layer 1: base class',
    "export { PortalElement, listProperty, safeHref, DisclosureController } from '@portal-kit/elements';",
  ],
  [
    'elements: runtime layer 2: + SDK core client',
    "export { PortalElement, listProperty, safeHref, DisclosureController, configure, resolveClient } from '@portal-kit/elements';",
  ],
  ['elements: shared runtime', runtimeExport],
  ...components.map((name) => [`elements: ${name}/define`, defineImport(name)]),
  ['elements: all', "import '@portal-kit/elements/all';"],
];

/**
 * The kit for <script> users as a page loads it: the CDN bundle (packages/elements/src/cdn.ts:
 * every component, the SDK, Lit, i18next) and the strings of one language, `lang`, of every
 * namespace — built in memory exactly as the CDN build does, so no build is needed.
 */
export async function measureKit(lang = 'zh-CN') {
  const cdn = JSON.stringify(resolve('packages/elements/src/cdn.ts'));
  const chunks = await bundleChunks(`export * from ${cdn};`);
  const main = upFront(chunks).map((c) => c.code);
  const strings = chunks.filter((c) => c.name === `strings-${lang}`).map((c) => c.code);
  if (strings.length === 0) throw new Error(`no ${lang} strings chunk in the CDN bundle`);
  return { main: sizes(main.join('\n')), page: sizes([...main, ...strings].join('\n')) };
}

/**
 * What a page that pastes the loader downloads for `tags` in `lang`: the loader build made in
 * memory exactly as the CDN build makes it, its chunk graph walked as the browser loads it
 * (tests/e2e/loader.test.ts checks the walk against Chromium's requests). `bytes` is the sum of
 * each file's brotli (each file is its own download), `requests` the number of files.
 */
export async function measureLoaderPage(tags = ['portal-news-feed'], lang = 'zh-CN') {
  const build = await rollup({
    input: LOADER_INPUT,
    cache,
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
    plugins: [
      loaderEntry({ graph: false }),
      nodeResolve({ exportConditions: ['source', 'browser', 'production', 'import', 'default'] }),
      minifyCssLiterals(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      minifyHtmlLiterals(),
      minifyInProcess,
    ],
  });
  cache = build.cache;
  const { output } = await build.generate({
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: loaderChunkName,
    manualChunks: stringsChunk,
    experimentalMinChunkSize: LOADER_MIN_CHUNK_SIZE,
  });
  await build.close();
  const code = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c.code]));
  const files = pageFiles(chunkGraph(output), tags, [lang]);
  const bytes = files.reduce((sum, file) => sum + sizes(code.get(file)).brotli, 0);
  return { files, bytes, requests: files.length };
}

/**
 * Every budget of scripts/bench/budgets.mjs against its measurement, brotli bytes: the shared
 * runtime, each component over the runtime ((runtime + component) − runtime), and the whole kit
 * with one language's strings. `over` is true where the measurement passes the budget.
 */
export async function measureBudgets({ runtime, kit } = {}) {
  const runtimeBytes = runtime ?? sizes(await bundle(runtimeExport)).brotli;
  const rows = [{ name: 'shared runtime', bytes: runtimeBytes, budget: BUDGETS.runtime }];
  for (const name of components) {
    const withRuntime = sizes(await bundle(`${runtimeExport}\n${defineImport(name)}`)).brotli;
    rows.push({
      name: `component: ${name} (over the runtime)`,
      component: name,
      bytes: withRuntime - runtimeBytes,
      budget: BUDGETS.perComponent,
    });
  }
  const kitBytes = kit ?? (await measureKit()).page.brotli;
  rows.push({ name: 'whole kit (<script>, zh-CN strings)', bytes: kitBytes, budget: BUDGETS.kit });
  return rows.map((row) => ({ ...row, over: row.bytes > row.budget }));
}

const kB = (n) => (n / 1000).toFixed(1).padStart(7);

/** The budgets as a table, one line per budget ending in OK or OVER. */
export function budgetTable(rows) {
  const kB2 = (n) => (n / 1000).toFixed(2).padStart(7);
  return [
    `${'budget (brotli)'.padEnd(48)} ${'kB'.padStart(7)} ${'max kB'.padStart(7)}`,
    ...rows.map(
      (r) => `${r.name.padEnd(48)} ${kB2(r.bytes)} ${kB2(r.budget)}  ${r.over ? 'OVER' : 'OK'}`,
    ),
  ].join('\n');
}

export async function benchBytes() {
  const rows = [];
  for (const [name, code] of entries) rows.push({ name, ...sizes(await bundle(code)) });
  const kit = await measureKit();
  rows.push({ name: 'cdn: portal-kit.js', ...kit.main });
  rows.push({ name: 'cdn: + zh-CN strings (page)', ...kit.page });

  const lit = rows[0];
  console.log(
    '\nBundle size (minified, every dependency included)              ×Lit = brotli / Lit brotli',
  );
  console.log(
    `${'entry'.padEnd(40)} ${'raw kB'.padStart(7)} ${'gzip kB'.padStart(7)} ${'br kB'.padStart(7)}  ${'×Lit'.padStart(5)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(40)} ${kB(r.raw)} ${kB(r.gzip)} ${kB(r.brotli)}  ${(r.brotli / lit.brotli).toFixed(2).padStart(5)}`,
    );
  }
  // One more component on a page that already has the runtime (Lit, i18next, the SDK core client, the
  // base class and controllers): (runtime + this component) − runtime, brotli.
  const runtime = rows.find((r) => r.name === 'elements: shared runtime').brotli;
  const budgets = await measureBudgets({ runtime, kit: kit.page.brotli });
  console.log(`\n${budgetTable(budgets)}`);
  const page = await measureLoaderPage();
  const { bytes, requests } = BUDGETS.loaderPage;
  console.log(
    `${'loader page: one news feed (zh-CN), JS files'.padEnd(48)} ${String(page.requests).padStart(7)} ${String(requests).padStart(7)}  ${page.requests > requests ? 'OVER' : 'OK'}`,
  );
  console.log(
    `${'loader page: one news feed (zh-CN), JS brotli'.padEnd(48)} ${(page.bytes / 1000).toFixed(2).padStart(7)} ${(bytes / 1000).toFixed(2).padStart(7)}  ${page.bytes > bytes ? 'OVER' : 'OK'}`,
  );
}
