/**
 * Server rendering of Portal Kit elements with `@lit-labs/ssr` (Node only). Each element is
 * rendered in passes: the first connects it on the server, which starts its loads (through the
 * SDK client given, e.g. one whose `fetch` answers in-process) and the work it needs before it
 * can render; once those are done, the next pass renders it synchronously with their outcomes.
 * The result is the element's declarative shadow root followed by its embedded state
 * (`<script type="application/json" data-portal-state>`), which the browser reads instead of
 * loading again (base/hydration.ts).
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { CoreClient } from '@portal-kit/sdk';
import { loadNamespace, registeredNamespaces, setDefaultLanguage } from '@portal-kit/i18n';
import { PortalError } from '@portal-kit/sdk';
import { setServerSession } from '../base/hydration.js';
import type { EmbeddedError, LoadRecord, ServerSession } from '../base/hydration.js';
import { configure } from '../client.js';
import { attributeText } from './page-html.js';
import '../all.js';

/** Passes at most: a load that needs another's answer takes one more. */
const MAX_PASSES = 4;

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

// Portal Kit elements are connected on the server: their controllers start their loads.
LitElementRenderer.renderOptions.push((element: HTMLElement) =>
  element.localName.startsWith('portal-') ? { connectedCallback: true } : undefined,
);

/** The server side of one element's render: loads, their outcomes, and who made them. */
class RenderSession implements ServerSession {
  readonly url: string;
  readonly search: string;
  readonly #results = new Map<string, LoadRecord>();
  #pending: Promise<unknown>[] = [];
  /** The elements of the current pass (the outermost first) and the loads each was given. */
  #loads = new Map<object, LoadRecord[]>();

  constructor(url: string) {
    this.url = url;
    this.search = new URL(url, 'http://localhost/').search;
  }

  enter(host: object): void {
    this.#loads.set(host, []);
  }

  result(host: object, key: string): LoadRecord | undefined {
    const record = this.#results.get(key);
    if (record) this.#loads.get(host)?.push(record);
    return record;
  }

  track(_host: object, key: string | null, work: Promise<unknown>): void {
    this.#pending.push(
      work.then(
        (data) => key !== null && this.#results.set(key, { data }),
        (error: unknown) => key !== null && this.#results.set(key, { error }),
      ),
    );
  }

  /** Starts a pass. */
  begin(): void {
    this.#loads = new Map();
  }

  /** The work tracked by the last pass (and forgets it). */
  takePending(): Promise<unknown>[] {
    const pending = this.#pending;
    this.#pending = [];
    return pending;
  }

  /** The loads of the outermost element of the last pass. */
  get outerLoads(): readonly LoadRecord[] {
    return this.#loads.values().next().value ?? [];
  }
}

/** Renders strictly one element at a time: the page default language and client are global. */
let queue: Promise<unknown> = Promise.resolve();

/** Loads every registered namespace of the kit in `lang` (the strings render synchronously). */
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
  const session = new RenderSession(url);
  let output: string;
  for (let pass = 1; ; pass++) {
    session.begin();
    configure({ client });
    setDefaultLanguage(lang);
    setServerSession(session);
    try {
      output = collectResultSync(render(template));
    } finally {
      setServerSession(undefined);
    }
    const pending = session.takePending();
    if (pending.length === 0 || pass === MAX_PASSES) break;
    await Promise.all(pending);
  }
  const start = output.indexOf('<template shadowroot');
  const end = output.lastIndexOf(`</${name}>`);
  const shadow = start >= 0 && end > start ? output.slice(start, end) : '';
  const state = {
    lang,
    loads: session.outerLoads.map((load) =>
      'error' in load ? { error: embedError(load.error) } : load,
    ),
  };
  return {
    content: `${shadow}<script type="application/json" data-portal-state>${jsonForScript(state)}</script>`,
    styles: [...shadow.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? ''),
  };
}
