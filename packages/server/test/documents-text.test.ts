/** The search text rules: normalization, tokens, query terms, snippets, cursors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeDocumentCursor,
  encodeDocumentCursor,
  queryFingerprint,
} from '../src/documents/cursor.js';
import { transposedSequences, withinOneEdit } from '../src/documents/lookup.js';
import {
  documentTokens,
  normalizeMapped,
  normalizeSearchText,
  queryTerms,
  snippetIn,
} from '../src/documents/text.js';

describe('search text', () => {
  it.each([
    ['ＷＴＯ　规则', 'wto 规则'],
    ['外\u200b资\ufeff', '外资'],
    ['  A \t\n b\u0000c ', 'a b c'],
    ['\u202e外资\u202c', '外资'],
    ['Ｅ－Ｃｏｍｍｅｒｃｅ', 'e-commerce'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });

  it('indexes CJK characters and bigrams, Latin words', () => {
    expect(documentTokens(['外资备案 wto-2023'])).toEqual([
      '外',
      '外资',
      '资',
      '资备',
      '备',
      '备案',
      '案',
      'wto',
      '2023',
    ]);
  });

  it('reads a query as terms: CJK runs need their bigrams, longer ones a substring check', () => {
    expect(queryTerms('外资 WTO外商投资 税')).toEqual([
      { text: '外资', cjk: true, tokens: ['外资'], check: false },
      { text: 'wto', cjk: false, tokens: ['wto'], check: false },
      { text: '外商投资', cjk: true, tokens: ['外商', '商投', '投资'], check: true },
      { text: '税', cjk: true, tokens: ['税'], check: false },
    ]);
    expect(queryTerms('<>"\u200b ')).toEqual([]);
  });

  it('maps every normalized range back to the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const mapped = normalizeMapped(text);
        expect(mapped.starts.length).toBe(mapped.text.length);
        for (let i = 0; i < mapped.text.length; i++) {
          const start = mapped.starts[i] ?? -1;
          const end = mapped.ends[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(start).toBeLessThanOrEqual(end);
        }
      }),
    );
  });

  it('highlights matches in the original text, cut around the first', () => {
    const text = `${'前'.repeat(200)}外资企业备案${'后'.repeat(200)}`;
    const snippet = snippetIn('body', text, queryTerms('外资 备案'));
    expect(snippet?.text.startsWith('…')).toBe(true);
    expect(snippet?.text.endsWith('…')).toBe(true);
    expect(snippet?.highlights.map(({ start, end }) => snippet.text.slice(start, end))).toEqual([
      '外资',
      '备案',
    ]);
    const wide = snippetIn('title', 'ＷＴＯ规则', queryTerms('wto'));
    expect(wide).toEqual({
      field: 'title',
      text: 'ＷＴＯ规则',
      highlights: [{ start: 0, end: 3 }],
    });
    expect(snippetIn('title', 'wtox', queryTerms('wto'))).toBeNull();
  });
});

describe('cursor and lookup helpers', () => {
  it('round-trips a cursor and refuses any other string', () => {
    const cursor = {
      query: queryFingerprint(['a']),
      rank: 2,
      publishedOn: '2006-03-20',
      id: 'x-1',
    };
    expect(decodeDocumentCursor(encodeDocumentCursor(cursor))).toEqual(cursor);
    for (const bad of ['', 'abc', Buffer.from('[1,2,3,4]').toString('base64url')]) {
      expect(decodeDocumentCursor(bad)).toBeNull();
    }
  });

  it('finds near issuers and transposed sequences', () => {
    expect(withinOneEdit('商资发', '商资函')).toBe(true);
    expect(withinOneEdit('商资发', '商发')).toBe(true);
    expect(withinOneEdit('商资发', '商资发')).toBe(false);
    expect(withinOneEdit('商资发', '商贸函')).toBe(false);
    expect(transposedSequences(123).sort((a, b) => a - b)).toEqual([132, 213]);
    expect(transposedSequences(101)).toEqual([110]);
    expect(transposedSequences(11)).toEqual([]);
  });
});
