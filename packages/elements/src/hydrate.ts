/**
 * The hydration entry of the CDN build (`hydrate.js`): Lit's hydration support for elements a
 * server rendered (declarative shadow DOM, `@portal-kit/elements/ssr`). It must run before
 * LitElement's module is evaluated, so a page loads it before `portal-kit.js`
 * (`<script type="module" src="…/hydrate.js">` first; module scripts run in order), and the
 * loader imports it before any component chunk when the page has server-rendered elements.
 * The build keeps LitElement out of the chunk this entry shares with the components (lit-html).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
