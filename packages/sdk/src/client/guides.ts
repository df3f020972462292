/**
 * The business guides' resources of the client (`guides`, `services`): their parameter checks
 * and methods. A component that reads a guide through a core client imports `checkGuideId`
 * and `servicesParams` alone.
 */
import {
  GUIDE_IDS,
  GUIDE_NODE_ID_PATTERN,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  SERVICE_QUERY_MAX_LENGTH,
  SERVICE_STATUSES,
} from '../api/constants.js';
import type {
  Guide,
  GuideId,
  GuideList,
  Service,
  ServiceList,
  ServicesQuery,
} from '../api/types.js';
import { PortalValidationError } from './errors.js';
import { checkLang } from './query.js';
import type { CoreClient, RequestOptions } from './types.js';
import type { Params } from './url.js';

const NODE_ID = new RegExp(GUIDE_NODE_ID_PATTERN);

/** The language query of the guides' reads. */
export interface GuideLangQuery {
  /** Language of the texts; each node or item falls back to Chinese (its `lang` says so). */
  lang?: string;
}

/** Business guides endpoints. */
export interface GuidesApi {
  /** `GET /api/v1/guides`: the six guides in order, with how many sections and items each has. */
  list(query?: GuideLangQuery, options?: RequestOptions): Promise<GuideList>;
  /** `GET /api/v1/guides/{id}`: one guide with every node in tree order (depth first). */
  get(id: GuideId, query?: GuideLangQuery, options?: RequestOptions): Promise<Guide>;
}

/** Service items (办事事项) endpoints. */
export interface ServicesApi {
  /**
   * `GET /api/v1/services`: the items of one guide or all, in guide and tree order; `q` keeps
   * those whose name, conditions, materials or steps hold every word.
   */
  list(query?: ServicesQuery, options?: RequestOptions): Promise<ServiceList>;
  /** `GET /api/v1/services/{id}`: one item with every field of its service guide. */
  get(id: string, query?: GuideLangQuery, options?: RequestOptions): Promise<Service>;
}

/** Throws unless `id` is one of the six guide ids. */
export function checkGuideId(id: unknown): GuideId {
  if (typeof id !== 'string' || !(GUIDE_IDS as readonly string[]).includes(id)) {
    throw new PortalValidationError('id', `expected one of ${GUIDE_IDS.join(', ')}`);
  }
  return id as GuideId;
}

/** Throws unless `id` is a guide node id (a service item's id, e.g. `tech-contract-registration`). */
export function checkServiceId(id: unknown): string {
  if (typeof id !== 'string' || !NODE_ID.test(id)) {
    throw new PortalValidationError(
      'id',
      'expected a service item id like "dual-use-export-licence"',
    );
  }
  return id;
}

function langParams(query: GuideLangQuery | undefined, fallback: string | undefined): Params {
  const lang = query?.lang ?? fallback;
  return lang === undefined || lang === '' ? {} : { lang: checkLang(lang) };
}

/**
 * Checks a service items query and turns it into the parameters `services.list()` sends.
 * Throws a `PortalValidationError` naming the first bad parameter. For a core client's
 * `request('GET', '/services', …)`.
 */
export function servicesParams(query: ServicesQuery): Params {
  const params: Params = {};
  const { guide, q, status, lang, limit } = query;
  if (guide !== undefined) {
    if (typeof guide !== 'string' || !(GUIDE_IDS as readonly string[]).includes(guide)) {
      throw new PortalValidationError('guide', `expected one of ${GUIDE_IDS.join(', ')}`);
    }
    params.guide = guide;
  }
  if (q !== undefined) {
    const text = typeof q === 'string' ? q.trim() : q;
    if (typeof text !== 'string' || text.length > SERVICE_QUERY_MAX_LENGTH) {
      throw new PortalValidationError(
        'q',
        `expected at most ${SERVICE_QUERY_MAX_LENGTH} characters`,
      );
    }
    if (text !== '') params.q = text;
  }
  if (status !== undefined) {
    if (typeof status !== 'string' || !(SERVICE_STATUSES as readonly string[]).includes(status)) {
      throw new PortalValidationError('status', `expected one of ${SERVICE_STATUSES.join(', ')}`);
    }
    params.status = status;
  }
  if (lang !== undefined && lang !== '') params.lang = checkLang(lang);
  if (limit !== undefined) {
    if (!Number.isInteger(limit) || limit < PAGE_SIZE_MIN || limit > PAGE_SIZE_MAX) {
      throw new PortalValidationError(
        'limit',
        `expected an integer from ${PAGE_SIZE_MIN} to ${PAGE_SIZE_MAX}`,
      );
    }
    params.limit = String(limit);
  }
  return params;
}

/** The guides and services methods of a client, on its core's request function. */
export function guidesApi(
  core: CoreClient,
  defaults: { lang?: string | undefined },
): { guides: GuidesApi; services: ServicesApi } {
  const { request } = core;
  return {
    guides: {
      list: async (query, options) =>
        request('GET', '/guides', { ...options, query: langParams(query, defaults.lang) }),
      get: async (id, query, options) =>
        request('GET', '/guides/{id}', {
          ...options,
          params: { id: checkGuideId(id) },
          query: langParams(query, defaults.lang),
        }),
    },
    services: {
      list: async (query = {}, options) =>
        request('GET', '/services', {
          ...options,
          query: servicesParams({ ...query, lang: query.lang ?? defaults.lang }),
        }),
      get: async (id, query, options) =>
        request('GET', '/services/{id}', {
          ...options,
          params: { id: checkServiceId(id) },
          query: langParams(query, defaults.lang),
        }),
    },
  };
}
