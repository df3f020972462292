/**
 * The client's response cache: a small LRU of parsed bodies with their ETags and freshness, used
 * to answer without a request while fresh, to revalidate once stale, and to answer from when the
 * network fails (stale-if-error).
 *
 * Immutability: every body the client returns is deeply frozen ({@link deepFreeze}), so a caller
 * can never corrupt what the cache holds, a `304` can hand back the very same object (identity is
 * stable, cheap change detection for UIs), and nothing is copied per call. A caller that wants to
 * edit the data copies it first (`structuredClone(page)`).
 */

/** One cached representation. */
export interface CacheEntry {
  /** The `ETag` the server sent with it, `null` when it sent none (then no revalidation). */
  readonly etag: string | null;
  /** The parsed, deeply frozen body. */
  readonly data: object;
  /** How long it stays fresh after each (re)validation, in ms (from `Cache-Control`). */
  readonly lifetimeMs: number;
  /** When it goes stale, on the client's clock (ms); `0` = stale, revalidate before use. */
  readonly expires: number;
}

/** A bounded least-recently-used map from request key to {@link CacheEntry}. */
export class LruCache {
  readonly #entries = new Map<string, CacheEntry>();

  /** @param maxEntries - the most entries kept; the least recently used is dropped first. */
  constructor(readonly maxEntries: number) {}

  /** Number of entries held. */
  get size(): number {
    return this.#entries.size;
  }

  /** The entry for `key`, marking it as most recently used. */
  get(key: string): CacheEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** Stores `entry` under `key` as the most recently used, evicting the oldest beyond the bound. */
  set(key: string, entry: CacheEntry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    // A Map iterates in insertion order: the first keys are the least recently used.
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(oldest);
    }
  }

  /** Forgets the entry for `key`. */
  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Marks every entry whose key passes `match` stale, so that its next use revalidates it. */
  expire(match: (key: string) => boolean): void {
    for (const [key, entry] of this.#entries) {
      if (match(key)) this.#entries.set(key, { ...entry, expires: 0 });
    }
  }

  /** Forgets every entry. */
  clear(): void {
    this.#entries.clear();
  }
}

/** Freezes `value` and everything reachable from it; returns `value`. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const staleObjects = new WeakSet<object>();

/**
 * True when `data` came from the client's cache because the network failed (stale-if-error):
 * show it, and say in the UI that it may be out of date.
 */
export function isStale(data: object): boolean {
  return staleObjects.has(data);
}

/** A frozen shallow copy of cached `data`, marked so that {@link isStale} is true for it. */
export function staleCopy<T extends object>(data: T): T {
  const copy = (Array.isArray(data) ? [...data] : { ...data }) as T;
  Object.freeze(copy);
  staleObjects.add(copy);
  return copy;
}
