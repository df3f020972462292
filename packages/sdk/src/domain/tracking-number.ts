/**
 * Tracking numbers and access codes of messages (留言), in Crockford's base 32: short, readable
 * aloud, case-insensitive, with no letters that look alike (no I, L, O, U).
 *
 * A tracking number is `M`, the two-digit year of arrival, seven random base-32 digits and one
 * check character, shown `M26-7KQ4-9XHC`. The check character is a weighted sum over GF(32):
 * every single mistyped character and every swap of two neighbouring characters is caught, so
 * a mistyped number is refused before any request is sent. Rules:
 * docs/rules/tracking-numbers.md.
 *
 * No dependencies; runs in browsers and Node (randomness from `crypto.getRandomValues`).
 */

/** Crockford's base-32 digits, value order. */
export const CROCKFORD_DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random base-32 digits of a tracking number (35 bits: 34 billion numbers a year). */
export const TRACKING_NUMBER_RANDOM_DIGITS = 7;

/** Base-32 digits of an access code (80 random bits), shown in groups of four. */
export const ACCESS_CODE_DIGITS = 16;

/** Longest input the readers look at (a tracking number or access code as typed). */
const INPUT_MAX_LENGTH = 64;

// GF(32) as polynomials over GF(2) modulo x⁵ + x² + 1 (primitive: x generates every non-zero
// element). EXP[i] = xⁱ, LOG[EXP[i]] = i. Built by calls marked pure, so a bundle that checks no
// tracking number (a page of the shared runtime alone) drops them.
function fieldTables(): { EXP: number[]; LOG: number[] } {
  const EXP: number[] = [];
  const LOG: number[] = new Array<number>(32).fill(0);
  for (let i = 0, value = 1; i < 31; i += 1) {
    EXP.push(value);
    LOG[value] = i;
    value <<= 1;
    if (value & 0b100000) value ^= 0b100101;
  }
  return { EXP, LOG };
}
const { EXP, LOG } = /* @__PURE__ */ fieldTables();

/** Product of two elements of GF(32). */
function multiply(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return EXP[((LOG[a] ?? 0) + (LOG[b] ?? 0)) % 31] ?? 0;
}

const VALUE = /* @__PURE__ */ new Map(
  /* @__PURE__ */ [...CROCKFORD_DIGITS].map((digit, value) => [digit, value]),
);

/**
 * The check character of `symbols` (base-32 digits, at most 30): Σ xⁱ⁺¹·dᵢ over GF(32). The
 * weights are distinct and non-zero, and the check's own weight is 1, so the whole number sums
 * to zero: a change of one character changes the sum by w·(a−b) ≠ 0, a swap of neighbours by
 * (wᵢ−wᵢ₊₁)·(a−b) ≠ 0.
 */
export function trackingCheckCharacter(symbols: string): string {
  let sum = 0;
  [...symbols].forEach((digit, i) => {
    const value = VALUE.get(digit);
    if (value === undefined || i >= 30) throw new RangeError(`not a base-32 digit: ${digit}`);
    sum ^= multiply(EXP[(i + 1) % 31] ?? 1, value);
  });
  return CROCKFORD_DIGITS[sum] ?? '0';
}

/** Base-32 digits from random bytes (each byte's low five bits: uniform, as 256 = 8 × 32). */
function randomDigits(count: number, random?: Uint8Array): string {
  const bytes = random ?? crypto.getRandomValues(new Uint8Array(count));
  if (bytes.length < count) throw new RangeError(`expected ${count} random bytes`);
  let digits = '';
  for (let i = 0; i < count; i += 1) digits += CROCKFORD_DIGITS[(bytes[i] ?? 0) & 31];
  return digits;
}

/**
 * A new tracking number for a message that arrived in `year` (its Beijing calendar year), in
 * its canonical spelling `M26-7KQ4-9XHC`. `random`: seven bytes to use instead of
 * `crypto.getRandomValues` (tests).
 *
 * @example makeTrackingNumber(2026) // 'M26-7KQ4-9XHC' (random)
 */
export function makeTrackingNumber(year: number, random?: Uint8Array): string {
  if (!Number.isInteger(year) || year < 2000 || year > 2099) {
    throw new RangeError(`expected a year from 2000 to 2099, got ${String(year)}`);
  }
  const symbols = String(year % 100).padStart(2, '0') + randomDigits(7, random);
  return formatTracking(symbols + trackingCheckCharacter(symbols));
}

/** `2679KQ49XHC`-style symbols (without `M`) → `M26-7KQ4-9XHC`. */
function formatTracking(symbols: string): string {
  return `M${symbols.slice(0, 2)}-${symbols.slice(2, 6)}-${symbols.slice(6)}`;
}

/**
 * `input` as base-32 symbols the way Crockford reads them: full-width forms folded (NFKC), any
 * case, spaces, hyphens and dots dropped, I and L read as 1, O as 0. `null` when too long.
 */
function crockfordSymbols(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > INPUT_MAX_LENGTH) return null;
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―−_.·]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

const TRACKING_SYMBOLS = /^M([0-9]{2}[0-9A-HJKMNP-TV-Z]{8})$/;

/**
 * The canonical spelling of a tracking number typed in any way (`m26 7kq4 9xhc`,
 * `M26-7KQ4-9XHC`), or `null` when it is not one: wrong length, a character that is no
 * base-32 digit, or a check character that does not match (a typo).
 *
 * @example parseTrackingNumber('m26 7kq4 9xhc') // 'M26-7KQ4-9XHC' if its check matches
 */
export function parseTrackingNumber(input: unknown): string | null {
  const symbols = crockfordSymbols(input);
  // The prefix is the letter M, never read as a digit.
  const match = symbols === null ? null : TRACKING_SYMBOLS.exec(symbols);
  if (!match?.[1]) return null;
  const body = match[1].slice(0, -1);
  return trackingCheckCharacter(body) === match[1].slice(-1) ? formatTracking(match[1]) : null;
}

/**
 * Whether `input` is a tracking number, in any spelling `parseTrackingNumber` reads (case,
 * spaces, hyphens, I/L for 1 and O for 0), with a matching check character.
 */
export function isTrackingNumber(input: unknown): boolean {
  return parseTrackingNumber(input) !== null;
}

/**
 * A new access code: 80 random bits as sixteen base-32 digits in groups of four
 * (`7KQ4-9XHC-2M5R-PWZ8`). `random`: sixteen bytes to use instead (tests).
 */
export function makeAccessCode(random?: Uint8Array): string {
  const digits = randomDigits(ACCESS_CODE_DIGITS, random);
  return digits.replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * The canonical spelling of an access code typed in any way (as a tracking number is read), or
 * `null` when it cannot be one.
 */
export function parseAccessCode(input: unknown): string | null {
  const symbols = crockfordSymbols(input);
  if (symbols === null || !/^[0-9A-HJKMNP-TV-Z]{16}$/.test(symbols)) return null;
  return symbols.replace(/(.{4})(?=.)/g, '$1-');
}
