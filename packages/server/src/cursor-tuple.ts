/**
 * The envelope of every list cursor: a JSON array of the position's values, base64url-encoded.
 * Each list checks the values it reads back; this module only encodes and unwraps them.
 */
import { CURSOR_MAX_LENGTH } from '@portal-kit/sdk';

/** The opaque cursor string of `values`. */
export function encodeTuple(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * The `length` values of a cursor made by {@link encodeTuple}, unchecked; `null` for anything
 * that is not such a cursor (wrong alphabet or size, not JSON, not an array of that length).
 */
export function decodeTuple(value: string, length: number): unknown[] | null {
  if (value.length === 0 || value.length > CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  return Array.isArray(parsed) && parsed.length === length ? (parsed as unknown[]) : null;
}
