/**
 * The hydration entry of the CDN loader's build (`hydrate.js` beside `loader.js`), for pages a
 * server rendered with `@portal-kit/elements/ssr` (declarative shadow DOM, data embedded). It
 * installs Lit's hydration support, which must run before LitElement's module is evaluated: a
 * page loads it before `loader.js` (module scripts run in order), and the loader imports it
 * before any component chunk when the page has server-rendered elements. LitElement stays out
 * of the chunks this entry imports (they hold lit-html only).
 *
 * Then, for each server-rendered `portal-*` element (a shadow root and `defer-hydration`), once
 * its tag is defined: it hands the element its embedded state, loads the strings of its
 * language and the work it registered (base/hydration.ts), and removes `defer-hydration`, which
 * lets Lit hydrate it — its first render matches the server's markup, with no request.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { SEEDS, STATE_SELECTOR, WAITS } from './base/hydration-keys.js';
// Types only: base/hydration.js imports Lit, which must stay out of this entry.
import type { EmbeddedState, HydratingHost } from './base/hydration.js';

/** What hydration needs of a Portal Kit element (its localize controller is protected). */
type PortalHost = HTMLElement &
  HydratingHost & { localize?: { refresh(): void; readonly ready: Promise<void> } };

function isEmbeddedState(value: unknown): value is EmbeddedState {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { loads?: unknown }).loads)
  );
}

/** Reads and removes the host's embedded state: the outcomes of its loads, in order. */
function readState(host: PortalHost): void {
  const script = host.querySelector(STATE_SELECTOR);
  if (!script) return;
  try {
    const state: unknown = JSON.parse(script.textContent ?? '');
    // A failed load stays a plain object: the error view shows the server's words until the
    // element tries again, right after hydrating.
    if (isEmbeddedState(state)) host[SEEDS] = [...state.loads];
  } catch {
    // Unreadable: the element loads its data itself.
  }
  script.remove();
}

/** Prepares one server-rendered element, then lets it hydrate. */
async function prepare(host: PortalHost): Promise<void> {
  readState(host);
  await customElements.whenDefined(host.localName);
  const { localize } = host;
  if (localize) {
    localize.refresh();
    await localize.ready;
  }
  await host[WAITS];
  const failed = host[SEEDS]?.some((load) => 'error' in load);
  host.removeAttribute('defer-hydration');
  // A load the server failed shows failed in the hydrating render; then it is tried again.
  if (failed && 'retry' in host && typeof host.retry === 'function') {
    await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    host.retry();
  }
}

for (const element of document.querySelectorAll<PortalHost>('[defer-hydration]')) {
  if (element.localName.startsWith('portal-') && element.shadowRoot) void prepare(element);
}
