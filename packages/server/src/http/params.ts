/**
 * Checks of the query parameters against the contract (`@portal-kit/sdk/openapi`): each
 * problem is collected with the name of its parameter, so one 400 lists them all.
 */
import { API_LIMITS, NEWS_COLUMNS, SITE_KINDS } from '@portal-kit/sdk';
import type { NewsColumn, ProblemParamError, SiteKind } from '@portal-kit/sdk';
import { LANG_PATTERN, SITE_ID_PATTERN } from '@portal-kit/sdk/openapi';
import { decodeCursor } from '../repository.js';
import { invalidParams } from './problem.js';

/** A parsed query string: repeated parameters arrive as arrays. */
export type RawQuery = Record<string, string | string[] | undefined>;

const SITE_ID = new RegExp(SITE_ID_PATTERN);
const LANG = new RegExp(LANG_PATTERN);
const CURSOR_MAX_LENGTH = 200;
/** Longest value echoed back in a message. */
const ECHO_MAX = 40;

function show(value: string): string {
  return JSON.stringify(value.length > ECHO_MAX ? `${value.slice(0, ECHO_MAX)}…` : value);
}

class Checker {
  readonly errors: ProblemParamError[] = [];

  constructor(
    private readonly query: RawQuery,
    allowed: readonly string[],
  ) {
    for (const name of Object.keys(query)) {
      if (!allowed.includes(name)) this.fail(name, 'unknown parameter');
    }
  }

  fail(param: string, message: string): void {
    this.errors.push({ param, message });
  }

  /** The parameter's one value; repeated or empty is an error. */
  single(name: string): string | undefined {
    const value = this.query[name];
    if (value === undefined) return undefined;
    if (Array.isArray(value)) {
      this.fail(name, 'given more than once; give one value (lists are comma-separated)');
      return undefined;
    }
    if (value === '') {
      this.fail(name, 'empty value; omit the parameter instead');
      return undefined;
    }
    return value;
  }

  /** A comma-separated list whose items are each one of `allowed`. */
  enumList<T extends string>(name: string, allowed: readonly T[]): T[] | undefined {
    const value = this.single(name);
    if (value === undefined) return undefined;
    const items = value.split(',');
    const bad = items.filter((item) => !(allowed as readonly string[]).includes(item));
    if (bad.length > 0) {
      this.fail(name, `expected one of ${allowed.join(', ')}; got ${bad.map(show).join(', ')}`);
      return undefined;
    }
    return [...new Set(items)] as T[];
  }

  ok(): void {
    if (this.errors.length > 0) throw invalidParams(this.errors);
  }
}

export interface NewsParams {
  sites?: string[];
  columns?: NewsColumn[];
  lang?: string;
  limit: number;
  cursor?: string;
}

/**
 * Checks the query of `GET /api/v1/news`. `knownSites` are the ids of the site group: a
 * well-formed id of no site is an error too, not an empty page.
 */
export function parseNewsQuery(query: RawQuery, knownSites: ReadonlySet<string>): NewsParams {
  const check = new Checker(query, ['site', 'column', 'lang', 'limit', 'cursor']);
  const result: NewsParams = { limit: API_LIMITS.pageSizeDefault };

  const site = check.single('site');
  if (site !== undefined) {
    const ids = [...new Set(site.split(','))];
    const malformed = ids.filter((id) => !SITE_ID.test(id));
    const unknown = ids.filter((id) => SITE_ID.test(id) && !knownSites.has(id));
    if (malformed.length > 0) {
      check.fail(
        'site',
        `expected site ids like "main" or "wms"; got ${malformed.map(show).join(', ')}`,
      );
    } else if (ids.length > API_LIMITS.sitesPerQueryMax) {
      check.fail('site', `at most ${API_LIMITS.sitesPerQueryMax} site ids`);
    } else if (unknown.length > 0) {
      check.fail('site', `no such site: ${unknown.slice(0, 10).map(show).join(', ')}`);
    } else {
      result.sites = ids;
    }
  }

  const columns = check.enumList('column', NEWS_COLUMNS);
  if (columns) result.columns = columns;

  const lang = check.single('lang');
  if (lang !== undefined) {
    if (LANG.test(lang)) result.lang = lang;
    else check.fail('lang', `expected a language code like "zh-CN" or "en"; got ${show(lang)}`);
  }

  const limit = check.single('limit');
  if (limit !== undefined) {
    const n = /^[0-9]{1,4}$/.test(limit) ? Number(limit) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= API_LIMITS.pageSizeMax) result.limit = n;
    else
      check.fail(
        'limit',
        `expected an integer from 1 to ${API_LIMITS.pageSizeMax}; got ${show(limit)}`,
      );
  }

  const cursor = check.single('cursor');
  if (cursor !== undefined) {
    if (cursor.length <= CURSOR_MAX_LENGTH && decodeCursor(cursor)) result.cursor = cursor;
    else check.fail('cursor', 'not a cursor this server made; pass a nextCursor unchanged');
  }

  check.ok();
  return result;
}

/** Checks the query of `GET /api/v1/sites`. */
export function parseSitesQuery(query: RawQuery): { kinds?: SiteKind[] } {
  const check = new Checker(query, ['kind']);
  const kinds = check.enumList('kind', SITE_KINDS);
  check.ok();
  return kinds ? { kinds } : {};
}

/** Checks a query that takes no parameters. */
export function parseEmptyQuery(query: RawQuery): void {
  new Checker(query, []).ok();
}

const NEWS_ID_MAX = 64;

/** Checks the `id` path parameter of `GET /api/v1/news/{id}`. */
export function parseNewsId(id: string): string {
  if (id.length === 0 || id.length > NEWS_ID_MAX) {
    throw invalidParams([{ param: 'id', message: `expected 1 to ${NEWS_ID_MAX} characters` }]);
  }
  return id;
}
