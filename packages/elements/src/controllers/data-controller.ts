import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trackLoad } from '../base/hydration.js';
import type { HydratingHost } from '../base/hydration.js';
import { SEEDS } from '../base/hydration-keys.js';

/**
 * Where a data-driven element stands:
 * - `idle`: nothing to load (no inputs yet, or the element was given its data directly);
 * - `loading`: a request is under way (the last good data, if any, is still available);
 * - `ready`: data arrived and is not empty;
 * - `empty`: data arrived and has nothing to show;
 * - `error`: the last request failed (the last good data, if any, is kept);
 * - `stale`: the client answered from its cache because the network failed.
 */
export type DataState = 'idle' | 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/** What a load is given: the signal that aborts it when the inputs change or the host leaves. */
export interface LoadContext {
  readonly signal: AbortSignal;
}

/** Options of {@link DataController}. */
export interface DataControllerOptions<A, T> {
  /**
   * The current inputs of the load, read before each render; `null` means "nothing to load"
   * (the controller goes `idle` and aborts what it was doing).
   */
  args: () => A | null;
  /** Identity of the inputs: a new load starts when it changes. Default: `JSON.stringify`. */
  key?: (args: A) => string;
  /** Loads data for `args`; must reject with `signal.reason` when aborted. */
  task: (args: A, context: LoadContext) => Promise<T>;
  /** Whether loaded data has nothing to show (state `empty`). Default: never. */
  isEmpty?: (data: T) => boolean;
  /** Whether a result came from a cache after a network failure (state `stale`). */
  isStale?: (result: unknown) => boolean;
  /** Called with each good result (`more` is true for {@link DataController.extend}). */
  onData?: (data: T, result: unknown, more: boolean) => void;
  /** Called with each failure that is not an abort. */
  onError?: (error: unknown, more: boolean) => void;
}

/** True for the rejection of an aborted request (a `DOMException` named `AbortError`). */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'AbortError'
  );
}

/**
 * A reactive controller that loads data for its host: it starts a load when the inputs change
 * (checked once per update cycle, just before render, so several attribute changes in one task
 * make one request), aborts the previous load when the inputs change or the host disconnects,
 * ignores any answer that is no longer current, keeps the last good data when a load fails, and
 * offers {@link retry} and {@link extend} (e.g. the next page). It never leaves a promise
 * rejection unhandled.
 *
 * @typeParam A - the inputs of a load.
 * @typeParam T - the loaded data.
 */
export class DataController<A, T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DataControllerOptions<A, T>;
  #state: DataState = 'idle';
  #data: T | undefined;
  #error: unknown;
  #extendError: unknown;
  #extending = false;
  #key: string | null = null;
  /** The key of the inputs {@link data} was loaded for. */
  #dataKey: string | null = null;
  #args: A | null = null;
  #abort: AbortController | undefined;
  /** Incremented by every load; an answer of an older generation is dropped. */
  #generation = 0;
  #settled: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, options: DataControllerOptions<A, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The current state. */
  get state(): DataState {
    return this.#state;
  }

  /** The last good data (kept through errors and retries; cleared when the inputs change). */
  get data(): T | undefined {
    return this.#data;
  }

  /** The error of the last failed load, while the state is `error`. */
  get error(): unknown {
    return this.#error;
  }

  /** Whether an {@link extend} is under way. */
  get extending(): boolean {
    return this.#extending;
  }

  /** The error of the last failed {@link extend}, until the next load or extend. */
  get extendError(): unknown {
    return this.#extendError;
  }

  /** Settles (never rejects) when the load or extend started last has finished. */
  get settled(): Promise<void> {
    return this.#settled;
  }

  hostConnected(): void {
    // Loads start in hostUpdate, before the next render.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // A load or extend under way is aborted; a reconnected host starts it again.
    if (this.#state === 'loading' || this.#extending) this.#key = null;
    this.#cancel();
  }

  hostUpdate(): void {
    const args = this.#options.args();
    if (args === null) {
      if (this.#key !== null || this.#state !== 'idle') {
        this.#cancel();
        this.#key = null;
        this.#dataKey = null;
        this.#args = null;
        this.#data = undefined;
        this.#error = undefined;
        this.#state = 'idle';
      }
      return;
    }
    const key = (this.#options.key ?? JSON.stringify)(args);
    if (key === this.#key) return;
    this.#key = key;
    this.#args = args;
    if (key !== this.#dataKey) this.#data = undefined;
    this.#start(args);
  }

  /** Loads again with the current inputs, keeping the data shown meanwhile. */
  retry(): void {
    if (this.#args === null) return;
    this.#start(this.#args);
    this.#host.requestUpdate();
  }

  /**
   * Loads more data (e.g. the next page) and merges it into the current data. Runs under the
   * current load's abort signal, so changing the inputs or disconnecting cancels it too.
   * Resolves with the result, or `undefined` when it failed, was aborted or nothing is loaded.
   */
  extend<R>(
    task: (context: LoadContext) => Promise<R>,
    merge: (data: T, result: R) => T,
  ): Promise<R | undefined> {
    const abort = this.#abort;
    if (this.#data === undefined || this.#extending || !abort) return Promise.resolve(undefined);
    const generation = this.#generation;
    this.#extending = true;
    this.#extendError = undefined;
    this.#host.requestUpdate();
    const done = task({ signal: abort.signal }).then(
      (result) => {
        if (generation !== this.#generation || this.#data === undefined) return undefined;
        this.#data = merge(this.#data, result);
        this.#extending = false;
        this.#state = this.#stateOf(this.#data, result);
        this.#options.onData?.(this.#data, result, true);
        this.#host.requestUpdate();
        return result;
      },
      (error: unknown) => {
        if (generation !== this.#generation) return undefined;
        this.#extending = false;
        if (!isAbortError(error)) {
          this.#extendError = error;
          this.#options.onError?.(error, true);
        }
        this.#host.requestUpdate();
        return undefined;
      },
    );
    this.#settled = done.then(() => undefined);
    return done;
  }

  /** Starts a load (answered by a server's outcome, when it has one: see base/hydration.ts). */
  #start(args: A): void {
    this.#cancel();
    const abort = new AbortController();
    this.#abort = abort;
    const generation = ++this.#generation;
    this.#state = 'loading';
    this.#error = undefined;
    this.#extendError = undefined;
    this.#extending = false;
    const done = (data: T): void => {
      if (generation !== this.#generation) return;
      this.#data = data;
      this.#dataKey = this.#key;
      this.#state = this.#stateOf(data, data);
      this.#options.onData?.(data, data, false);
      this.#host.requestUpdate();
    };
    const failed = (error: unknown): void => {
      if (generation !== this.#generation || isAbortError(error)) return;
      this.#error = error;
      this.#state = 'error';
      this.#options.onError?.(error, false);
      this.#host.requestUpdate();
    };
    // Answered by the state a server embedded in the page: no request. A load the server
    // failed shows failed in the hydrating render (hydrate.js then tries it again).
    const seed = (this.#host as HydratingHost)[SEEDS]?.shift();
    if (seed) return 'data' in seed ? done(seed.data as T) : failed(seed.error);
    let task: Promise<T>;
    try {
      task = this.#options.task(args, { signal: abort.signal });
    } catch (error) {
      task = Promise.reject(error);
    }
    if (isServer) trackLoad(this.#host, this.#key!, task);
    this.#settled = task.then(done, failed);
  }

  #stateOf(data: T, result: unknown): DataState {
    if (this.#options.isStale?.(result)) return 'stale';
    return this.#options.isEmpty?.(data) ? 'empty' : 'ready';
  }

  #cancel(): void {
    this.#generation += 1;
    this.#extending = false;
    const abort = this.#abort;
    this.#abort = undefined;
    abort?.abort(new DOMException('The request is no longer needed.', 'AbortError'));
  }
}
