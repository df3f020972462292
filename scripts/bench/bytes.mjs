// Bytes: each npm entry point bundled alone (all its dependencies, minified), raw/gzip/brotli;
// the CDN bundle as a page loads it (main file + one language's strings). Baselines measured in
// the same run: Lit alone, i18next alone.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from '../lib/minify-css.mjs';

const sizes = (code) => {
  const buf = Buffer.from(code);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

/** Bundles `code` (an ES module importing what to measure) with every dependency, minified. */
async function bundle(code) {
  const bundle = await rollup({
    input: 'entry',
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
      terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  // Dynamic imports (per-language strings) stay out: a page loads only the languages it shows.
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
  await bundle.close();
  return output
    .filter((o) => o.type === 'chunk' && o.isEntry)
    .map((o) => o.code)
    .join('\n');
}

/** The components: every `packages/elements/src/<name>/define.ts`. */
const components = readdirSync('packages/elements/src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('packages/elements/src', d.name, 'define.ts')))
  .map((d) => d.name)
  .sort();
/**
 * What every component of a page shares: the base class (Lit, i18next, the localize controller,
 * the tokens), the data, paged-list and disclosure controllers, the status views and their
 * stylesheet, the list-property convention, safe links, the heading, remembered preferences,
 * the SDK client, and Lit's decorators (every component declares its properties with them).
 */
const runtimeExport = [
  'export {',
  '  PortalElement, DataController, PagedListController, OnlineController, DisclosureController,',
  '  configure,',
  '  resolveClient, pagedListView, skeletonView, liveRegion, statusViewStyles, listProperty,',
  '  safeHref, headingView, headingPlaceholder, clampInteger, readStorage, writeStorage,',
  "} from '@portal-kit/elements';",
  "export { commonNamespace } from '@portal-kit/i18n';",
  "export { property, query, state } from 'lit/decorators.js';",
].join('\n');
const defineImport = (name) => `import '@portal-kit/elements/${name}/define';`;

const entries = [
  ['baseline: lit (LitElement, html, css)', "export { LitElement, html, css } from 'lit';"],
  ['baseline: i18next', "export { default } from 'i18next';"],
  ['@portal-kit/sdk', "export * from '@portal-kit/sdk';"],
  ['@portal-kit/i18n', "export * from '@portal-kit/i18n';"],
  ['elements: shared runtime', runtimeExport],
  ...components.map((name) => [`elements: ${name}/define`, defineImport(name)]),
  ['elements: all', "import '@portal-kit/elements/all';"],
];

export async function benchBytes() {
  const rows = [];
  for (const [name, code] of entries) rows.push({ name, ...sizes(await bundle(code)) });

  const cdn = 'packages/elements/dist/cdn';
  if (existsSync(join(cdn, 'portal-kit.js'))) {
    const main = readFileSync(join(cdn, 'portal-kit.js'), 'utf8');
    rows.push({ name: 'cdn: portal-kit.js', ...sizes(main) });
    const chunks = existsSync(join(cdn, 'chunks'))
      ? readdirSync(join(cdn, 'chunks')).filter((f) => f.endsWith('.js'))
      : [];
    const zh = chunks
      .filter((f) => /zh-CN/.test(f))
      .map((f) => readFileSync(join(cdn, 'chunks', f), 'utf8'));
    rows.push({ name: 'cdn: + zh-CN strings (page)', ...sizes([main, ...zh].join('\n')) });
  } else {
    console.warn('(no CDN bundle: run `npm run build` first to measure it)');
  }

  const lit = rows[0];
  const kB = (n) => (n / 1000).toFixed(1).padStart(7);
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
  // One more component on a page that already has the runtime (Lit, i18next, the SDK client, the
  // base class and controllers): (runtime + this component) − runtime, brotli.
  const runtime = rows.find((r) => r.name === 'elements: shared runtime');
  const perComponent = 3_000;
  console.log(
    `\nBudget: one more component on a page with the shared runtime ≤ ${perComponent / 1000} kB brotli`,
  );
  for (const name of components) {
    const withRuntime = sizes(await bundle(`${runtimeExport}\n${defineImport(name)}`));
    const delta = withRuntime.brotli - runtime.brotli;
    console.log(`  ${name.padEnd(38)} ${kB(delta)} kB ${delta <= perComponent ? 'OK' : 'OVER'}`);
  }
  const page = rows.find((r) => r.name.startsWith('cdn: +'));
  if (page) {
    const budget = 36_000;
    console.log(
      `\nBudget: whole kit for <script> users ≤ ${budget / 1000} kB brotli → ${kB(page.brotli).trim()} kB ${page.brotli <= budget ? 'OK' : 'OVER'}`,
    );
  }
}
