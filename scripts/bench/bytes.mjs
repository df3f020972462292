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

const entries = [
  ['baseline: lit (LitElement, html, css)', "export { LitElement, html, css } from 'lit';"],
  ['baseline: i18next', "export { default } from 'i18next';"],
  ['@portal-kit/sdk', "export * from '@portal-kit/sdk';"],
  ['@portal-kit/i18n', "export * from '@portal-kit/i18n';"],
  [
    'elements: shared runtime',
    "export { PortalElement, DataController, configure, resolveClient } from '@portal-kit/elements';",
  ],
  ['elements: news-feed/define', "import '@portal-kit/elements/news-feed/define';"],
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
  const runtime = rows.find((r) => r.name === 'elements: shared runtime');
  const feed = rows.find((r) => r.name === 'elements: news-feed/define');
  const perComponent = 3_000;
  const delta = feed.brotli - runtime.brotli;
  console.log(
    `\nBudget: one more component on a page with the runtime ≤ ${perComponent / 1000} kB brotli → news-feed ${kB(delta).trim()} kB ${delta <= perComponent ? 'OK' : 'OVER'}`,
  );
  const page = rows.find((r) => r.name.startsWith('cdn: +'));
  if (page) {
    const budget = 36_000;
    console.log(
      `\nBudget: whole kit for <script> users ≤ ${budget / 1000} kB brotli → ${kB(page.brotli).trim()} kB ${page.brotli <= budget ? 'OK' : 'OVER'}`,
    );
  }
}
