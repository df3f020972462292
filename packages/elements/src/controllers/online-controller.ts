import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the browser's connection (`navigator.onLine` and the `online`/`offline` events of
 * `window`) for its host: {@link online} is read at render time, the host updates when it
 * changes, and `onBack` runs when the connection comes back (a data component loads again).
 */
export class OnlineController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onBack: () => void;
  #online = typeof navigator === 'undefined' ? true : navigator.onLine;

  constructor(host: ReactiveControllerHost, onBack: () => void) {
    this.#host = host;
    this.#onBack = onBack;
    host.addController(this);
  }

  /** Whether the browser says it is online (true where it cannot tell). */
  get online(): boolean {
    return this.#online;
  }

  hostConnected(): void {
    if (typeof window === 'undefined') return;
    window.addEventListener('online', this.#onChange);
    window.addEventListener('offline', this.#onChange);
    this.#online = navigator.onLine;
  }

  hostDisconnected(): void {
    if (typeof window === 'undefined') return;
    window.removeEventListener('online', this.#onChange);
    window.removeEventListener('offline', this.#onChange);
  }

  readonly #onChange = (event: Event): void => {
    const online = event.type === 'online';
    if (online === this.#online) return;
    this.#online = online;
    this.#host.requestUpdate();
    if (online) this.#onBack();
  };
}
