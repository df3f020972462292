/** The client's public types: return types, query types, errors and options. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  isPortalError,
  isStale,
  PortalHttpError,
  type NewsArticle,
  type NewsItem,
  type Page,
  type PortalClient,
  type PortalError,
  type PortalErrorKind,
  type Problem,
  type Guide,
  type GuideList,
  type Service,
  type ServiceList,
  type Site,
  type SiteList,
} from '../src/index.js';

const client = createClient({ baseUrl: 'http://127.0.0.1:1' });

describe('client types', () => {
  it('createClient returns a PortalClient', () => {
    expectTypeOf(createClient).parameter(0).toHaveProperty('baseUrl').toEqualTypeOf<string>();
    expectTypeOf(client).toEqualTypeOf<PortalClient>();
    expectTypeOf(client.baseUrl).toEqualTypeOf<string>();
    expectTypeOf(client.lang).toEqualTypeOf<string | undefined>();
    expectTypeOf(client.site).toEqualTypeOf<string | string[] | undefined>();
  });

  it('each method resolves to its contract type', () => {
    expectTypeOf(client.news.list()).resolves.toEqualTypeOf<Page<NewsItem>>();
    expectTypeOf(client.news.get('x')).resolves.toEqualTypeOf<NewsArticle>();
    expectTypeOf(client.sites.list()).resolves.toEqualTypeOf<SiteList>();
    expectTypeOf(client.sites.get('wms')).resolves.toEqualTypeOf<Site>();
  });

  it('the guides and services methods resolve to their contract types', () => {
    expectTypeOf(client.guides.list()).resolves.toEqualTypeOf<GuideList>();
    expectTypeOf(client.guides.get('wto')).resolves.toEqualTypeOf<Guide>();
    expectTypeOf(client.services.list({ q: '备案' })).resolves.toEqualTypeOf<ServiceList>();
    expectTypeOf(client.services.get('dual-use-export-licence')).resolves.toEqualTypeOf<Service>();
    // @ts-expect-error not a guide id
    void client.guides.get('moon');
    // @ts-expect-error not a status
    void client.services.list({ status: 'gone' });
  });

  it('accepts well-typed queries and options', () => {
    void client.news.list({ site: ['a'], column: ['headlines', 'briefs'], lang: 'en', limit: 5 });
    void client.news.list({ site: 'a', column: 'updates', cursor: 'c' });
    void client.sites.list({ kind: ['overseas', 'local'] });
    void client.news.get('id', { signal: new AbortController().signal, staleIfError: false });
  });

  it('refuses wrong query types', () => {
    // @ts-expect-error — limit is a number
    void client.news.list({ limit: '20' });
    // @ts-expect-error — not a news column
    void client.news.list({ column: 'sports' });
    // @ts-expect-error — site ids are strings
    void client.news.list({ site: [1, 2] });
    // @ts-expect-error — unknown parameter
    void client.news.list({ page: 2 });
    // @ts-expect-error — not a site kind
    void client.sites.list({ kind: 'planet' });
    // @ts-expect-error — the id is required
    void client.news.get();
    // @ts-expect-error — baseUrl is required
    createClient({ lang: 'en' });
    // @ts-expect-error — retries is a number
    createClient({ baseUrl: '', retries: 'twice' });
  });

  it('narrows errors', () => {
    const error: unknown = new Error('x');
    if (isPortalError(error)) {
      expectTypeOf(error).toEqualTypeOf<PortalError>();
      expectTypeOf(error.kind).toEqualTypeOf<PortalErrorKind>();
    }
    if (error instanceof PortalHttpError) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.problem).toEqualTypeOf<Problem | null>();
      expectTypeOf(error.kind).toEqualTypeOf<'http'>();
    }
    expectTypeOf(isStale).parameter(0).toEqualTypeOf<object>();
    expectTypeOf(isStale).returns.toEqualTypeOf<boolean>();
  });
});
