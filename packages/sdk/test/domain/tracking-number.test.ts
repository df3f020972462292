/** Tracking numbers and access codes: format, reading any spelling, the check character. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRACKING_NUMBER_PATTERN } from '../../src/api/constants.js';
import {
  CROCKFORD_DIGITS,
  isTrackingNumber,
  makeAccessCode,
  makeTrackingNumber,
  parseAccessCode,
  parseTrackingNumber,
  trackingCheckCharacter,
} from '../../src/domain/tracking-number.js';

const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
const years = fc.integer({ min: 2000, max: 2099 });
const numbers = fc.tuple(years, bytes(7)).map(([year, random]) => makeTrackingNumber(year, random));
/** The ten checked symbols of a canonical number (year, random digits, check). */
const symbolsOf = (number: string) => number.slice(1).replace(/-/g, '');
const rebuild = (symbols: string) =>
  `M${symbols.slice(0, 2)}-${symbols.slice(2, 6)}-${symbols.slice(6)}`;

describe('makeTrackingNumber', () => {
  it('makes M, the year, seven random digits and a check character', () => {
    const number = makeTrackingNumber(2026, new Uint8Array([7, 20, 23, 4, 9, 29, 17]));
    expect(number).toMatch(/^M26-7MQ4-9XH[0-9A-Z]$/);
    expect(number).toMatch(new RegExp(TRACKING_NUMBER_PATTERN));
    expect(isTrackingNumber(number)).toBe(true);
  });

  it('draws its digits from crypto when no bytes are given', () => {
    const made = new Set(Array.from({ length: 200 }, () => makeTrackingNumber(2025)));
    expect(made.size).toBe(200);
    for (const number of made) expect(parseTrackingNumber(number)).toBe(number);
  });

  it.each([1999, 2100, 2026.5, Number.NaN])('refuses the year %s', (year) => {
    expect(() => makeTrackingNumber(year)).toThrow(RangeError);
  });

  it('always gives the canonical spelling, which reads back as itself', () => {
    fc.assert(
      fc.property(numbers, (number) => {
        expect(number).toMatch(new RegExp(TRACKING_NUMBER_PATTERN));
        expect(parseTrackingNumber(number)).toBe(number);
      }),
    );
  });
});

describe('parseTrackingNumber', () => {
  const number = makeTrackingNumber(2026, new Uint8Array([1, 18, 24, 0, 21, 10, 31]));

  it('reads any case, spaces, hyphens, full-width forms and the confusable letters', () => {
    const plain = symbolsOf(number);
    const spellings = [
      number.toLowerCase(),
      ` m${plain.slice(0, 2)} ${plain.slice(2, 6)} ${plain.slice(6)} `,
      `M${plain}`,
      `M-${plain.slice(0, 5)}–${plain.slice(5)}`,
      [...number].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''),
      number.replace(/1/g, 'l').replace(/0/g, 'O'),
      number.replace(/1/g, 'I').replace(/0/g, 'o'),
    ];
    for (const spelling of spellings) expect(parseTrackingNumber(spelling)).toBe(number);
  });

  it.each([
    ['', 'empty'],
    ['M26', 'too short'],
    ['N26-1JR0-NA0Z', 'another prefix'],
    ['M2A-1JR0-NA0Z', 'a letter in the year'],
    ['M26-1JR0-NAU0', 'a U (no Crockford digit)'],
    ['M26-1JR0-NA0Z-0', 'too long'],
    ['M26-1JR0-NA<b>', 'markup'],
    ['x'.repeat(100), 'overlong input'],
  ])('refuses %j (%s)', (input) => {
    expect(parseTrackingNumber(input)).toBeNull();
    expect(isTrackingNumber(input)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['M26']])('refuses the non-string %j', (input) => {
    expect(isTrackingNumber(input)).toBe(false);
  });

  it('catches every single-character substitution', () => {
    fc.assert(
      fc.property(numbers, fc.nat(9), fc.integer({ min: 1, max: 31 }), (valid, at, shift) => {
        const symbols = symbolsOf(valid);
        const old = CROCKFORD_DIGITS.indexOf(symbols[at] ?? '');
        const typo = CROCKFORD_DIGITS[(old + shift) % 32] ?? '';
        const mistyped = symbols.slice(0, at) + typo + symbols.slice(at + 1);
        expect(isTrackingNumber(rebuild(mistyped))).toBe(false);
      }),
    );
  });

  it('catches every swap of two different neighbouring characters', () => {
    fc.assert(
      fc.property(numbers, fc.nat(8), (valid, at) => {
        const symbols = symbolsOf(valid);
        const [a, b] = [symbols[at] ?? '', symbols[at + 1] ?? ''];
        fc.pre(a !== b);
        const swapped = symbols.slice(0, at) + b + a + symbols.slice(at + 2);
        expect(isTrackingNumber(rebuild(swapped))).toBe(false);
      }),
    );
  });

  it('catches every substitution and swap of one fixed number exhaustively', () => {
    const symbols = symbolsOf(number);
    let tried = 0;
    for (let at = 0; at < 10; at += 1) {
      for (const digit of CROCKFORD_DIGITS) {
        if (digit === symbols[at]) continue;
        tried += 1;
        const typo = symbols.slice(0, at) + digit + symbols.slice(at + 1);
        expect(isTrackingNumber(rebuild(typo)), typo).toBe(false);
      }
    }
    expect(tried).toBe(310);
  });
});

describe('trackingCheckCharacter', () => {
  it('is a base-32 digit and refuses other symbols', () => {
    expect(CROCKFORD_DIGITS).toContain(trackingCheckCharacter('260000000'));
    expect(trackingCheckCharacter('000000000')).toBe('0');
    expect(() => trackingCheckCharacter('26U')).toThrow(RangeError);
  });
});

describe('access codes', () => {
  it('are sixteen base-32 digits in groups of four, random by default', () => {
    const code = makeAccessCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(makeAccessCode()).not.toBe(code);
    expect(makeAccessCode(new Uint8Array(16))).toBe('0000-0000-0000-0000');
  });

  it('read back in any spelling', () => {
    fc.assert(
      fc.property(bytes(16), (random) => {
        const code = makeAccessCode(random);
        expect(parseAccessCode(code)).toBe(code);
        expect(parseAccessCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
      }),
    );
    expect(parseAccessCode('OOOO-llll-IIII-0000')).toBe('0000-1111-1111-0000');
    expect(parseAccessCode('0000-0000-0000-000')).toBeNull();
    expect(parseAccessCode('0000-0000-0000-000U')).toBeNull();
    expect(parseAccessCode(7)).toBeNull();
  });
});
