/**
 * Server rendering of a whole page (Node only): every `portal-*` element of an HTML page gets
 * its declarative shadow root and embedded data, the page its language, and the hydration
 * script runs before the page's first module script.
 */
import { createCoreClient } from '@portal-kit/sdk';
import type { CoreClient } from '@portal-kit/sdk';
import { DEFAULT_LANGUAGE, dirOf, resolveUiLanguage } from '@portal-kit/i18n';
import { attributeText, escapeAttribute, readPage } from './page-html.js';
import { renderElement } from './render.js';

/** Options of {@link renderPage}. */
export interface PageRenderOptions {
  /** The page's address as the browser asked for it (`https://host/path?query`). */
  url: string;
  /**
   * The page's language: `<html lang dir>` are set to it. Default: the page's own `<html lang>`,
   * else `zh-CN`. Elements inside another `lang` keep theirs.
   */
  lang?: string;
  /** The SDK client the elements load with. Default: one over `apiBase` and `fetch`. */
  client?: CoreClient;
  /** The Portal API's origin, for the default client. */
  apiBase?: string;
  /** The default client's `fetch` (e.g. one answering in-process, without a network). */
  fetch?: typeof fetch;
  /**
   * The URL of the hydration script (`hydrate.js` of the CDN loader's build). Default: beside
   * the page's `loader.js` script; `null` for none (a page that hydrates itself).
   */
  hydrateScript?: string | null;
}

/** A page rendered on the server. */
export interface RenderedPage {
  /** The HTML. */
  readonly html: string;
  /**
   * The CSP hash source of every `<style>` element the shadow roots carry
   * (`'sha256-…'`): add them to the page's `style-src`, as inline styles need them.
   */
  readonly styleHashes: readonly string[];
}

/** The CSP hash source of a text (`'sha256-<base64>'`). */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/**
 * `hydrate.js` beside a `loader.js` script, else `null`: the loader's build holds the
 * hydration support (the single-file bundle does not; its pages render again in the browser).
 */
function hydrateBeside(src: string | null): string | null {
  if (!src) return null;
  const match = /^(.*\/)?loader\.js(?:[?#].*)?$/.exec(src);
  return match ? `${match[1] ?? ''}hydrate.js` : null;
}

/**
 * Renders every `portal-*` element of `page` on the server, with its data (loaded through the
 * client) embedded; sets the page's language and direction on `<html>`; and adds the
 * hydration script before the first module script. Elements inside another `lang` render in
 * theirs. Each element gets `defer-hydration`: it hydrates once its strings are loaded.
 */
export async function renderPage(page: string, options: PageRenderOptions): Promise<RenderedPage> {
  const outline = readPage(page);
  const ownLang = outline.html?.attributes.find(([name]) => name === 'lang')?.[1];
  const lang = resolveUiLanguage(options.lang ?? ownLang ?? DEFAULT_LANGUAGE);
  const client =
    options.client ??
    createCoreClient({
      baseUrl: options.apiBase ?? new URL(options.url).origin,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  const edits: { start: number; end: number; text: string }[] = [];
  const styles = new Set<string>();
  if (outline.html) {
    const attributes = outline.html.attributes.filter(
      ([name]) => name !== 'lang' && name !== 'dir',
    );
    attributes.unshift(['lang', lang], ['dir', dirOf(lang)]);
    edits.push({ ...outline.html, text: `<html${attributeText(attributes)}>` });
  }
  const script = outline.moduleScript;
  const hydrate =
    options.hydrateScript === undefined
      ? hydrateBeside(script?.src ?? null)
      : options.hydrateScript;
  if (script && hydrate) {
    const text = `<script type="module" src="${escapeAttribute(hydrate)}"></script>\n    `;
    edits.push({ start: script.start, end: script.start, text });
  }
  for (const tag of outline.tags) {
    const rendered = await renderElement(tag.name, tag.attributes, {
      url: options.url,
      client,
      lang: resolveUiLanguage(tag.lang ?? lang),
    });
    for (const style of rendered.styles) styles.add(style);
    const attributes = [...tag.attributes.filter(([name]) => name !== 'defer-hydration')];
    attributes.push(['defer-hydration', '']);
    edits.push({
      start: tag.start,
      end: tag.end,
      text: `<${tag.name}${attributeText(attributes)}>${rendered.content}`,
    });
  }
  let html = page;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
    html = html.slice(0, edit.start) + edit.text + html.slice(edit.end);
  }
  return { html, styleHashes: await Promise.all([...styles].map(cspHash)) };
}
