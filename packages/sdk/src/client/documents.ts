/**
 * The documents resource of the client: its query checks and its methods. A component that
 * lists documents through a core client imports `documentsParams` alone.
 */
import {
  CURSOR_MAX_LENGTH,
  DOCUMENT_FILTER_VALUES_MAX,
  DOCUMENT_ID_PATTERN,
  DOCUMENT_QUERY_MAX_LENGTH,
  DOCUMENT_SORTS,
  DOCUMENT_TYPE_VALUES,
  DOCUMENT_VALIDITIES,
  DOCUMENT_YEAR_MAX,
  DOCUMENT_YEAR_MIN,
  FILE_NUMBER_INPUT_MAX_LENGTH,
  ORGAN_ID_PATTERN,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  POLICY_CATEGORY_PATTERN,
} from '../api/constants.js';
import type {
  DocumentArticle,
  DocumentLookup,
  DocumentsPage,
  DocumentsQuery,
  LookupNotFound,
} from '../api/types.js';
import { PortalHttpError, PortalValidationError } from './errors.js';
import { checkLang, checkSites, listOf } from './query.js';
import type { CoreClient, RequestOptions } from './types.js';
import type { Params } from './url.js';

const DOCUMENT_ID = new RegExp(DOCUMENT_ID_PATTERN);
const ORGAN_ID = new RegExp(ORGAN_ID_PATTERN);
const CATEGORY = new RegExp(POLICY_CATEGORY_PATTERN);

/** What `documents.lookup()` resolves to: the documents of the number, or near numbers. */
export type LookupResult = ({ found: true } & DocumentLookup) | ({ found: false } & LookupNotFound);

/** Documents endpoints. */
export interface DocumentsApi {
  /** `GET /api/v1/documents`: one page of documents, with the total and the facet counts. */
  list(query?: DocumentsQuery, options?: RequestOptions): Promise<DocumentsPage>;
  /** `GET /api/v1/documents/{id}`: one document, in `lang` where it has it (else Chinese). */
  get(id: string, query?: { lang?: string }, options?: RequestOptions): Promise<DocumentArticle>;
  /**
   * `GET /api/v1/documents/lookup`: the documents of a file number typed in any spelling.
   * Resolves `{ found: true, number, items }`, or `{ found: false, number, suggestions }` for a
   * number of no document; rejects with a `PortalHttpError` of status 400 (its `problem.code`
   * the parse error's code) for a number that cannot be read.
   */
  lookup(
    number: string,
    query?: { lang?: string },
    options?: RequestOptions,
  ): Promise<LookupResult>;
}

/** Throws unless every item of `value` matches `re` (at most the filter's limit of values). */
function checkList(value: unknown, param: string, ok: (item: string) => boolean, what: string) {
  const items = listOf(value, param);
  if (items.length > DOCUMENT_FILTER_VALUES_MAX) {
    throw new PortalValidationError(param, `at most ${DOCUMENT_FILTER_VALUES_MAX} values`);
  }
  for (const item of items) {
    if (!ok(item))
      throw new PortalValidationError(param, `expected ${what}, got ${JSON.stringify(item)}`);
  }
  return [...new Set(items)].sort().join(',');
}

function checkInteger(value: unknown, param: string, min: number, max: number): string {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new PortalValidationError(param, `expected an integer from ${min} to ${max}`);
  }
  return String(value);
}

const oneOf = (values: readonly string[]) => (item: string) => values.includes(item);

/**
 * Checks a documents query and turns it into the parameters `documents.list()` sends: list
 * values sorted and unique, so equal queries give equal URLs. Throws a `PortalValidationError`
 * naming the first bad parameter. For a core client's `request('GET', '/documents', …)`.
 */
export function documentsParams(query: DocumentsQuery): Params {
  const params: Params = {};
  const { site, category, type, organ, validity, q, sort, lang, translated, limit, cursor } = query;
  if (site !== undefined && listOf(site, 'site').length > 0)
    params.site = checkSites(site).join(',');
  if (category !== undefined)
    params.category = checkList(
      category,
      'category',
      (c) => CATEGORY.test(c),
      'policy category ids',
    );
  if (type !== undefined)
    params.type = checkList(
      type,
      'type',
      oneOf(DOCUMENT_TYPE_VALUES),
      `one of ${DOCUMENT_TYPE_VALUES.join(', ')}`,
    );
  if (organ !== undefined)
    params.organ = checkList(organ, 'organ', (o) => ORGAN_ID.test(o), 'organ ids');
  if (validity !== undefined)
    params.validity = checkList(
      validity,
      'validity',
      oneOf(DOCUMENT_VALIDITIES),
      `one of ${DOCUMENT_VALIDITIES.join(', ')}`,
    );
  for (const name of ['yearFrom', 'yearTo'] as const) {
    if (query[name] !== undefined)
      params[name] = checkInteger(query[name], name, DOCUMENT_YEAR_MIN, DOCUMENT_YEAR_MAX);
  }
  if (q !== undefined) {
    const text = typeof q === 'string' ? q.trim() : q;
    if (typeof text !== 'string' || text.length > DOCUMENT_QUERY_MAX_LENGTH) {
      throw new PortalValidationError(
        'q',
        `expected at most ${DOCUMENT_QUERY_MAX_LENGTH} characters`,
      );
    }
    if (text !== '') params.q = text;
  }
  if (sort !== undefined)
    params.sort = checkList(sort, 'sort', oneOf(DOCUMENT_SORTS), 'newest or relevance');
  if (lang !== undefined && lang !== '') params.lang = checkLang(lang);
  if (translated !== undefined) {
    if (typeof translated !== 'boolean')
      throw new PortalValidationError('translated', 'expected a boolean');
    if (translated) params.translated = 'true';
  }
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

/** Throws unless `id` is a document id. */
export function checkDocumentId(id: unknown): string {
  if (typeof id !== 'string' || !DOCUMENT_ID.test(id)) {
    throw new PortalValidationError('id', `expected a document id like "mofcom-order-2004-14"`);
  }
  return id;
}

function langParams(query: { lang?: string } | undefined, fallback: string | undefined): Params {
  const lang = query?.lang ?? fallback;
  return lang === undefined || lang === '' ? {} : { lang: checkLang(lang) };
}

/** The documents methods of a client, on its core's request function. */
export function documentsApi(
  core: CoreClient,
  defaults: { lang?: string | undefined },
): DocumentsApi {
  const { request } = core;
  return {
    list: async (query = {}, options) =>
      request('GET', '/documents', {
        ...options,
        query: documentsParams({ ...query, lang: query.lang ?? defaults.lang }),
      }),
    get: async (id, query, options) =>
      request('GET', '/documents/{id}', {
        ...options,
        params: { id: checkDocumentId(id) },
        query: langParams(query, defaults.lang),
      }),
    lookup: async (number, query, options) => {
      if (
        typeof number !== 'string' ||
        number.trim() === '' ||
        number.length > FILE_NUMBER_INPUT_MAX_LENGTH
      ) {
        throw new PortalValidationError(
          'number',
          `expected a file number of 1 to ${FILE_NUMBER_INPUT_MAX_LENGTH} characters`,
        );
      }
      try {
        const found = await request('GET', '/documents/lookup', {
          ...options,
          query: { number, ...langParams(query, defaults.lang) },
        });
        return { found: true, ...found };
      } catch (error) {
        if (error instanceof PortalHttpError && error.status === 404 && error.problem) {
          const { number: read, suggestions } = error.problem as unknown as LookupNotFound;
          if (read && Array.isArray(suggestions))
            return { found: false, number: read, suggestions };
        }
        throw error;
      }
    },
  };
}
