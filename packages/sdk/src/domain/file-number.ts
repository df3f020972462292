/**
 * Official file numbers (发文字号): turn whatever people type into one structured value and one
 * canonical spelling, write a value back, and derive an index key. The rules, with an example
 * for each accepted spelling, are in docs/rules/file-numbers.md.
 *
 * Pure functions, no dependencies, no Node or DOM APIs: the same code runs in browsers, in the
 * components and in the server.
 */
import { parseNumberPart, parseSerialPart } from './file-number-numbers.js';
import {
  describe,
  fail,
  FILE_NUMBER_FORMS,
  FILE_NUMBER_LIMITS,
  isFailure,
  type FileNumber,
  type FileNumberForm,
  type FileNumberParseOptions,
  type ParseResult,
} from './file-number-rules.js';
import {
  DISALLOWED,
  MARKER_OF,
  normalizeIssuer,
  normalizeText,
  numberStart,
  splitForm,
} from './file-number-text.js';

// The rules live in modules by idea (what a file number is made of, its text, its number part);
// this one is the public API and re-exports what callers need.
export {
  FILE_NUMBER_ERROR_CODES,
  FILE_NUMBER_FORMS,
  FILE_NUMBER_LIMITS,
  type FileNumber,
  type FileNumberError,
  type FileNumberErrorCode,
  type FileNumberForm,
  type FileNumberParseOptions,
  type ParseResult,
} from './file-number-rules.js';

function render(
  form: FileNumberForm,
  issuer: string,
  year: number | null,
  sequence: number,
): string {
  if (form === 'serial-order') return `${issuer}令第${sequence}号`;
  return form === 'standard'
    ? `${issuer}〔${year}〕${sequence}号`
    : `${issuer}${MARKER_OF[form]}${year}年第${sequence}号`;
}

/**
 * Parses an official file number as people type it. Never throws: any input, including a
 * non-string at runtime, gives `{ ok: true, value }` or `{ ok: false, error: { code, message } }`.
 *
 * @example
 * parseFileNumber('商资发[06]第0123号');
 * // { ok: true, value: { issuer: '商资发', year: 2006, sequence: 123, form: 'standard',
 * //                      canonical: '商资发〔2006〕123号' } }
 * parseFileNumber('国务院令第792号');
 * // { ok: true, value: { issuer: '国务院', year: null, sequence: 792, form: 'serial-order',
 * //                      canonical: '国务院令第792号' } }
 * parseFileNumber('商资发123号'); // { ok: false, error: { code: 'no-year', message: … } }
 */
export function parseFileNumber(input: string, options: FileNumberParseOptions = {}): ParseResult {
  if (typeof input !== 'string') {
    return fail(
      'not-a-string',
      `Expected a string, got ${input === null ? 'null' : typeof input}.`,
    );
  }
  const { maxLength, twoDigitYearMax } = FILE_NUMBER_LIMITS;
  if (input.length > maxLength) {
    return fail(
      'too-long',
      `Input is ${input.length} characters long; at most ${maxLength} are read.`,
    );
  }
  const s = normalizeText(input);
  if (s === '') return fail('empty', 'Nothing to parse: the input is empty.');
  const bad = DISALLOWED.exec(s);
  if (bad !== null) {
    return fail(
      'invalid-character',
      `Character ${describe(bad[0])} cannot appear in a file number.`,
    );
  }

  const start = numberStart(s);
  const { form, name } = splitForm((start < 0 ? s : s.slice(0, start)).trim());
  if (start < 0) {
    return form === 'standard'
      ? fail(
          'unknown-form',
          `"${s}" is not a file number: expected e.g. 商资发〔2006〕123号 or 商务部令2006年第1号.`,
        )
      : fail('no-year', `No year after "${name}${MARKER_OF[form]}": write e.g. 2006年第1号.`);
  }
  const issuer = normalizeIssuer(name, form);
  if (isFailure(issuer)) return issuer;
  if (form === 'order') {
    // An order of a series without years (国务院令第792号)?
    const serial = parseSerialPart(s, start);
    if (serial !== null) {
      if (isFailure(serial)) return serial;
      const { sequence } = serial;
      const canonical = render('serial-order', issuer, null, sequence);
      return { ok: true, value: { issuer, year: null, sequence, form: 'serial-order', canonical } };
    }
  }
  const pivot = Number.isInteger(options.twoDigitYearMax)
    ? (options.twoDigitYearMax as number)
    : twoDigitYearMax;
  const numbers = parseNumberPart(s, start, form, pivot);
  if (isFailure(numbers)) return numbers;
  const { year, sequence } = numbers;
  return {
    ok: true,
    value: { issuer, year, sequence, form, canonical: render(form, issuer, year, sequence) },
  };
}

/**
 * The canonical spelling of a file number: `商资发〔2006〕123号` (standard form), or
 * `商务部令2006年第1号`, `商务部公告2006年第12号`, `国家药监局通告2019年第56号`,
 * `商务部文告2019年第1号`, `国务院令第792号` (`serial-order`, whose year is `null`). The issuer is normalized as `parseFileNumber` does; `canonical`, when
 * given, is ignored. Throws a `TypeError`/`RangeError` for a value no file number can carry.
 */
export function formatFileNumber(value: FileNumber | Omit<FileNumber, 'canonical'>): string {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError('formatFileNumber expects a file number object.');
  }
  const { form, issuer, year, sequence } = value;
  const { minYear, maxYear, maxSequence } = FILE_NUMBER_LIMITS;
  if (!(FILE_NUMBER_FORMS as readonly unknown[]).includes(form)) {
    throw new RangeError(`Unknown file number form: ${String(form)}.`);
  }
  if (typeof issuer !== 'string') throw new TypeError('The issuer must be a string.');
  if (form === 'serial-order') {
    if (year !== null) {
      throw new RangeError(`An order of a series without years has no year (got ${year}).`);
    }
  } else if (
    typeof year !== 'number' ||
    !Number.isInteger(year) ||
    year < minYear ||
    year > maxYear
  ) {
    throw new RangeError(`Year ${year} is out of range (${minYear}–${maxYear}).`);
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > maxSequence) {
    throw new RangeError(`Sequence number ${sequence} is out of range (1–${maxSequence}).`);
  }
  const name = normalizeIssuer(normalizeText(issuer), form === 'serial-order' ? 'order' : form);
  if (isFailure(name)) throw new RangeError(name.error.message);
  const canonical = render(form, name, year, sequence);
  // The canonical spelling must read back as the same number (an issuer like 商务部令 or one
  // holding digits or brackets cannot be written unambiguously).
  const back = parseFileNumber(canonical);
  if (!back.ok || back.value.canonical !== canonical) {
    throw new RangeError(`Issuer "${issuer}" cannot be written in a ${form} file number.`);
  }
  return canonical;
}

/**
 * A key for indexing and lookup: the same for every spelling of the same number (the canonical
 * spelling without spaces, so `商务部海关总署公告…` and `商务部 海关总署公告…` match), or `null`
 * when the input is not a file number.
 */
export function fileNumberKey(input: string, options?: FileNumberParseOptions): string | null {
  const result = parseFileNumber(input, options);
  return result.ok ? result.value.canonical.replaceAll(' ', '') : null;
}
