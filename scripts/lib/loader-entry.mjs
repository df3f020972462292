// The CDN loader's entry (`loader.js`), generated from the components: every
// `packages/elements/src/<name>/define.ts` names the tag it defines in its
// `customElements.define('portal-…', …)` call, and the entry maps each tag to an `import()` of
// that module, so Rollup makes one chunk per component and runtime chunks for what they share.
// No second list of tags to keep: a new component's define.ts is in the loader at the next
// build. When `packages/elements/src/hydrate.ts` exists (Lit's hydration support for
// server-rendered pages), the entry hands it to the loader, which imports it first on pages
// that hold server-rendered elements.
//
// Also the loader build's chunk graph (`loader-chunks.json` beside `loader.js`), so tests and
// benchmarks compute what a page downloads from the build itself, not from a list of hashes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The id `rollup.config.ts` and the benchmarks give as the loader build's input. */
export const LOADER_ENTRY = 'portal-kit:loader';
const RESOLVED = `\0${LOADER_ENTRY}`;
/**
 * The loader build's entries: `loader.js`, and `hydrate.js` (Lit's hydration support and the
 * embedded state of server-rendered elements, packages/elements/src/hydrate.ts), which a
 * server-rendered page loads before the loader and the loader imports before any component
 * chunk. Both in one build, so they share one copy of lit-html; the chunks `hydrate.js` imports
 * hold lit-html but not LitElement, whose module must run after the support is installed.
 */
export const LOADER_INPUT = {
  loader: LOADER_ENTRY,
  hydrate: resolve('packages/elements/src/hydrate.ts'),
};
/** Rollup's `experimentalMinChunkSize` of the loader build (bytes before minifying). */
export const LOADER_MIN_CHUNK_SIZE = 20_000;
/** The chunk graph file the loader build writes beside `loader.js`. */
export const LOADER_GRAPH_FILE = 'loader-chunks.json';

const SRC = resolve('packages/elements/src');
const DEFINE_CALL = /customElements\.define\(\s*['"](portal-[a-z0-9-]+)['"]/g;

/**
 * Every component's tag and define module, from `packages/elements/src/<name>/define.ts`,
 * sorted by tag.
 * @returns {{ tag: string, name: string, file: string }[]}
 */
export function componentTags(src = SRC) {
  const found = [];
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    const file = join(src, dir.name, 'define.ts');
    if (!dir.isDirectory() || !existsSync(file)) continue;
    const tags = [...readFileSync(file, 'utf8').matchAll(DEFINE_CALL)].map((m) => m[1]);
    if (tags.length === 0) throw new Error(`${file} defines no portal-* tag`);
    for (const tag of tags) found.push({ tag, name: dir.name, file });
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The entry module's code: the public API of loader.ts and one `startLoader()` call. */
function entryCode(src) {
  const loader = JSON.stringify(join(src, 'loader.ts'));
  const hydrate = join(src, 'hydrate.ts');
  const definitions = componentTags(src)
    .map(({ tag, file }) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(file)}),`)
    .join('\n');
  const options = [
    'scriptUrl: import.meta.url',
    ...(existsSync(hydrate) ? [`hydrate: () => import(${JSON.stringify(hydrate)})`] : []),
  ].join(', ');
  return [
    `import { startLoader } from ${loader};`,
    `export { configure, getConfig, registerStrings } from ${loader};`,
    `startLoader({\n${definitions}\n}, { ${options} });`,
  ].join('\n');
}

/**
 * Rollup plugin: resolves {@link LOADER_ENTRY} to the generated entry, names each component's
 * chunk after its folder (`chunks/news-feed-<hash>.js`), and writes the chunk graph
 * ({@link LOADER_GRAPH_FILE}: each file's static and dynamic imports, each tag's chunk, each
 * language's strings chunk).
 * @param {{ src?: string, graph?: boolean }} [options]
 */
export function loaderEntry({ src = SRC, graph = true } = {}) {
  return {
    name: 'portal-kit-loader-entry',
    resolveId: (id) => (id === LOADER_ENTRY ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? entryCode(src) : null),
    generateBundle(_options, bundle) {
      if (!graph) return;
      this.emitFile({
        type: 'asset',
        fileName: LOADER_GRAPH_FILE,
        source: `${JSON.stringify(chunkGraph(Object.values(bundle), src), null, 2)}\n`,
      });
    },
  };
}

/** `chunkFileNames` of the loader build: a component's chunk after its folder. */
export function loaderChunkName(chunk) {
  const components = chunk.moduleIds
    .map((id) => /[/\\]([^/\\]+)[/\\]define\.ts$/.exec(id)?.[1])
    .filter((name) => name !== undefined);
  return `chunks/${components.length === 1 ? components[0] : '[name]'}-[hash].js`;
}

/**
 * The loader build's chunk graph from Rollup's output: `files` (each JavaScript file's static
 * and dynamic imports), `tags` (each tag's chunk) and `strings` (each language's strings chunk).
 */
export function chunkGraph(output, src = SRC) {
  const chunks = output.filter((o) => o.type === 'chunk');
  const files = Object.fromEntries(
    chunks.map((c) => [c.fileName, { imports: c.imports, dynamicImports: c.dynamicImports }]),
  );
  const tags = Object.fromEntries(
    componentTags(src).map(({ tag, file }) => [
      tag,
      chunks.find((c) => c.moduleIds.includes(file))?.fileName,
    ]),
  );
  const strings = Object.fromEntries(
    chunks
      .map((c) => [/^strings-(.+)$/.exec(c.name)?.[1], c.fileName])
      .filter(([lang]) => lang !== undefined),
  );
  const entry = chunks.find((c) => c.isEntry && c.name === 'loader')?.fileName;
  return { entry, files, tags, strings };
}

/**
 * The files a page downloads: the loader and its static imports, each of `tags`' chunk with
 * its static imports, and the strings chunk of each of `langs` with its static imports (the
 * parts components load on later use stay out).
 * @param {{ entry: string, files: Record<string, { imports: string[] }>,
 *   tags: Record<string, string>, strings: Record<string, string> }} graph
 * @param {string[]} tags
 * @param {string[]} langs
 * @returns {string[]} sorted file names, relative to the loader's folder
 */
export function pageFiles(graph, tags, langs) {
  const seen = new Set();
  const visit = (file) => {
    if (!file) throw new Error('a file the page needs is not in the loader build');
    if (seen.has(file)) return;
    seen.add(file);
    for (const name of graph.files[file]?.imports ?? []) visit(name);
  };
  visit(graph.entry);
  for (const tag of tags) visit(graph.tags[tag]);
  for (const lang of langs) visit(graph.strings[lang]);
  return [...seen].sort();
}
