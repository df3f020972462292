/**
 * The SDK's readers of typed-in text over the naughty-strings corpus
 * (tests/support/naughty-strings.ts): tracking numbers and access codes, file numbers, and the
 * guards of the domain's identifiers. Each answers (`false`, `null`, a parse error) and never
 * throws; what it does accept is canonical and reads back as itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeNaughty, NAUGHTY_STRINGS } from '../../../../tests/support/naughty-strings.js';
import { TRACKING_NUMBER_PATTERN } from '../../src/api/constants.js';
import {
  documentTypeOf,
  isDocumentType,
  isKnownPolicyCategory,
  isPolicyCategoryId,
  isPublicationKind,
  policyCategoryOf,
} from '../../src/domain/documents.js';
import {
  FILE_NUMBER_ERROR_CODES,
  fileNumberKey,
  parseFileNumber,
} from '../../src/domain/file-number.js';
import { isPortalLanguage } from '../../src/domain/portal.js';
import {
  isTrackingNumber,
  parseAccessCode,
  parseTrackingNumber,
} from '../../src/domain/tracking-number.js';

const cases = NAUGHTY_STRINGS.map((entry) => [describeNaughty(entry), entry.text] as const);

describe('the SDK over hostile text', () => {
  it('reads tracking numbers and access codes without throwing', () => {
    let accepted = 0;
    for (const [what, text] of cases) {
      let number: string | null = null;
      expect(() => (number = parseTrackingNumber(text)), what).not.toThrow();
      expect(isTrackingNumber(text), what).toBe(number !== null);
      if (number !== null) {
        accepted += 1;
        expect(number, what).toMatch(new RegExp(TRACKING_NUMBER_PATTERN));
        expect(parseTrackingNumber(number), what).toBe(number);
      }
      let code: string | null = null;
      expect(() => (code = parseAccessCode(text)), what).not.toThrow();
      if (code !== null)
        expect(code, what).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
    }
    // The corpus holds real numbers too (a canonical one, a lower-case spaced one, full-width).
    expect(accepted).toBeGreaterThan(0);
  });

  it('parses file numbers to a value or a coded error, never throwing', () => {
    const codes = new Set<string>(FILE_NUMBER_ERROR_CODES);
    const seen = new Set<string>();
    for (const [what, text] of cases) {
      let result: ReturnType<typeof parseFileNumber> | undefined;
      expect(() => (result = parseFileNumber(text)), what).not.toThrow();
      expect(() => fileNumberKey(text), what).not.toThrow();
      if (!result) continue;
      if (result.ok) {
        seen.add('ok');
        const again = parseFileNumber(result.value.canonical);
        expect(again.ok && again.value.canonical, what).toBe(result.value.canonical);
      } else {
        seen.add(result.error.code);
        expect(codes.has(result.error.code), what).toBe(true);
        expect(typeof result.error.message, what).toBe('string');
      }
    }
    expect(seen).toContain('ok');
    expect(seen).toContain('too-long');
    expect(seen).toContain('invalid-character');
  });

  it('never throws on any string either (corpus entries spliced into arbitrary text)', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc
        .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...cases.map(([, text]) => text)))
        .map(([around, text]) => around + text.slice(0, 300) + around),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const number = parseTrackingNumber(text);
        expect(isTrackingNumber(text)).toBe(number !== null);
        parseAccessCode(text);
        const result = parseFileNumber(text);
        expect(typeof result.ok).toBe('boolean');
        fileNumberKey(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers every guard of the domain with a boolean or undefined', () => {
    for (const [what, text] of cases) {
      for (const guard of [
        isPortalLanguage,
        isDocumentType,
        isPolicyCategoryId,
        isKnownPolicyCategory,
        isPublicationKind,
      ]) {
        expect(typeof guard(text), what).toBe('boolean');
      }
      expect(() => documentTypeOf(text), what).not.toThrow();
      expect(() => policyCategoryOf(text), what).not.toThrow();
    }
  });
});
