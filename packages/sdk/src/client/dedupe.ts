/**
 * Sharing of identical requests in flight: callers asking for the same key while a request is
 * under way get the same answer from one `fetch`. Each caller can abort on its own; the shared
 * request is aborted only when every caller has aborted.
 */

interface Shared {
  readonly controller: AbortController;
  readonly promise: Promise<unknown>;
  callers: number;
}

/** A registry of shared requests in flight, by key. */
export class InFlight {
  readonly #shared = new Map<string, Shared>();

  /** Number of distinct requests in flight. */
  get size(): number {
    return this.#shared.size;
  }

  /**
   * Joins the request in flight under `key`, or starts one with `start`. `start` receives the
   * shared signal, aborted when all callers have aborted. The returned promise rejects with
   * `signal.reason` as soon as this caller's `signal` aborts, whatever the shared request does.
   */
  run<T>(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>) {
    if (signal?.aborted) return Promise.reject<T>(signal.reason);
    let shared = this.#shared.get(key);
    if (!shared) shared = this.#start(key, start);
    const entry = shared;
    entry.callers += 1;

    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(signal?.reason);
        entry.callers -= 1;
        if (entry.callers === 0) {
          this.#forget(key, entry);
          entry.controller.abort(signal?.reason);
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value as T);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  /**
   * Lets the requests in flight whose key passes `match` finish for their callers, but no longer
   * be joined: a later caller starts a new request (used after a write changed the data).
   */
  detach(match: (key: string) => boolean): void {
    for (const key of this.#shared.keys()) if (match(key)) this.#shared.delete(key);
  }

  #start(key: string, start: (signal: AbortSignal) => Promise<unknown>): Shared {
    const controller = new AbortController();
    const promise = start(controller.signal);
    const entry: Shared = { controller, promise, callers: 0 };
    this.#shared.set(key, entry);
    const forget = () => this.#forget(key, entry);
    promise.then(forget, forget);
    return entry;
  }

  #forget(key: string, entry: Shared): void {
    if (this.#shared.get(key) === entry) this.#shared.delete(key);
  }
}
