/**
 * Checking and encoding of request parameters, before anything is sent. The checks use the
 * limits and patterns the contract's schemas are built from (`../api/constants.ts`), so a
 * request the client sends is one the server accepts. Only those constants are imported at run
 * time: the schemas (and TypeBox) stay out of the browser bundle.
 */
import {
  CURSOR_MAX_LENGTH as CURSOR_MAX,
  LANG_PATTERN,
  NEWS_COLUMNS,
  NEWS_ID_MAX_LENGTH as NEWS_ID_MAX,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  SITE_ID_PATTERN,
  SITE_KINDS,
  SITES_PER_QUERY_MAX,
} from '../api/constants.js';
import type { NewsQuery, SitesQuery } from '../api/types.js';
import { PortalValidationError } from './errors.js';
import type { Params } from './url.js';

const SITE_ID = new RegExp(SITE_ID_PATTERN);
const LANG = new RegExp(LANG_PATTERN);

/** Throws a {@link PortalValidationError} unless `lang` is a language code. */
export function checkLang(lang: unknown, param = 'lang'): string {
  if (typeof lang !== 'string' || !LANG.test(lang)) {
    throw new PortalValidationError(
      param,
      `expected a language code like "zh-CN", got ${show(lang)}`,
    );
  }
  return lang;
}

/** Throws unless `site` is one site id or a list of them; returns the sorted, unique ids. */
export function checkSites(site: unknown, param = 'site'): string[] {
  const ids = toList(site, param);
  for (const id of ids) {
    if (typeof id !== 'string' || !SITE_ID.test(id)) {
      throw new PortalValidationError(param, `expected site ids like "main", got ${show(id)}`);
    }
  }
  if (ids.length > SITES_PER_QUERY_MAX) {
    throw new PortalValidationError(param, `at most ${SITES_PER_QUERY_MAX} site ids`);
  }
  return unique(ids as string[]);
}

/** Throws unless every item of `value` is one of `allowed`; returns the sorted, unique values. */
function checkEnum(value: unknown, allowed: readonly string[], param: string): string[] {
  const items = toList(value, param);
  for (const item of items) {
    if (typeof item !== 'string' || !allowed.includes(item)) {
      throw new PortalValidationError(
        param,
        `expected one of ${allowed.join(', ')}, got ${show(item)}`,
      );
    }
  }
  return unique(items as string[]);
}

/**
 * Checks a news query (after the client's defaults were applied) and turns it into the
 * parameters `news.list()` sends: site ids sorted and unique, so equal queries give equal URLs.
 * An empty `site` list or an empty `lang` means "no filter". Throws a `PortalValidationError`
 * naming the first bad parameter. For a core client's `request('GET', '/news', …)`.
 */
export function newsParams(query: NewsQuery): Params {
  const params: Params = {};
  if (query.site !== undefined) {
    const sites = checkSites(query.site);
    if (sites.length > 0) params.site = sites.join(',');
  }
  if (query.column !== undefined) {
    const columns = checkEnum(query.column, NEWS_COLUMNS, 'column');
    if (columns.length > 0) params.column = columns.join(',');
  }
  if (query.lang !== undefined && query.lang !== '') params.lang = checkLang(query.lang);
  if (query.limit !== undefined) {
    const { limit } = query;
    if (!Number.isInteger(limit) || limit < PAGE_SIZE_MIN || limit > PAGE_SIZE_MAX) {
      throw new PortalValidationError(
        'limit',
        `expected an integer from ${PAGE_SIZE_MIN} to ${PAGE_SIZE_MAX}, got ${show(limit)}`,
      );
    }
    params.limit = String(limit);
  }
  if (query.cursor !== undefined) {
    const { cursor } = query;
    if (typeof cursor !== 'string' || cursor === '' || cursor.length > CURSOR_MAX) {
      throw new PortalValidationError(
        'cursor',
        `expected a non-empty string of at most ${CURSOR_MAX} characters`,
      );
    }
    params.cursor = cursor;
  }
  return params;
}

/** Checks a sites query and turns it into the parameters `sites.list()` sends (see `newsParams`). */
export function sitesParams(query: SitesQuery): Params {
  const params: Params = {};
  if (query.kind !== undefined) {
    const kinds = checkEnum(query.kind, SITE_KINDS, 'kind');
    if (kinds.length > 0) params.kind = kinds.join(',');
  }
  return params;
}

/** Throws unless `id` is a non-blank news id of at most {@link NEWS_ID_MAX} characters. */
export function checkNewsId(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '' || id.length > NEWS_ID_MAX) {
    throw new PortalValidationError(
      'id',
      `expected a non-empty string of at most ${NEWS_ID_MAX} characters, got ${show(id)}`,
    );
  }
  return id;
}

/** Throws unless `id` is a site id (`main`, `wms`, `guangdong`). */
export function checkSiteId(id: unknown, param = 'id'): string {
  if (typeof id !== 'string' || !SITE_ID.test(id)) {
    throw new PortalValidationError(param, `expected a site id like "main", got ${show(id)}`);
  }
  return id;
}

function toList(value: unknown, param: string): unknown[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value as unknown[];
  throw new PortalValidationError(
    param,
    `expected a string or an array of strings, got ${show(value)}`,
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
}

/** `value` as a list of strings (one string is a list of one); throws for anything else. */
export function listOf(value: unknown, param: string): string[] {
  const items = toList(value, param);
  for (const item of items) {
    if (typeof item !== 'string') {
      throw new PortalValidationError(param, `expected strings, got ${show(item)}`);
    }
  }
  return items as string[];
}
