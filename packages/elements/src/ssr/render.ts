/**
 * Server rendering of Portal Kit elements with `@lit-labs/ssr` (Node only). An element is
 * connected on the server: its controllers start their loads (through the SDK client given, e.g.
 * one whose `fetch` answers in-process) and the work it needs before it can render; its shadow
 * root is rendered once all of it is done (Lit's server renderer awaits it), with the strings of
 * its language. The result is the element's declarative shadow root followed by its embedded
 * state (`<script type="application/json" data-portal-state>`), which the browser reads instead
 * of loading again (base/hydration.ts).
 */
import { render } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { ReactiveElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { PortalError } from '@portal-kit/sdk';
import type { CoreClient } from '@portal-kit/sdk';
import { loadNamespace, registeredNamespaces, setDefaultLanguage } from '@portal-kit/i18n';
import { setServerSession } from '../base/hydration.js';
import type { EmbeddedError, LoadRecord, ServerSession } from '../base/hydration.js';
import { configure } from '../client.js';
import { attributeText } from './page-html.js';
import '../all.js';

/** Rounds of "start what can start, wait for it" at most (a load may need another's answer). */
const MAX_ROUNDS = 5;

/** What an element is rendered with. */
export interface ElementRenderOptions {
  /** The address of the page (its query string is the state of URL-keeping components). */
  url: string;
  /** The SDK client the element loads with (e.g. `createCoreClient({ baseUrl, fetch })`). */
  client: CoreClient;
  /** The language the element renders in (its own or inherited `lang`, else the page's). */
  lang: string;
}

/** An element rendered on the server. */
export interface RenderedElement {
  /**
   * What goes right after the element's opening tag (which should carry `defer-hydration`):
   * its declarative shadow root and its embedded state.
   */
  readonly content: string;
  /** The text of each `<style>` element of the shadow root (for a CSP's `'sha256-…'`). */
  readonly styles: readonly string[];
}

// What the server's stand-in for the DOM lacks and the localize controller asks for: the
// root of an element (there is none: the element itself) and a MutationObserver (nothing to
// observe on a server).
globalThis.MutationObserver ??= class {
  observe(): void {}
  disconnect(): void {}
  takeRecords(): MutationRecord[] {
    return [];
  }
} as unknown as typeof MutationObserver;
// (Lit's elements extend the stand-in's HTMLElement.)
const shimPrototype = Object.getPrototypeOf(ReactiveElement.prototype) as {
  getRootNode?: () => Node;
};
shimPrototype.getRootNode ??= function (this: Node) {
  return this;
};

/** The elements of one render, their loads (in the order they started) and their work. */
class RenderSession implements ServerSession {
  readonly url: string;
  readonly search: string;
  readonly #loads = new Map<object, { record?: LoadRecord }[]>();
  readonly #updates = new Map<object, () => void>();
  #pending: Promise<unknown>[] = [];

  constructor(url: string) {
    this.url = url;
    this.search = new URL(url, 'http://localhost/').search;
  }

  enter(host: object, update: () => void): void {
    this.#loads.set(host, []);
    this.#updates.set(host, update);
  }

  track(host: object, key: string | null, work: Promise<unknown>): void {
    const slot: { record?: LoadRecord } = {};
    if (key !== null) this.#loads.get(host)?.push(slot);
    this.#pending.push(
      work.then(
        (data) => (slot.record = { data }),
        (error: unknown) => (slot.record = { error }),
      ),
    );
  }

  /** Runs the elements' updates and waits for their work, until none is left. */
  async settle(): Promise<void> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      for (const update of this.#updates.values()) update();
      const pending = this.#pending;
      this.#pending = [];
      await Promise.all(pending);
      // What the settled work schedules (strings applied, a module's value) runs first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // The first round applies the strings (loads wait for them): always a second one.
      if (pending.length === 0 && round > 0) return;
    }
  }

  /** The elements rendered. */
  get hosts(): object[] {
    return [...this.#loads.keys()];
  }

  /** The loads of the outermost element that finished. */
  get outerLoads(): LoadRecord[] {
    const [loads = []] = this.#loads.values();
    return loads.flatMap((slot) => (slot.record ? [slot.record] : []));
  }
}

let session: RenderSession | undefined;

/** Lit's element renderer, rendering a shadow root once the session's work is done. */
class SettledElementRenderer extends LitElementRenderer {
  override renderShadow(info: RenderInfo): ThunkedRenderResult | undefined {
    const shadow = super.renderShadow(info);
    const current = session;
    if (!shadow || !current) return shadow;
    return [() => current.settle().then(() => shadow)];
  }
}

// Portal Kit elements are connected on the server: their controllers start their loads.
LitElementRenderer.renderOptions.push((element: HTMLElement) =>
  element.localName.startsWith('portal-') ? { connectedCallback: true } : undefined,
);

/** Renders strictly one element at a time: the page default language and client are global. */
let queue: Promise<unknown> = Promise.resolve();

/** Loads every registered namespace of the kit in `lang`. */
export async function loadStrings(lang: string): Promise<void> {
  await Promise.all(registeredNamespaces().map((namespace) => loadNamespace(lang, namespace)));
}

/** An SDK error as it is embedded: the fields the error views read. */
export function embedError(error: unknown): EmbeddedError {
  if (error instanceof PortalError) {
    const status = (error as { status?: unknown }).status;
    return {
      kind: error.kind,
      message: error.message,
      ...(typeof status === 'number' ? { status } : {}),
    };
  }
  return { kind: 'network', message: String(error) };
}

/** JSON that is safe inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Renders one element, `<name attributes>`, to its declarative shadow root and embedded state,
 * having loaded its data. Concurrent calls are served one after another.
 */
export function renderElement(
  name: string,
  attributes: readonly (readonly [string, string])[],
  options: ElementRenderOptions,
): Promise<RenderedElement> {
  if (!/^portal-[a-z0-9-]+$/.test(name)) {
    return Promise.reject(new TypeError(`Not a Portal Kit tag: ${JSON.stringify(name)}`));
  }
  const run = queue.then(() => renderNow(name, attributes, options));
  queue = run.catch(() => undefined);
  return run;
}

async function renderNow(
  name: string,
  attributes: readonly (readonly [string, string])[],
  { url, client, lang }: ElementRenderOptions,
): Promise<RenderedElement> {
  await loadStrings(lang);
  const tag = unsafeStatic(name);
  const template = staticHtml`<${tag}${unsafeStatic(attributeText(attributes))}></${tag}>`;
  const current = new RenderSession(url);
  configure({ client });
  setDefaultLanguage(lang);
  session = current;
  setServerSession(current);
  let output: string;
  try {
    output = await collectResult(render(template, { elementRenderers: [SettledElementRenderer] }));
  } finally {
    session = undefined;
    setServerSession(undefined);
    // The localize controllers subscribed to the shared strings: let them go.
    for (const host of current.hosts) {
      (host as { localize?: { hostDisconnected(): void } }).localize?.hostDisconnected();
    }
  }
  const start = output.indexOf('<template shadowroot');
  const end = output.lastIndexOf(`</${name}>`);
  const shadow = start >= 0 && end > start ? output.slice(start, end) : '';
  const state = {
    lang,
    loads: current.outerLoads.map((load) =>
      'error' in load ? { error: embedError(load.error) } : load,
    ),
  };
  return {
    content: `${shadow}<script type="application/json" data-portal-state>${jsonForScript(state)}</script>`,
    styles: [...shadow.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? ''),
  };
}
