/**
 * HTTP freshness (RFC 9111) as the client's cache applies it to a response's headers:
 * - `no-store` or `private`: not stored (the client's cache may be shared by many users, e.g. one
 *   client rendering pages for everyone on a Node server, so it acts as a shared cache);
 * - `no-cache`: stored, but stale at once (always revalidated before use);
 * - `max-age=N`: fresh for N seconds minus the response's `Age`;
 * - no `Cache-Control` on a `304`: the stored response keeps its lifetime;
 * - anything else (no `max-age`): stale at once, as before freshness existed.
 */

/** What a response's headers allow the cache to do with it. */
export interface Freshness {
  /** False for `no-store` and `private`: drop any stored copy instead. */
  readonly store: boolean;
  /** How long the response stays fresh, in ms; `null` when it has no `Cache-Control`. */
  readonly lifetimeMs: number | null;
  /** The response's `Age`, in ms (time it already spent in caches upstream). */
  readonly ageMs: number;
}

/** Reads `Cache-Control` and `Age` from `headers`. */
export function freshness(headers: Headers): Freshness {
  const age = Number(headers.get('Age'));
  const ageMs = age > 0 ? age * 1000 : 0;
  const value = headers.get('Cache-Control')?.toLowerCase();
  if (value === undefined) return { store: true, lifetimeMs: null, ageMs };
  const maxAge = /\bmax-age="?(\d+)/.exec(value);
  return {
    store: !/\b(no-store|private)\b/.test(value),
    lifetimeMs: maxAge && !/\bno-cache\b/.test(value) ? Number(maxAge[1]) * 1000 : 0,
    ageMs,
  };
}
