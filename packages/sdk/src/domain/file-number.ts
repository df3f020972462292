/**
 * Official file numbers (发文字号): turn whatever people type into one structured value and one
 * canonical spelling, write a value back, and derive an index key. The rules, with an example
 * for each accepted spelling, are in docs/rules/file-numbers.md.
 *
 * Pure functions, no dependencies, no Node or DOM APIs: the same code runs in browsers, in the
 * components and in the server.
 */

/**
 * The numbering forms in use.
 * - `standard`: GB/T 9704-2012, issuer code + year in 〔〕 + sequence + 号 — `商资发〔2006〕123号`.
 * - `order` (令): `商务部令2006年第1号`.
 * - `announcement` (公告): `商务部公告2006年第12号`, joint: `商务部 海关总署公告2013年第85号`.
 * - `notice` (通告): `国家药监局通告2019年第56号`.
 * - `bulletin` (文告): the ministry's periodical bulletin, `商务部文告2019年第1号`.
 */
export const FILE_NUMBER_FORMS = [
  'standard',
  'order',
  'announcement',
  'notice',
  'bulletin',
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
  year: number;
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

// --- characters -------------------------------------------------------------------------------

/** Form markers written between the issuer and the year, longest first. */
const FORM_MARKERS: ReadonlyArray<readonly [Exclude<FileNumberForm, 'standard'>, string]> = [
  ['announcement', '公告'],
  ['notice', '通告'],
  ['bulletin', '文告'],
  ['order', '令'],
];
const MARKER_OF = Object.fromEntries(FORM_MARKERS) as Record<
  Exclude<FileNumberForm, 'standard'>,
  string
>;

/** Full name prefix dropped from order/announcement issuers: 中华人民共和国商务部令 → 商务部令. */
const STATE_PREFIX = '中华人民共和国';

/** Characters that end an issuer's name in a joint issue (部, 署, 局, 委员会…). */
const INSTITUTION_END = /[部署局委会院行厅办府室司处所社盟军]$/u;

const HAN_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const NUMERALS = new Set('0123456789〇零一二两三四五六七八九十百千');
/** Digit-by-digit numerals and the digit each stands for. */
const DIGIT_OF: Readonly<Record<string, string>> = Object.fromEntries(
  [...'0123456789', ...'〇一二三四五六七八九']
    .map((ch, i) => [ch, String(i % 10)])
    .concat([['零', '0']]),
);

/** Brackets people type around the year (after NFKC), mapped to 〔 and 〕. */
const OPENING = '([{【〔〖〘〈⟨⦅⟦';
const CLOSING = ')]}】〕〗〙〉⟩⦆⟧';
/**
 * Code units rewritten after NFKC: '' drops an invisible character (zero-width space, joiners,
 * BOM, soft hyphen, variation selectors), ' ' marks whitespace (runs collapse to one space),
 * anything else replaces the character (brackets, 號 → 号, a–z → A–Z).
 */
const CHAR_MAP: ReadonlyMap<number, string> = new Map(
  [
    ...[...'\u00ad\u200b\u200c\u200d\u2060\ufeff\u180b\u180c\u180d\u180f'].map((ch) => [ch, '']),
    ...Array.from({ length: 16 }, (_, i) => [String.fromCharCode(0xfe00 + i), '']),
    ...[...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000'].map((ch) => [ch, ' ']),
    ...Array.from({ length: 11 }, (_, i) => [String.fromCharCode(0x2000 + i), ' ']),
    ...[...OPENING].map((ch) => [ch, '〔']),
    ...[...CLOSING].map((ch) => [ch, '〕']),
    ['號', '号'],
    ...[...'abcdefghijklmnopqrstuvwxyz'].map((ch) => [ch, ch.toUpperCase()]),
  ].map(([from, to]) => [(from as string).charCodeAt(0), to as string]),
);
/** Quotes and sentence punctuation copied along with a number, dropped at either end. */
const EDGE_PUNCTUATION = new Set(' "\'“”‘’「」『』.,;:。、!?');
/** Runs where a letter O or a circle stands for a zero: 二OO六, 二○○六, 2OO6. */
const ZERO_LOOKALIKE_RUN = /[0-9〇零一二三四五六七八九O○◯]+/gu;
/** What may remain after normalization. Anything else is refused, naming the character. */
const DISALLOWED = /[^\p{Script=Han}A-Z0-9 〔〕、,/·・]/u;
const JOINT_SEPARATOR = /[、,/·・]/u;

// --- results ----------------------------------------------------------------------------------

type Failure = { ok: false; error: FileNumberError };

function fail(code: FileNumberErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

/** A character for a message: itself when printable, else its code point. */
function describe(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? `"${ch}" (${hex})` : hex;
}

// --- normalization ----------------------------------------------------------------------------

/**
 * One spelling for the many ways of typing the same characters: NFKC (full-width digits and
 * letters, ［］（）｛｝, compatibility ideographs), invisible characters dropped, any whitespace
 * run → one space, Latin letters upper-cased, every bracket → 〔 or 〕, 號 → 号, a letter O or a
 * circle inside a numeral → zero, and quotes or punctuation at either end dropped.
 */
function normalizeText(input: string): string {
  const text = input.normalize('NFKC');
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const to = CHAR_MAP.get(text.charCodeAt(i)) ?? (text[i] as string);
    if (to === ' ') {
      space = out !== '';
    } else if (to !== '') {
      out += space ? ` ${to}` : to;
      space = false;
    }
  }
  if (/[O○◯]/u.test(out)) {
    out = out.replace(ZERO_LOOKALIKE_RUN, (run) =>
      /[〇零一二三四五六七八九]/u.test(run)
        ? run.replace(/[O○◯]/gu, '〇')
        : /[0-9]/u.test(run)
          ? run.replace(/[O○◯]/gu, '0')
          : run,
    );
  }
  let start = 0;
  let end = out.length;
  while (start < end && EDGE_PUNCTUATION.has(out[start] as string)) start++;
  while (end > start && EDGE_PUNCTUATION.has(out[end - 1] as string)) end--;
  return out.slice(start, end);
}

/**
 * Where the number part starts: a bracket, a digit, 第 or 号; or a Chinese numeral followed by
 * 年, 〕, 号, 第 or (after a space) another numeral — so numerals inside an issuer code stay in it.
 */
function numberStart(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if ('〔〕第号'.includes(ch) || (ch >= '0' && ch <= '9')) return i;
    if (!NUMERALS.has(ch)) continue;
    let end = i;
    while (end < s.length && NUMERALS.has(s[end] as string)) end++;
    const spaced = s[end] === ' ';
    const next = s[spaced ? end + 1 : end] ?? '';
    if (
      (next !== '' && '年〕号第'.includes(next)) ||
      (spaced && NUMERALS.has(next)) ||
      /[0-9]/u.test(s.slice(i, end))
    ) {
      return i;
    }
    i = end - 1;
  }
  return -1;
}

/** Splits a trailing form marker (令, 公告…) off the text before the number. */
function splitForm(head: string): { form: FileNumberForm; name: string } {
  for (const [form, marker] of FORM_MARKERS) {
    if (head.endsWith(marker)) return { form, name: head.slice(0, -marker.length).trim() };
  }
  return { form: 'standard', name: head };
}

/**
 * The issuer in its canonical spelling. A standard number carries one issuer code, written
 * without spaces. Orders, announcements, notices and bulletins may be issued jointly: names are
 * separated by one space (a space, 、, comma, slash or middle dot in the input); a fragment that
 * does not end like an institution (部, 署, 局…) belongs to the next one (`海关 总署` → `海关总署`).
 */
function normalizeIssuer(name: string, form: FileNumberForm): string | Failure {
  let text = name;
  if (form !== 'standard' && text.startsWith(STATE_PREFIX) && text.length > STATE_PREFIX.length) {
    text = text.slice(STATE_PREFIX.length);
  }
  const fragments = text.split(/[ 、,/·・]+/u).filter((f) => f !== '');
  if (fragments.length === 0) {
    return fail('no-issuer', 'No issuer: a file number starts with the issuer code, e.g. 商资发.');
  }
  let issuer: string;
  if (form === 'standard') {
    if (JOINT_SEPARATOR.test(text)) {
      return fail(
        'invalid-issuer',
        `Issuer "${text}" lists several issuers: a standard number carries only the lead issuer's code.`,
      );
    }
    issuer = fragments.join('');
  } else {
    const names: string[] = [];
    let pending = '';
    for (const fragment of fragments) {
      pending += fragment;
      if (INSTITUTION_END.test(pending)) {
        names.push(pending);
        pending = '';
      }
    }
    if (pending !== '') names.push(pending);
    issuer = names.join(' ');
  }
  if (!/\p{Script=Han}/u.test(issuer)) {
    return fail('invalid-issuer', `Issuer "${issuer}" has no Chinese characters.`);
  }
  return issuer;
}

// --- numerals ---------------------------------------------------------------------------------

/** Digit-by-digit numerals (2006, 二〇〇六, 二零零六, 二00六) as a digit string, else null. */
function digitsOf(text: string): string | null {
  let digits = '';
  for (const ch of text) {
    const digit = DIGIT_OF[ch];
    if (digit === undefined) return null;
    digits += digit;
  }
  return digits;
}

/**
 * Positional Chinese numerals with 十/百/千 (十二, 一百零三, 二千零六, 两千零六), else null.
 * Strict where colloquial speech is ambiguous: a skipped place needs 零 (一百三 is refused, as
 * it may mean 130), and 零 only stands for a skipped place.
 */
function positionalValue(text: string): number | null {
  let total = 0;
  let digit = -1;
  let last = 10_000;
  let zero = false;
  for (const ch of text) {
    const unit = HAN_UNIT[ch];
    if (unit === undefined) {
      const d = HAN_DIGIT[ch];
      if (d === undefined || digit >= 0) return null;
      if (d === 0) zero = true;
      else digit = d;
      continue;
    }
    if (unit >= last) return null;
    if (digit < 0 && !(unit === 10 && last === 10_000)) return null;
    if ((last !== 10_000 && unit * 10 !== last) !== zero) return null;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
    zero = false;
    last = unit;
  }
  if (digit < 0) return zero ? null : total;
  return (last !== 10) === zero ? total + digit : null;
}

function toYear(text: string, pivot: number): number | Failure {
  const { minYear, maxYear } = FILE_NUMBER_LIMITS;
  let year: number | null;
  if (/[十百千]/u.test(text)) {
    year = positionalValue(text);
  } else {
    const digits = digitsOf(text);
    year =
      digits === null || (digits.length !== 4 && digits.length !== 2)
        ? null
        : digits.length === 2
          ? pivot - ((((pivot - Number(digits)) % 100) + 100) % 100)
          : Number(digits);
  }
  if (year === null) {
    return fail(
      'malformed-year',
      `Year "${text}" is not a year: write four digits (2006), two (06) or Chinese numerals (二〇〇六).`,
    );
  }
  if (year < minYear || year > maxYear) {
    return fail(
      'year-out-of-range',
      `Year ${year} is out of range: file numbers carry a year from ${minYear} to ${maxYear}.`,
    );
  }
  return year;
}

function toSequence(text: string): number | Failure {
  const { maxSequence } = FILE_NUMBER_LIMITS;
  let sequence: number | null;
  if (/[十百千]/u.test(text)) {
    sequence = positionalValue(text);
  } else {
    const digits = digitsOf(text);
    const significant = digits?.replace(/^0+/u, '');
    sequence =
      significant === undefined
        ? null
        : significant.length > String(maxSequence).length
          ? Infinity
          : Number(significant);
  }
  if (sequence === null) {
    return fail('malformed-sequence', `Sequence number "${text}" is not a number.`);
  }
  if (sequence < 1 || sequence > maxSequence) {
    return fail(
      'sequence-out-of-range',
      `Sequence number ${text} is out of range: it must be from 1 to ${maxSequence}.`,
    );
  }
  return sequence;
}

function isFailure<T>(value: T | Failure): value is Failure {
  return typeof value === 'object' && (value as Failure).ok === false;
}

// --- the number part --------------------------------------------------------------------------

/**
 * Reads `〔? YEAR delimiters 第? SEQUENCE 号*` from `start`: the year is delimited by 〕, 年, 第
 * or a space; the closing bracket may also come after 号 (`（2019年第56号）`); `文`/`文件` after
 * 号 (`47号文`) is accepted.
 */
function parseNumberPart(
  s: string,
  start: number,
  form: FileNumberForm,
  pivot: number,
): { year: number; sequence: number } | Failure {
  let p = start;
  let opened = false;
  while (s[p] === '〔' || s[p] === ' ') {
    opened ||= s[p] === '〔';
    p++;
  }
  const yearText = /^[0-9〇零一二两三四五六七八九十百千]+/u.exec(s.slice(p))?.[0];
  if (yearText === undefined) {
    const ch = s[p];
    if (ch === undefined || '〕第号'.includes(ch)) {
      return fail(
        'no-year',
        form === 'standard'
          ? 'No year: write it in brackets after the issuer, e.g. 〔2006〕.'
          : 'No year: write it before the sequence number, e.g. 2006年第1号 (numbers without a year, such as 国务院令第588号, are not supported).',
      );
    }
    return fail('malformed-year', `Expected a year, found ${describe(ch)}.`);
  }
  p += yearText.length;
  let delimited = false;
  let closed = false;
  while (s[p] !== undefined && ' 〕年第'.includes(s[p] as string)) {
    closed ||= s[p] === '〕';
    delimited = true;
    p++;
  }
  if (!delimited) {
    const ch = s[p];
    if (ch !== undefined && ch !== '号') {
      return fail('malformed-year', `Unexpected ${describe(ch)} after the year "${yearText}".`);
    }
    if (/^(?:19|20)[0-9]{3,}$/u.test(digitsOf(yearText) ?? '')) {
      return fail(
        'ambiguous-year',
        `"${yearText}" runs the year and the sequence number together: write the year in brackets, e.g. 〔2006〕123号.`,
      );
    }
    if (!opened) {
      return fail(
        'no-year',
        `No year: "${yearText}" is taken as the sequence number; write the year in brackets before it, e.g. 〔2006〕.`,
      );
    }
  }
  const year = toYear(yearText, pivot);
  if (isFailure(year)) return year;

  const sequenceText = /^[0-9〇零一二两三四五六七八九十百千]+/u.exec(s.slice(p))?.[0];
  if (sequenceText === undefined) {
    const ch = s[p];
    if (ch === '〔') {
      return fail('ambiguous-year', 'Two years are given: write one year in brackets.');
    }
    if (ch === undefined || ch === '号') {
      return fail('no-sequence', `No sequence number after the year ${year}.`);
    }
    return fail('malformed-sequence', `Expected the sequence number, found ${describe(ch)}.`);
  }
  const sequence = toSequence(sequenceText);
  if (isFailure(sequence)) return sequence;
  p += sequenceText.length;
  if (s[p] === ' ') p++;
  if (s[p] !== undefined && s[p] !== '号' && s[p] !== '〕') {
    return fail(
      'malformed-sequence',
      `Unexpected ${describe(s[p] as string)} after the sequence number ${sequenceText}.`,
    );
  }
  let marked = false;
  while (s[p] === '号' || s[p] === ' ') {
    marked ||= s[p] === '号';
    p++;
  }
  if (marked && s[p] === '文') p += s[p + 1] === '件' ? 2 : 1;
  if (opened && !closed) {
    while (s[p] === '〕' || s[p] === ' ') p++;
  }
  if (p < s.length) {
    return fail('trailing-text', `Unexpected text after the number: "${s.slice(p).trim()}".`);
  }
  return { year, sequence };
}

// --- public API -------------------------------------------------------------------------------

function render(form: FileNumberForm, issuer: string, year: number, sequence: number): string {
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
 * `商务部文告2019年第1号`. The issuer is normalized as `parseFileNumber` does; `canonical`, when
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
  if (!Number.isInteger(year) || year < minYear || year > maxYear) {
    throw new RangeError(`Year ${year} is out of range (${minYear}–${maxYear}).`);
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > maxSequence) {
    throw new RangeError(`Sequence number ${sequence} is out of range (1–${maxSequence}).`);
  }
  const name = normalizeIssuer(normalizeText(issuer), form);
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
