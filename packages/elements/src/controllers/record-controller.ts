import type { ReactiveControllerHost } from 'lit';
import { isStale } from '@portal-kit/sdk';
import { DataController } from './data-controller.js';
import type { DataState, LoadContext } from './data-controller.js';
import { OnlineController } from './online-controller.js';

/** Options of {@link RecordController}. */
export interface RecordOptions<A, T> {
  /** The current inputs (client, id, language…), read before each render; `null`: nothing. */
  args: () => A | null;
  /** Identity of the inputs: a new load starts when it changes. Default: `JSON.stringify`. */
  key?: (args: A) => string;
  /** Loads the record; rejects with `signal.reason` when aborted. */
  load: (args: A, context: LoadContext) => Promise<T>;
  /** Called with every failure that is not an abort. */
  onError?: (error: unknown) => void;
}

/**
 * One record for a data component — a document, a lookup's answer — on top of
 * {@link DataController}: it loads when the inputs change (the same inputs twice make one
 * request), keeps the record through a failed reload, tells a cached answer (`stale`) from a
 * fresh one, shows the browser going offline and loads again when it is back; {@link retry} loads
 * again and then moves focus to the heading (`part~="heading"`), so focus is never lost. The
 * status views render it with `noticeView()` and `skeletonView()`.
 */
export class RecordController<A, T> {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #data: DataController<A, T>;
  readonly #online: OnlineController;

  constructor(
    host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    options: RecordOptions<A, T>,
  ) {
    this.#host = host;
    this.#data = new DataController<A, T>(host, {
      args: options.args,
      ...(options.key ? { key: options.key } : {}),
      task: options.load,
      isStale: (result) => typeof result === 'object' && result !== null && isStale(result),
      ...(options.onError ? { onError: options.onError } : {}),
    });
    this.#online = new OnlineController(host, () => {
      if (this.state === 'error' || this.state === 'stale') this.#data.retry();
    });
  }

  /** `idle`, `loading`, `ready`, `error` or `stale`. */
  get state(): DataState {
    return this.#data.state;
  }

  /** The record (kept through a failed reload; cleared when the inputs change). */
  get data(): T | undefined {
    return this.#data.data;
  }

  /** Why the last load failed, while {@link state} is `error`. */
  get error(): unknown {
    return this.#data.error;
  }

  /** Whether the browser says it is offline. */
  get offline(): boolean {
    return !this.#online.online;
  }

  /** Settles when the load started last has finished (never rejects). */
  get settled(): Promise<void> {
    return this.#data.settled;
  }

  /** Loads again with the same inputs and, once the answer is rendered, focuses the heading. */
  retry(): void {
    this.#data.retry();
    void this.#data.settled
      .then(() => this.#host.updateComplete)
      .then(() => this.#host.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus());
  }
}
