/**
 * `createClient()`: the typed Portal API client. Every resource method is a thin, typed call of
 * the core client's one request pipeline (`./core.ts`, `./request.ts`): its parameters are
 * checked here (`./query.ts`), the request itself (caching, sharing, retries, writes) is the
 * pipeline's.
 */
import type {
  NewsArticle,
  NewsItem,
  NewsQuery,
  Page,
  Site,
  SiteList,
  SitesQuery,
} from '../api/types.js';
import { createCoreClient } from './core.js';
import { documentsApi } from './documents.js';
import { guidesApi } from './guides.js';
import { messagesApi } from './messages.js';
import { staffApi } from './staff.js';
import { publishedMessagesApi } from './published-messages.js';
import {
  checkLang,
  checkNewsId,
  checkSiteId,
  checkSites,
  newsParams,
  sitesParams,
} from './query.js';
import type { ClientOptions, PortalClient, RequestOptions } from './types.js';

/**
 * Makes a Portal API client. Throws a `PortalValidationError` when an option is invalid.
 *
 * @example
 * const client = createClient({ baseUrl: 'https://api.example.gov.cn', lang: 'zh-CN' });
 * const page = await client.news.list({ column: 'headlines', limit: 10 });
 */
export function createClient(options: ClientOptions): PortalClient {
  const core = createCoreClient(options);
  const lang = options.lang === undefined ? undefined : checkLang(options.lang);
  const site = options.site === undefined ? undefined : siteOption(options.site);
  const { request } = core;

  return {
    ...core,
    lang,
    get site() {
      return Array.isArray(site) ? [...site] : site;
    },
    news: {
      list: (query: NewsQuery = {}, opts?: RequestOptions): Promise<Page<NewsItem>> =>
        run(() =>
          request('GET', '/news', {
            ...opts,
            query: newsParams({
              ...query,
              lang: query.lang === undefined ? lang : query.lang,
              site: query.site === undefined ? site : query.site,
            }),
          }),
        ),
      get: (id: string, opts?: RequestOptions): Promise<NewsArticle> =>
        run(() => request('GET', '/news/{id}', { ...opts, params: { id: checkNewsId(id) } })),
    },
    documents: documentsApi(core, { lang }),
    ...guidesApi(core, { lang }),
    messages: { ...messagesApi(core), ...publishedMessagesApi(core, { site }) },
    staff: (token: string) => staffApi(core, token),
    sites: {
      list: (query: SitesQuery = {}, opts?: RequestOptions): Promise<SiteList> =>
        run(() => request('GET', '/sites', { ...opts, query: sitesParams(query) })),
      get: (id: string, opts?: RequestOptions): Promise<Site> =>
        run(() => request('GET', '/sites/{id}', { ...opts, params: { id: checkSiteId(id) } })),
    },
  };
}

/** Turns a synchronous validation throw into a rejected promise. */
function run<T>(call: () => Promise<T>): Promise<T> {
  try {
    return call();
  } catch (error) {
    return Promise.reject(error);
  }
}

function siteOption(site: string | string[]): string | string[] {
  const ids = checkSites(site);
  return typeof site === 'string' ? site : ids;
}
