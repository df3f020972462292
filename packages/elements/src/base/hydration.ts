/**
 * Server rendering and hydration, seen from a component. On a server (see `ssr/render.ts`) an
 * element is connected, starts its loads (and any work it needs before it can render, such as a
 * lazily loaded module), reports them to a {@link ServerSession}, and is rendered once they are
 * done. Their outcomes are embedded in the page as the element's first child,
 * `<script type="application/json" data-portal-state>`, which no browser executes.
 *
 * In the browser, `hydrate.js` (src/hydrate.ts) prepares each element a server rendered (a
 * declarative shadow root, and the `defer-hydration` attribute the server adds) once it is
 * defined: it hands the element its embedded state ({@link SEEDS}), loads the strings of its
 * language and the work the element registered ({@link WAITS}),
 * and only then lets Lit hydrate it: its first render matches the server's markup, and each
 * load is answered from the embedded state in the order the server made them — no request, no
 * change on screen. A load that failed on the server is shown failed, then tried again. Pages
 * without server-rendered elements pay for none of this but a few lines.
 */
import { isServer } from 'lit';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { PortalErrorKind } from '@portal-kit/sdk';
import type { SEEDS } from './hydration-keys.js';
import { WAITS } from './hydration-keys.js';

export { SEEDS, STATE_SELECTOR, WAITS } from './hydration-keys.js';

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

/** The server side of a render: what the components report while a server renders them. */
export interface ServerSession {
  /** The address of the page being rendered. */
  readonly url: string;
  /** Its query string (`?…` or empty), for the state components keep in the URL. */
  readonly search: string;
  /**
   * An element was connected (the outermost one first); `update` runs its controllers'
   * `hostUpdate` again (loads start there, once the strings are in).
   */
  enter(host: object, update: () => void): void;
  /** Work to finish before the element renders: a load (with its key), or other work (`null`). */
  track(host: object, key: string | null, work: Promise<unknown>): void;
}

let session: ServerSession | undefined;

/** An element as hydration sees it. */
export interface HydratingHost {
  [SEEDS]?: LoadRecord[];
  /** Work to finish before it renders server-rendered markup (a lazily loaded module). */
  [WAITS]?: Promise<unknown>;
}

/** Sets (or, with `undefined`, ends) the server render in progress. Server only. */
export function setServerSession(next: ServerSession | undefined): void {
  session = next;
}

/** The server render in progress, if any (never in a browser). */
export function serverSession(): ServerSession | undefined {
  return isServer ? session : undefined;
}

/** Reports a load started on a server: the element renders once it is done. */
export function trackLoad(host: object, key: string, load: Promise<unknown>): void {
  if (isServer) session?.track(host, key, load);
}

/**
 * Server only: connects `host` as a server render needs — after every controller's
 * `hostConnected` (Lit's server renderer calls `connectedCallback`), runs their `hostUpdate`,
 * which Lit's server renderer skips (that is where loads start), and lets the session run it
 * again once the element's strings are in.
 */
export function connectOnServer(host: ReactiveElement): void {
  const controllers: ReactiveController[] = [];
  const add = host.addController.bind(host);
  const update = (): void => {
    for (const controller of controllers) controller.hostUpdate?.();
  };
  const last: ReactiveController = {
    hostConnected: () => {
      session?.enter(host, update);
      const wait = (host as HydratingHost)[WAITS];
      if (wait) session?.track(host, null, wait);
      update();
    },
  };
  host.addController = (controller) => {
    add(controller);
    controllers.push(controller);
    // Kept last, so that it runs after the other controllers' `hostConnected`.
    host.removeController(last);
    add(last);
  };
  add(last);
}
