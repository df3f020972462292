/**
 * Server rendering and hydration, seen from a component. A server renders an element in two
 * passes (see `ssr/render.ts`): the first starts its loads (and any work it needs before it can
 * render, such as a lazily loaded module) through a {@link ServerSession}; the second renders
 * synchronously with their outcomes — the same loads, answered from the session. The outcomes
 * are embedded in the page as the element's first child,
 * `<script type="application/json" data-portal-state>`, which no browser executes.
 *
 * In the browser, an element rendered by a server (a declarative shadow root, and the
 * `defer-hydration` attribute the server adds) reads that state when it is created, loads the
 * strings of its language and what else it registered with {@link beforeHydration}, and only
 * then lets Lit hydrate it: its first render matches the server's markup, and each load is
 * answered from the embedded state in the order the server made them — no request, no change on
 * screen. A load that failed on the server is shown failed, then tried again.
 */
import { isServer } from 'lit';
import { PortalError } from '@portal-kit/sdk';
import type { PortalErrorKind } from '@portal-kit/sdk';

/** A failed load as embedded in a page: what the error views need of the SDK's error. */
export interface EmbeddedError {
  readonly kind: PortalErrorKind;
  readonly message: string;
  /** The HTTP status of an `http` error. */
  readonly status?: number;
}

/** The outcome of one load, as a server made it: its data, or its error. */
export type LoadRecord = { readonly data: unknown } | { readonly error: unknown };

/** The state a server embeds in an element it rendered. */
export interface EmbeddedState {
  /** The language it was rendered in. */
  readonly lang: string;
  /** The outcome of each of its loads, in the order they started. */
  readonly loads: readonly LoadRecord[];
}

/** The selector of the element's embedded state (its own child). */
export const STATE_SELECTOR = ':scope > script[type="application/json"][data-portal-state]';

/** The server side of a render: what the components ask while a server renders them. */
export interface ServerSession {
  /** The address of the page being rendered. */
  readonly url: string;
  /** Its query string (`?…` or empty), for the state components keep in the URL. */
  readonly search: string;
  /** An element starts rendering (the outermost one first). */
  enter(host: object): void;
  /** The outcome of a load an earlier pass made, or `undefined` (then {@link track} it). */
  result(host: object, key: string): LoadRecord | undefined;
  /** Work the next pass needs finished: a load (with its key), or other work (`null`). */
  track(host: object, key: string | null, work: Promise<unknown>): void;
}

let session: ServerSession | undefined;
const seeds = new WeakMap<object, LoadRecord[]>();
const waits = new WeakMap<object, Promise<unknown>[]>();

/** Sets (or, with `undefined`, ends) the server render in progress. Server only. */
export function setServerSession(next: ServerSession | undefined): void {
  session = next;
}

/** The server render in progress, if any (never in a browser). */
export function serverSession(): ServerSession | undefined {
  return isServer ? session : undefined;
}

/**
 * The outcome a server already has for the host's next load: on a server, the session's; in a
 * browser, the next one embedded in the host's server-rendered markup. `undefined`: load it.
 */
export function takeSeed(host: object, key: string): LoadRecord | undefined {
  return isServer ? session?.result(host, key) : seeds.get(host)?.shift();
}

/** Reports a load started on a server, so the next pass can answer it. */
export function trackLoad(host: object, key: string, load: Promise<unknown>): void {
  if (isServer) session?.track(host, key, load);
}

/**
 * Work to finish before the host first renders server-rendered markup: on a server, before the
 * second pass; in a browser, before the host hydrates (only when it has server markup).
 */
export function beforeHydration(host: Element, work: () => Promise<unknown>): void {
  if (isServer) {
    session?.track(host, null, work());
  } else if (host.shadowRoot && host.hasAttribute('defer-hydration')) {
    const list = waits.get(host) ?? [];
    waits.set(host, list);
    list.push(work());
  }
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

/** An embedded error back as an SDK error (`isPortalError()` true, `kind` and `status` kept). */
function reviveError(embedded: EmbeddedError): PortalError {
  const error = new PortalError(embedded.kind, embedded.message);
  if (typeof embedded.status === 'number') Object.assign(error, { status: embedded.status });
  return error;
}

function isEmbeddedState(value: unknown): value is EmbeddedState {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { loads?: unknown }).loads)
  );
}

/**
 * Prepares a server-rendered host (browser only): reads and removes its embedded state, loads
 * its strings and its {@link beforeHydration} work, then removes `defer-hydration`, which lets
 * Lit hydrate it. Called from the host's constructor.
 */
export async function prepareHydration(
  host: HTMLElement,
  localize: { refresh(): void; readonly ready: Promise<void> },
): Promise<void> {
  const script = host.querySelector(STATE_SELECTOR);
  if (script) {
    try {
      const state: unknown = JSON.parse(script.textContent ?? '');
      if (isEmbeddedState(state)) {
        seeds.set(
          host,
          state.loads.map((load) =>
            'error' in load ? { error: reviveError(load.error as EmbeddedError) } : load,
          ),
        );
      }
    } catch {
      // Unreadable state: the element loads its data itself.
    }
    script.remove();
  }
  // The subclass's constructor (its controllers) runs after the base class's.
  await Promise.resolve();
  localize.refresh();
  await Promise.all([localize.ready, ...(waits.get(host) ?? [])]);
  waits.delete(host);
  host.removeAttribute('defer-hydration');
}
