/** The request function's types: results by route, path parameters, options. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  type ApiRoutes,
  type NewsArticle,
  type NewsItem,
  type Page,
  type PathParamNames,
  type RouteResponse,
  type SiteList,
} from '../src/index.js';

const client = createClient({ baseUrl: 'http://127.0.0.1:1' });

interface Receipt {
  id: string;
}

describe('request()', () => {
  it('infers the result of a known route from ApiRoutes', () => {
    expectTypeOf(client.request('GET', '/news')).resolves.toEqualTypeOf<Page<NewsItem>>();
    expectTypeOf(client.request('GET', '/sites')).resolves.toEqualTypeOf<SiteList>();
    expectTypeOf(
      client.request('GET', '/news/{id}', { params: { id: 'n1' } }),
    ).resolves.toEqualTypeOf<NewsArticle>();
    expectTypeOf<ApiRoutes['GET /news']>().toEqualTypeOf<Page<NewsItem>>();
  });

  it('resolves an unknown route to unknown, or to the type given', () => {
    expectTypeOf(client.request('POST', '/feedback', { body: {} })).resolves.toBeUnknown();
    expectTypeOf(
      client.request<Receipt>('POST', '/feedback', { body: { text: 'x' }, idempotent: true }),
    ).resolves.toEqualTypeOf<Receipt>();
    expectTypeOf<RouteResponse<'POST', '/news'>>().toBeUnknown();
  });

  it('knows the path parameters of a template', () => {
    expectTypeOf<PathParamNames<'/a/{x}/b/{y}'>>().toEqualTypeOf<'x' | 'y'>();
    expectTypeOf<PathParamNames<'/a'>>().toBeNever();
    void client.request('DELETE', '/messages/{id}/replies/{reply}', {
      params: { id: '1', reply: '2' },
    });
  });

  it('accepts every call option', () => {
    void client.request('GET', '/news', {
      query: { limit: 5, site: ['a', 'b'], column: 'headlines', on: true, cursor: undefined },
      headers: { 'Accept-Language': 'en' },
      signal: new AbortController().signal,
      staleIfError: false,
    });
    void client.request('PUT', '/messages/{id}', {
      params: { id: '1' },
      body: { text: 'x' },
      idempotencyKey: 'k',
      invalidates: ['/news', '/sites'],
    });
  });

  it('refuses wrong calls', () => {
    // @ts-expect-error — not an HTTP method the client sends
    void client.request('FETCH', '/news');
    // @ts-expect-error — a path starts with "/"
    void client.request('GET', 'news');
    // @ts-expect-error — the template has a placeholder: params are required
    void client.request('GET', '/news/{id}');
    // @ts-expect-error — every placeholder needs a value
    void client.request('GET', '/news/{id}', { params: {} });
    // @ts-expect-error — a path without placeholders takes no params
    void client.request('GET', '/news', { params: { id: 'x' } });
    // @ts-expect-error — the key is a string
    void client.request('POST', '/messages', { idempotencyKey: 1 });
    // @ts-expect-error — header values are strings
    void client.request('GET', '/news', { headers: { 'X-N': 1 } });
    // @ts-expect-error — invalidated prefixes are paths
    void client.request('POST', '/messages', { invalidates: ['news'] });
    // @ts-expect-error — query values are strings, numbers, booleans or lists
    void client.request('GET', '/news', { query: { when: new Date() } });
  });

  it('takes the freshness clock and the HTTP-cache switch as options', () => {
    createClient({ baseUrl: '', now: () => 0, httpCache: false });
    // @ts-expect-error — the clock returns milliseconds
    createClient({ baseUrl: '', now: () => new Date() });
  });
});
