/**
 * The number part of a file number: the year and the sequence number, in digits (2006, 06) or
 * Chinese numerals (二〇〇六, 一百零三), between the brackets, 年, 第 and 号 people type.
 */
import {
  describe,
  fail,
  FILE_NUMBER_LIMITS,
  isFailure,
  type Failure,
  type FileNumberForm,
} from './file-number-rules.js';

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
/** Digit-by-digit numerals and the digit each stands for. */
const DIGIT_OF: Readonly<Record<string, string>> = /* @__PURE__ */ Object.fromEntries(
  [...'0123456789', ...'〇一二三四五六七八九']
    .map((ch, i) => [ch, String(i % 10)])
    .concat([['零', '0']]),
);

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

export function toSequence(text: string): number | Failure {
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

/**
 * Reads `〔? YEAR delimiters 第? SEQUENCE 号*` from `start`: the year is delimited by 〕, 年, 第
 * or a space; the closing bracket may also come after 号 (`（2019年第56号）`); `文`/`文件` after
 * 号 (`47号文`) is accepted.
 */
export function parseNumberPart(
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
          : 'No year: write it before the sequence number, e.g. 2006年第1号 (only orders run in one series without a year, e.g. 国务院令第792号).',
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

/** A run of numerals (digits or Chinese numerals) at the start of `text`. */
const NUMERAL_RUN = /^[0-9〇零一二两三四五六七八九十百千]+/u;

/**
 * Reads the number of an order in one continuous series, without a year (`国务院令第792号`),
 * from `start`: `〔? 第 SEQUENCE 号* 〕?`, or without 第 a lone number that cannot be a year
 * (`国务院令792号`; `商务部令2006号` is left to the year form, which refuses it). Returns `null`
 * when the text is not shaped like that, so the year form reads it (and says what is wrong).
 */
export function parseSerialPart(s: string, start: number): { sequence: number } | Failure | null {
  let p = start;
  let opened = false;
  while (s[p] === '〔' || s[p] === ' ') {
    opened ||= s[p] === '〔';
    p++;
  }
  const di = s[p] === '第';
  if (di) p++;
  while (s[p] === ' ') p++;
  const sequenceText = NUMERAL_RUN.exec(s.slice(p))?.[0];
  if (sequenceText === undefined) return null;
  p += sequenceText.length;
  while (s[p] === ' ') p++;
  let marked = false;
  while (s[p] === '号' || s[p] === ' ') {
    marked ||= s[p] === '号';
    p++;
  }
  if (marked && s[p] === '文') p += s[p + 1] === '件' ? 2 : 1;
  if (opened) {
    while (s[p] === '〕' || s[p] === ' ') p++;
  }
  if (p < s.length) {
    // after 第, a number and 号, this can only be a number of the series: say what follows it
    return di && marked
      ? fail('trailing-text', `Unexpected text after the number: "${s.slice(p).trim()}".`)
      : null;
  }
  if (!di) {
    const digits = digitsOf(sequenceText);
    if (digits === null && !/[十百千]/u.test(sequenceText)) return null;
    const value = digits === null ? null : Number(digits);
    if (
      value !== null &&
      (digits as string).length >= 4 &&
      (value <= FILE_NUMBER_LIMITS.maxYear || /^(?:19|20)/u.test(digits as string))
    ) {
      return null;
    }
  }
  const sequence = toSequence(sequenceText);
  return isFailure(sequence) ? sequence : { sequence };
}
