/**
 * `@portal-kit/elements/ssr`: render Portal Kit elements on a server (Node), with their data
 * embedded, for browsers to hydrate without loading it again. See docs/ssr.md.
 */
export { renderPage, cspHash } from './page.js';
export type { PageRenderOptions, RenderedPage } from './page.js';
export { jsonForScript, loadStrings, renderElement } from './render.js';
export type { ElementRenderOptions, RenderedElement } from './render.js';
export { readPage } from './page-html.js';
export type { PageOutline, PortalTag } from './page-html.js';
