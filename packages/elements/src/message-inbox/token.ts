/**
 * Where `<portal-message-inbox>` keeps a staff token: `sessionStorage` of the tab, per API base
 * URL — never `localStorage`, a cookie or the address. The tab forgets it when it closes; "sign
 * out" forgets it at once. A disabled storage keeps it in memory only (for the page's life).
 */
import { STAFF_TOKEN_PATTERN } from '@portal-kit/sdk';

const KEY = 'portal-kit:staff-token:';
const TOKEN = new RegExp(STAFF_TOKEN_PATTERN);

/** Whether `value` is shaped like a staff token (`pks_` and 43 characters). */
export const isStaffToken = (value: unknown): value is string =>
  typeof value === 'string' && TOKEN.test(value);

/** The token kept for `base` in this tab, or `null`. */
export function readToken(base: string): string | null {
  try {
    const token = globalThis.sessionStorage?.getItem(KEY + base);
    return isStaffToken(token) ? token : null;
  } catch {
    return null;
  }
}

/** Keeps `token` for `base` in this tab; `null` forgets it. */
export function writeToken(base: string, token: string | null): void {
  try {
    if (token === null) globalThis.sessionStorage?.removeItem(KEY + base);
    else globalThis.sessionStorage?.setItem(KEY + base, token);
  } catch {
    // storage disabled: kept in memory only
  }
}

/** The token signed in with in this tab, for the API base asked about last. */
export class TabToken {
  #base: string | undefined;
  #token: string | null = null;

  /** The token kept for `base` (read from the tab's storage when the base changes). */
  read(base: string | undefined): string | null {
    if (base !== undefined && base !== this.#base) {
      this.#base = base;
      this.#token = readToken(base);
    }
    return this.#token;
  }

  /** Keeps `token` for `base`; `null` forgets it. */
  write(base: string | undefined, token: string | null): void {
    if (base !== undefined) writeToken(base, token);
    this.#token = token;
  }
}
