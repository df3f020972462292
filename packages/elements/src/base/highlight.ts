/**
 * Search matches shown in data text: the policy list's and the message list's snippets (the
 * server's `snippet.highlights`) and the guide navigator's filtered titles ({@link matchRanges}),
 * one function for all.
 */
import { html } from 'lit';

/** A matched range of a text: `[start, end)` in UTF-16 code units. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/**
 * `text` with the ranges of `highlights` in `<mark part="mark">`: as text nodes, so markup in
 * the data stays text. A range out of order, overlapping the one before, empty or past the end
 * is skipped rather than trusted.
 */
export function marked(text: string, highlights: readonly Highlight[]): unknown[] {
  const out: unknown[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (!(start >= at && end > start && end <= text.length)) continue;
    out.push(text.slice(at, start), html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * Every place `query` occurs in `text`, ignoring case (a filter's matches, for {@link marked}):
 * in order, not overlapping. Empty when the query is blank, or when changing case would shift
 * the positions (a few letters change length): then the text matches but nothing is marked.
 */
export function matchRanges(text: string, query: string): Highlight[] {
  const needle = query.trim().toLowerCase();
  const haystack = text.toLowerCase();
  if (needle === '' || haystack.length !== text.length) return [];
  const ranges: Highlight[] = [];
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    ranges.push({ start: at, end: at + needle.length });
  }
  return ranges;
}
