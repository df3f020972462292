/**
 * What official file numbers (发文字号) are made of, for the parser, the formatter and their
 * callers: the numbering forms, the error codes, the limits, the result types, and how a
 * failure is built. The rules, with an example for each accepted spelling, are in
 * docs/rules/file-numbers.md.
 */

/**
 * The numbering forms in use.
 * - `standard`: GB/T 9704-2012, issuer code + year in 〔〕 + sequence + 号 — `商资发〔2006〕123号`.
 * - `order` (令): `商务部令2006年第1号`.
 * - `announcement` (公告): `商务部公告2006年第12号`, joint: `商务部 海关总署公告2013年第85号`.
 * - `notice` (通告): `国家药监局通告2019年第56号`.
 * - `bulletin` (文告): the ministry's periodical bulletin, `商务部文告2019年第1号`.
 * - `serial-order` (令, one continuous series, no year): `国务院令第792号`, `海关总署令第262号`,
 *   `主席令第31号`.
 */
export const FILE_NUMBER_FORMS = [
  'standard',
  'order',
  'announcement',
  'notice',
  'bulletin',
  'serial-order',
] as const;
export type FileNumberForm = (typeof FILE_NUMBER_FORMS)[number];

/** Every reason `parseFileNumber()` can give; the UI localizes these codes. */
export const FILE_NUMBER_ERROR_CODES = [
  'not-a-string',
  'empty',
  'too-long',
  'invalid-character',
  'unknown-form',
  'no-issuer',
  'invalid-issuer',
  'no-year',
  'malformed-year',
  'ambiguous-year',
  'year-out-of-range',
  'no-sequence',
  'malformed-sequence',
  'sequence-out-of-range',
  'trailing-text',
] as const;
export type FileNumberErrorCode = (typeof FILE_NUMBER_ERROR_CODES)[number];

/** The limits the rules apply; fixed, so parsing never depends on the clock. */
export const FILE_NUMBER_LIMITS = {
  /** Earliest year accepted (the People's Republic's founding year). */
  minYear: 1949,
  /** Latest year accepted. */
  maxYear: 2100,
  /** Largest sequence number accepted (sequences start at 1). */
  maxSequence: 99_999,
  /** Longest input accepted, in UTF-16 code units, before any normalization. */
  maxLength: 256,
  /** Default latest year a two-digit year can stand for: `06` → 2006, `98` → 1998. */
  twoDigitYearMax: 2049,
} as const;

/** A parsed file number. `canonical` is the one spelling of it (see `formatFileNumber`). */
export interface FileNumber {
  /** The issuer code (`商资发`) or issuer name(s) (`商务部`, `商务部 海关总署`). */
  issuer: string;
  /** The year; `null` exactly for the `serial-order` form (`国务院令第792号`), which has none. */
  year: number | null;
  sequence: number;
  form: FileNumberForm;
  canonical: string;
}

export interface FileNumberError {
  code: FileNumberErrorCode;
  /** Plain English, naming what is wrong; for logs and developers. */
  message: string;
}

export type ParseResult = { ok: true; value: FileNumber } | { ok: false; error: FileNumberError };

export interface FileNumberParseOptions {
  /**
   * The latest year a two-digit year stands for; `YY` becomes the year in
   * `twoDigitYearMax - 99 … twoDigitYearMax` that ends in `YY`. Default 2049 (1950–2049).
   */
  twoDigitYearMax?: number;
}

export type Failure = { ok: false; error: FileNumberError };

export function fail(code: FileNumberErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

/** A character for a message: itself when printable, else its code point. */
export function describe(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? `"${ch}" (${hex})` : hex;
}

export function isFailure<T>(value: T | Failure): value is Failure {
  return typeof value === 'object' && (value as Failure).ok === false;
}
