/**
 * Remembered preferences (a language choice, a dismissed suggestion, the care mode): reading and
 * writing `localStorage` where storage may be disabled by privacy settings or full — then the
 * page behaves as on a first visit and the choice is simply not remembered.
 */

/** The stored value of `key`, or `null` (also when storage is disabled). */
export function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; a disabled or full storage does not remember it. */
export function writeStorage(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // storage disabled or full: not remembered
  }
}
