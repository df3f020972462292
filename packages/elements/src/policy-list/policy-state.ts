/**
 * The filter of `<portal-policy-list>` and how the page's URL keeps it: the attributes give the
 * initial filter; the reader's choices (from the controls, or read from the URL) override it
 * key by key. A parameter absent from the URL means "the attribute's value"; a present one —
 * even empty (`?policy-category=`) — is the reader's choice, so back and forward restore a
 * filter the reader cleared as well as one they set.
 */
import { DOCUMENT_QUERY_MAX_LENGTH, documentsParams } from '@portal-kit/sdk';
import type { CoreClient, DocumentsQuery, DOCUMENT_SORTS } from '@portal-kit/sdk';
import type { UrlCodec, UrlCodecs } from '../controllers/url-state.js';

/** An order of the list. */
export type Sort = (typeof DOCUMENT_SORTS)[number];

/** The list-valued filters, as the query names them. */
export type ListKey = 'category' | 'type' | 'organ' | 'validity';
export const LISTS: readonly ListKey[] = ['category', 'type', 'organ', 'validity'];

/** The filter of the list: the reader's choices over the element's attributes. */
export interface PolicyFilter {
  /** Words to search; `''` for none. */
  q: string;
  /** The order chosen; `null`: the API's default (relevance with words, else newest). */
  sort: Sort | null;
  category: string[];
  type: string[];
  organ: string[];
  validity: string[];
  /** Earliest and latest year of publication; `null`: open. */
  from: number | null;
  to: number | null;
}

/** The reader's choices as the URL keeps them: `undefined` means "the element's attribute". */
export type Choices = { [K in keyof PolicyFilter]?: PolicyFilter[K] | undefined };

/**
 * Whether the SDK's documents query takes `value` for `param` — the one check of every value,
 * whether it comes from an attribute, a control or the URL.
 */
const valid = (param: keyof DocumentsQuery, value: unknown): boolean => {
  try {
    return documentsParams({ [param]: value })[param] !== undefined;
  } catch {
    return false;
  }
};

/**
 * A choice in the URL: absent → `undefined` ("the attribute's value"); present — even empty —
 * read by `read`, which never throws and keeps only what the API takes (hostile values, and
 * any longer than a URL parameter has a reason to be, read as "none"). Written as text: a list joined by commas, "none" as an empty parameter.
 */
const choice = <T>(read: (raw: string) => T): UrlCodec<T | undefined> => ({
  parse: (raw) => (raw === null ? undefined : read(raw.length > 2000 ? '' : raw)),
  format: (value) => (value === undefined ? null : String(value ?? '')),
});

/** The items of a list parameter the API takes for `param`: unique, at most 20. */
const list = (param: ListKey) =>
  choice((raw) => [...new Set(raw.split(','))].filter((item) => valid(param, item)).slice(0, 20));

/** Free text as a query: control characters out, trimmed, at most the API's length. */
export const cleanText = (value: unknown): string =>
  typeof value === 'string'
    ? value
        .replace(/\p{Cc}/gu, '')
        .trim()
        .slice(0, DOCUMENT_QUERY_MAX_LENGTH)
    : '';

/** A year within the API's range (a number, or a string of its digits), else `null`. */
export const yearOf = (value: unknown): number | null => {
  const n = /^\d{4}$/.test(String(value)) ? Number(value) : NaN;
  return valid('yearFrom', n) ? n : null;
};

/** An order named by an attribute, or `null`. */
export const sortOf = (value: unknown): Sort | null =>
  valid('sort', value) ? (value as Sort) : null;

/** How each choice is read from and written to the URL. */
export const CODECS: UrlCodecs<Choices> = {
  q: choice(cleanText),
  sort: choice(sortOf),
  category: list('category'),
  type: list('type'),
  organ: list('organ'),
  validity: list('validity'),
  from: choice(yearOf),
  to: choice(yearOf),
};

/** `defaults` with every choice made over it. */
export function applyChoices(defaults: PolicyFilter, choices: Choices): PolicyFilter {
  const out = { ...defaults } as Record<string, unknown>;
  for (const [key, value] of Object.entries(choices)) if (value !== undefined) out[key] = value;
  return out as unknown as PolicyFilter;
}

/**
 * `choices` with `change` made: a value equal to the attribute's is no choice (it leaves the
 * URL), so a list whose reader went back to the initial filter has a clean URL.
 */
export function choose(
  defaults: PolicyFilter,
  choices: Choices,
  change: Partial<PolicyFilter>,
): Choices {
  const out = { ...choices } as Record<string, unknown>;
  const own = defaults as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(change)) {
    out[key] = JSON.stringify(value) === JSON.stringify(own[key]) ? undefined : value;
  }
  return out as Choices;
}

/** Whether the filter narrows the list at all (words, years or any list value). */
export const isFiltered = (f: PolicyFilter): boolean =>
  f.q !== '' || f.from !== null || f.to !== null || LISTS.some((k) => f[k].length > 0);

/** The filter with nothing chosen but the order: what "clear filters" sets. */
export const CLEARED: Partial<PolicyFilter> = {
  q: '',
  category: [],
  type: [],
  organ: [],
  validity: [],
  from: null,
  to: null,
};

/** The query of a filter (years in order: a range given backwards is read forwards). */
export function queryOf(f: PolicyFilter): DocumentsQuery {
  const query: DocumentsQuery = {};
  for (const key of LISTS) if (f[key].length > 0) (query as Record<string, unknown>)[key] = f[key];
  const [from, to] =
    f.from !== null && f.to !== null && f.from > f.to ? [f.to, f.from] : [f.from, f.to];
  if (from !== null) query.yearFrom = from;
  if (to !== null) query.yearTo = to;
  if (f.q) query.q = f.q;
  if (f.sort) query.sort = f.sort;
  return query;
}

/** The inputs of one load of the list. */
export interface ListArgs {
  client: CoreClient;
  clientId: number;
  query: DocumentsQuery;
}
