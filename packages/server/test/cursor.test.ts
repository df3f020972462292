/** The opaque cursor: round-trips, and anything this server did not make is refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEWS_ID_PATTERN } from '@portal-kit/sdk';
import { decodeCursor, encodeCursor } from '../src/repository.js';

describe('news cursors', () => {
  it('round-trip every instant and every valid news id', () => {
    const validId = new RegExp(NEWS_ID_PATTERN, 'u');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 253_402_300_799_999 }),
        fc.string({ minLength: 1, maxLength: 64 }).filter((id) => validId.test(id)),
        (publishedAt, id) => {
          const cursor = encodeCursor({ publishedAt, id });
          expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(decodeCursor(cursor)).toEqual({ publishedAt, id });
        },
      ),
    );
  });

  it('refuse an id the contract refuses (blank, control characters)', () => {
    for (const id of [' ', '\t', 'a\u0000b', 'line\nbreak', '\u007F']) {
      expect(decodeCursor(encodeCursor({ publishedAt: 0, id }))).toBeNull();
    }
  });

  it('refuse arbitrary strings without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (value) => {
        const decoded = decodeCursor(value);
        if (decoded) expect(encodeCursor(decoded)).toBe(value);
      }),
    );
  });

  it.each([
    ['', 'empty'],
    ['!!!', 'not base64url'],
    [Buffer.from('[1]').toString('base64url'), 'one element'],
    [Buffer.from('[1,"a",2]').toString('base64url'), 'three elements'],
    [Buffer.from('["1","a"]').toString('base64url'), 'instant not a number'],
    [Buffer.from('[1.5,"a"]').toString('base64url'), 'instant not an integer'],
    [Buffer.from('[-1,"a"]').toString('base64url'), 'negative instant'],
    [Buffer.from('[1e300,"a"]').toString('base64url'), 'instant out of range'],
    [Buffer.from('[1,""]').toString('base64url'), 'empty id'],
    [Buffer.from(`[1,"${'x'.repeat(65)}"]`).toString('base64url'), 'id too long'],
    [Buffer.from('{"a":1}').toString('base64url'), 'an object'],
    [Buffer.from('[1,"a"').toString('base64url'), 'broken JSON'],
  ])('refuse %s (%s)', (value) => {
    expect(decodeCursor(value)).toBeNull();
  });
});
