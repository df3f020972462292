/**
 * The on-demand loader for pages that only paste tags:
 *
 * ```html
 * <script type="module" src="https://www.mofcom.gov.cn/cdn/loader.js"></script>
 * <portal-news-feed site="guangdong" column="updates"></portal-news-feed>
 * ```
 *
 * `loader.js` (the CDN build's second entry) calls {@link startLoader} with every Portal Kit tag
 * and a function importing that tag's chunk, a map the build generates from the components'
 * `define.ts` modules. The loader finds the `portal-*` elements of the document at start and
 * in every node added later (a MutationObserver over the whole document, light DOM of defined
 * elements included), and imports each tag's chunk once. A page with one news feed downloads
 * the loader, the runtime chunk(s), the news feed's chunk and the strings of its language.
 *
 * Chunks are named relative to the loader's own URL, so the folder works from any origin and
 * path. Unless the page configured an API server itself, elements talk to the server the loader
 * was loaded from, as with the single-file bundle.
 */
import { configure, getConfig } from './client.js';

export { configure, getConfig } from './client.js';
export { registerStrings } from '@portal-kit/i18n';

/** Every tag the loader may define, each with a function that imports its definition. */
export type TagDefinitions = Readonly<Record<string, () => Promise<unknown>>>;

/** Options of {@link startLoader}. */
export interface LoaderOptions {
  /**
   * URL of the loader script (`import.meta.url`): elements without `api-base` or `client` talk
   * to its origin unless the page configured an API server before.
   */
  scriptUrl?: string;
  /**
   * Imports the hydration support of server-rendered components. Awaited once, before any
   * component chunk, when the document holds a server-rendered element at start
   * ({@link hasServerRenderedElements}); not called otherwise.
   */
  hydrate?: () => Promise<unknown>;
  /** The document to watch (default: the page's). */
  document?: Document;
}

/** A running loader. */
export interface Loader {
  /** Settles when every tag seen so far is defined, or failed to load (reported on the console). */
  settled(): Promise<void>;
  /** Stops watching the document for added elements. */
  disconnect(): void;
}

const PREFIX = 'portal-';

/**
 * True when the document holds a `portal-*` element that already has a shadow root before any
 * definition ran: declarative shadow DOM from server rendering, which Lit must hydrate rather
 * than render again.
 */
export function hasServerRenderedElements(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll('*')).some(
    (element) => element.localName.startsWith(PREFIX) && element.shadowRoot !== null,
  );
}

/** The `portal-*` tag names of `node` and of every element under it. */
function portalTagsIn(node: Node): Set<string> {
  const tags = new Set<string>();
  const add = (element: Element) => {
    if (element.localName.startsWith(PREFIX)) tags.add(element.localName);
  };
  if (node instanceof Element) add(node);
  if (node instanceof Element || node instanceof Document || node instanceof DocumentFragment) {
    for (const element of node.querySelectorAll('*')) add(element);
  }
  return tags;
}

/**
 * Defines the `portal-*` elements of `definitions` on demand: those in the document now and
 * those added to it later. Each tag's definition is imported once; a tag already defined (by
 * the single-file bundle, an npm build or an earlier loader) is left alone; a `portal-*` tag
 * that `definitions` does not know is reported once on the console and left undefined.
 *
 * @example
 * startLoader({ 'portal-news-feed': () => import('./news-feed/define.js') }, {
 *   scriptUrl: import.meta.url,
 * });
 */
export function startLoader(definitions: TagDefinitions, options: LoaderOptions = {}): Loader {
  const doc = options.document ?? document;
  const { apiBase, client } = getConfig();
  if (options.scriptUrl && !apiBase && !client) {
    configure({ apiBase: new URL(options.scriptUrl).origin });
  }
  // Hydration support must run before Lit's element class module evaluates: before any chunk.
  const before: Promise<unknown> =
    options.hydrate && hasServerRenderedElements(doc) ? options.hydrate() : Promise.resolve();

  const loading = new Map<string, Promise<void>>();
  const unknown = new Set<string>();

  const want = (tag: string) => {
    if (loading.has(tag) || unknown.has(tag) || customElements.get(tag)) return;
    const define = Object.hasOwn(definitions, tag) ? definitions[tag] : undefined;
    if (!define) {
      unknown.add(tag);
      console.warn(
        `Portal Kit: <${tag}> is not a Portal Kit element; the loader left it undefined.`,
      );
      return;
    }
    loading.set(
      tag,
      before.then(define).then(
        () => undefined,
        (error: unknown) => console.error(`Portal Kit: could not load <${tag}>.`, error),
      ),
    );
  };
  const scan = (node: Node) => portalTagsIn(node).forEach(want);

  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(scan);
  });
  observer.observe(doc, { childList: true, subtree: true });
  scan(doc);

  return {
    settled: async () => {
      let size = -1;
      // Loads may start while others settle (an element added meanwhile): wait for those too.
      while (size !== loading.size) {
        size = loading.size;
        await Promise.all(loading.values());
      }
    },
    disconnect: () => observer.disconnect(),
  };
}
