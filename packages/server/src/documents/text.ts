/**
 * Text search over Chinese and Latin text, the same on PGlite and PostgreSQL because the work
 * is done here, not by an engine's text search configuration:
 *  - {@link normalizeSearchText}: NFKC (full-width letters and digits become half-width), lower
 *    case, zero-width and direction marks removed, control characters and runs of white space
 *    made one space — for stored text and queries alike;
 *  - {@link documentTokens}: what the index holds — every CJK character and every pair of
 *    adjacent ones (bigrams: Chinese has no spaces, and two-character words are the common
 *    query), every Latin word (letters and digits);
 *  - {@link queryTerms}: a query as terms, each a CJK run or a word; a document matches when it
 *    holds every term (a CJK run as a substring, a word as a word);
 *  - {@link snippetOf}: where a query matched, as plain text with highlighted ranges.
 */
import type { DocumentSnippet } from '@portal-kit/sdk';

/**
 * Characters that carry no text, as code point ranges: soft hyphen, grapheme joiner, Arabic
 * letter mark, Hangul fillers, Khmer vowel inherents, Mongolian selectors, zero-width and
 * direction marks, word joiner and invisible operators, variation selectors, the BOM.
 */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe0fff],
];

const isInvisible = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return INVISIBLE.some(([from, to]) => code >= from && code <= to);
};

/** Control characters and white space: read as a space. */
const BLANK = /^[\p{Cc}\p{Zs}\p{Zl}\p{Zp}\s]+$/u;
/** One unit of normalization: a character with its combining marks. */
const UNIT = /\P{M}\p{M}*|\p{M}+/gsu;
/** Characters of the scripts written without spaces, indexed as characters and bigrams. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]/u;
/** Characters of a word: letters and digits of the other scripts. */
const WORD = /[\p{L}\p{N}]/u;
/** Longest word token; a longer word is cut and then checked as a substring. */
const WORD_TOKEN_MAX = 40;

/** Normalized text, and for each of its UTF-16 units the range of the original it came from. */
export interface MappedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** {@link normalizeSearchText}, with the map from the normalized text back to the original. */
export function normalizeMapped(input: string): MappedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = false;
  for (const match of input.matchAll(UNIT)) {
    const start = match.index;
    const end = start + match[0].length;
    const unit = [...match[0]].filter((char) => !isInvisible(char)).join('');
    if (unit === '') continue;
    if (BLANK.test(unit)) {
      pendingSpace = text.length > 0;
      continue;
    }
    const out = unit.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
    if (pendingSpace) {
      text += ' ';
      starts.push(start);
      ends.push(start);
      pendingSpace = false;
    }
    text += out;
    for (let i = 0; i < out.length; i++) {
      starts.push(start);
      ends.push(end);
    }
  }
  return { text, starts, ends };
}

/**
 * The search form of a text: NFKC, lower case, without zero-width or direction characters,
 * control characters and runs of white space as one space, trimmed.
 */
export function normalizeSearchText(input: string): string {
  return normalizeMapped(input).text;
}

/** A maximal run of CJK characters or of word characters in normalized text. */
interface Run {
  cjk: boolean;
  text: string;
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const char of text) {
    const cjk = CJK.test(char);
    if (!cjk && !WORD.test(char)) {
      current = null;
      continue;
    }
    if (current && current.cjk === cjk) current.text += char;
    else {
      current = { cjk, text: char };
      runs.push(current);
    }
  }
  return runs;
}

/** The tokens of one run: each character and bigram of a CJK run, or the (cut) word. */
function runTokens(run: Run, into: Set<string>): void {
  if (!run.cjk) {
    into.add([...run.text].slice(0, WORD_TOKEN_MAX).join(''));
    return;
  }
  const chars = [...run.text];
  for (let i = 0; i < chars.length; i++) {
    into.add(chars[i] as string);
    if (i + 1 < chars.length) into.add(`${chars[i]}${chars[i + 1]}`);
  }
}

/** Every token of already normalized texts (see the module comment). */
export function documentTokens(normalizedTexts: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const text of normalizedTexts) for (const run of runsOf(text)) runTokens(run, tokens);
  return [...tokens];
}

/** Prefix of a field tag: a token the title holds, a token the summary holds. */
export const FIELD_TAG = { title: 't:', summary: 's:' } as const;

/**
 * The field tags of a document: `t:<token>` for each of its `tokens` that its normalized title
 * holds as a substring, `s:<token>` for the summary (no token holds a `:`). A term's relevance
 * tier then comes from the index; migration 006 derives the same tags with `strpos`.
 */
export function fieldTags(title: string, summary: string, tokens: readonly string[]): string[] {
  const tagged = (field: keyof typeof FIELD_TAG, text: string) => {
    // A CJK token (a character or a bigram) is a substring of the text exactly when it is one
    // of the text's own tokens; a word token may also be part of a longer word.
    const own = new Set(documentTokens([text]));
    return tokens
      .filter((token) => own.has(token) || (!CJK.test(token) && text.includes(token)))
      .map((token) => FIELD_TAG[field] + token);
  };
  return [...tagged('title', title), ...tagged('summary', summary)];
}

/** One term of a query. */
export interface QueryTerm {
  /** The normalized term: a CJK run or a word. */
  text: string;
  cjk: boolean;
  /** Index tokens a matching document must hold. */
  tokens: string[];
  /** True when holding the tokens is not enough: the term must be checked as a substring. */
  check: boolean;
}

/** The terms of a text query (none when it holds no letter, digit or CJK character). */
export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const run of runsOf(normalizeSearchText(query))) {
    const key = `${run.cjk ? 'c' : 'w'}${run.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const chars = [...run.text];
    const tokens = new Set<string>();
    if (run.cjk && chars.length > 1) {
      for (let i = 0; i + 1 < chars.length; i++) tokens.add(`${chars[i]}${chars[i + 1]}`);
    } else runTokens(run, tokens);
    terms.push({
      text: run.text,
      cjk: run.cjk,
      tokens: [...tokens],
      check: run.cjk ? chars.length > 2 : chars.length > WORD_TOKEN_MAX,
    });
  }
  return terms;
}

/** Every token the terms need, once. */
export function termTokens(terms: readonly QueryTerm[]): string[] {
  return [...new Set(terms.flatMap((term) => term.tokens))];
}

const isWordChar = (char: string | undefined) =>
  char !== undefined && WORD.test(char) && !CJK.test(char);

/** `[start, end)` ranges of `term` in normalized `text` (a word only as a whole word). */
function occurrences(text: string, term: QueryTerm): [number, number][] {
  const found: [number, number][] = [];
  let at = text.indexOf(term.text);
  while (at >= 0) {
    const end = at + term.text.length;
    const whole =
      term.cjk || (!isWordChar(text[at - 1]) && !isWordChar(text.slice(end).match(/^./su)?.[0]));
    if (whole) found.push([at, end]);
    at = text.indexOf(term.text, at + 1);
  }
  return found;
}

/** True when `text` (original, not normalized) holds at least one of the terms. */
export function holdsAny(text: string, terms: readonly QueryTerm[]): boolean {
  const normalized = normalizeSearchText(text);
  return terms.some((term) => occurrences(normalized, term).length > 0);
}

/** Longest snippet text cut out of a summary or body block, in UTF-16 units. */
const SNIPPET_LENGTH = 160;
/** How much text a snippet shows before its first match. */
const SNIPPET_LEAD = 50;

/** Moves `index` off the second half of a surrogate pair. */
function onBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/** A snippet of any resource's field: where a query matched, as plain text with ranges. */
export interface FieldSnippet<Field extends string> {
  field: Field;
  text: string;
  highlights: { start: number; end: number }[];
}

/**
 * The snippet of `field`'s `text` for `terms`: the text itself when short or `whole` (a title,
 * a subject), else a window cut around the first match (with `…` where cut), and the matched
 * ranges in order, merged. `null` when no term occurs. Documents and published messages share
 * it.
 */
export function snippetIn<Field extends string>(
  field: Field,
  text: string,
  terms: readonly QueryTerm[],
  whole: boolean = field === 'title',
): FieldSnippet<Field> | null {
  const mapped = normalizeMapped(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (const [a, b] of occurrences(mapped.text, term)) {
      ranges.push([mapped.starts[a] ?? 0, mapped.ends[b - 1] ?? text.length]);
    }
  }
  if (ranges.length === 0) return null;
  ranges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let start = 0;
  let end = text.length;
  if (!whole && text.length > SNIPPET_LENGTH) {
    const first = ranges[0]?.[0] ?? 0;
    start = onBoundary(
      text,
      Math.max(0, Math.min(first - SNIPPET_LEAD, text.length - SNIPPET_LENGTH)),
    );
    end = onBoundary(text, Math.min(text.length, start + SNIPPET_LENGTH));
  }
  const prefix = start > 0 ? '…' : '';
  const highlights: { start: number; end: number }[] = [];
  for (const [a, b] of ranges) {
    const from = Math.max(a, start) - start + prefix.length;
    const to = Math.min(b, end) - start + prefix.length;
    if (to <= from) continue;
    const last = highlights[highlights.length - 1];
    if (last && from <= last.end) last.end = Math.max(last.end, to);
    else highlights.push({ start: from, end: to });
  }
  if (highlights.length === 0) return null;
  const body = `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return { field, text: body, highlights };
}

/** A document's text in one language, as the snippet reads it. */
export interface SnippetSource {
  title: string;
  summary: string;
  body: readonly { text: string }[];
}

/**
 * The best snippet of the texts for `terms`, title before summary before body, in the first of
 * `texts` (the answer's language, then Chinese) that holds a term; `null` when none does.
 */
export function snippetOf(
  texts: readonly SnippetSource[],
  terms: readonly QueryTerm[],
): DocumentSnippet | null {
  if (terms.length === 0) return null;
  for (const source of texts) {
    const found =
      snippetIn('title', source.title, terms) ??
      snippetIn('summary', source.summary, terms) ??
      source.body.reduce<DocumentSnippet | null>(
        (best, block) => best ?? snippetIn('body', block.text, terms),
        null,
      );
    if (found) return found;
  }
  return null;
}
