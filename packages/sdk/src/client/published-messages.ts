/**
 * The public side of the messages resource: the published questions and replies (list and
 * search) and the yearly statistics. A component that lists them through a core client
 * imports `messagesParams` or `messageStatsParams` alone.
 */
import {
  CURSOR_MAX_LENGTH,
  MESSAGE_QUERY_MAX_LENGTH,
  MESSAGE_STATS_YEAR_MAX,
  MESSAGE_STATS_YEAR_MIN,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
} from '../api/constants.js';
import type { MessagesPage, MessagesQuery, MessageStats, MessageStatsQuery } from '../api/types.js';
import { PortalValidationError } from './errors.js';
import { checkLang, checkSiteId, checkSites, listOf } from './query.js';
import type { CoreClient, RequestOptions } from './types.js';
import type { Params } from './url.js';

/** The public messages endpoints. */
export interface PublishedMessagesApi {
  /**
   * `GET /api/v1/messages`: one page of published questions and replies (personal data
   * removed), newest published first, or by relevance with `q`; with the total. The client's
   * `site` option is the default site filter.
   */
  list(query?: MessagesQuery, options?: RequestOptions): Promise<MessagesPage>;
  /**
   * `GET /api/v1/messages/stats`: received, replied, replied on time and the median working
   * days to reply, per month of `year`, for the messages sent to `site` (default: the client's
   * `site` option when it is one site).
   */
  stats(query: Partial<MessageStatsQuery>, options?: RequestOptions): Promise<MessageStats>;
}

function checkInteger(value: unknown, param: string, min: number, max: number): string {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new PortalValidationError(param, `expected an integer from ${min} to ${max}`);
  }
  return String(value);
}

/**
 * Checks a published-messages query and turns it into the parameters `messages.list()` sends:
 * site ids sorted and unique, `q` trimmed (empty: no query), so equal queries give equal URLs.
 * Throws a `PortalValidationError` naming the first bad parameter. For a core client's
 * `request('GET', '/messages', …)`.
 */
export function messagesParams(query: MessagesQuery): Params {
  if (query === null || typeof query !== 'object') {
    throw new PortalValidationError('query', 'expected an object');
  }
  const params: Params = {};
  const { site, q, lang, limit, cursor } = query;
  if (site !== undefined && listOf(site, 'site').length > 0)
    params.site = checkSites(site).join(',');
  if (q !== undefined) {
    const text = typeof q === 'string' ? q.trim() : q;
    if (typeof text !== 'string' || [...text].length > MESSAGE_QUERY_MAX_LENGTH) {
      throw new PortalValidationError(
        'q',
        `expected at most ${MESSAGE_QUERY_MAX_LENGTH} characters`,
      );
    }
    if (text !== '') params.q = text;
  }
  if (lang !== undefined && lang !== '') params.lang = checkLang(lang);
  if (limit !== undefined)
    params.limit = checkInteger(limit, 'limit', PAGE_SIZE_MIN, PAGE_SIZE_MAX);
  if (cursor !== undefined) {
    if (typeof cursor !== 'string' || cursor === '' || cursor.length > CURSOR_MAX_LENGTH) {
      throw new PortalValidationError(
        'cursor',
        `expected a non-empty string of at most ${CURSOR_MAX_LENGTH} characters`,
      );
    }
    params.cursor = cursor;
  }
  return params;
}

/**
 * Checks a statistics query (one site, one year) and turns it into the parameters
 * `messages.stats()` sends. Throws a `PortalValidationError` naming the first bad parameter.
 */
export function messageStatsParams(query: MessageStatsQuery): Params {
  if (query === null || typeof query !== 'object') {
    throw new PortalValidationError('query', 'expected an object');
  }
  return {
    site: checkSiteId(query.site, 'site'),
    year: checkInteger(query.year, 'year', MESSAGE_STATS_YEAR_MIN, MESSAGE_STATS_YEAR_MAX),
  };
}

/** The public messages methods of a client, on its core's request function. */
export function publishedMessagesApi(
  core: CoreClient,
  defaults: { site?: string | string[] | undefined },
): PublishedMessagesApi {
  const { request } = core;
  const oneSite = typeof defaults.site === 'string' ? defaults.site : undefined;
  return {
    list: async (query = {}, options) =>
      request('GET', '/messages', {
        ...options,
        query: messagesParams({ ...query, site: query.site ?? defaults.site }),
      }),
    stats: async (query, options) =>
      request('GET', '/messages/stats', {
        ...options,
        query: messageStatsParams({
          ...query,
          site: query?.site ?? oneSite,
        } as MessageStatsQuery),
      }),
  };
}
