/**
 * Pages rendered on the server (for example by `@portal-kit/elements/ssr`'s `renderPage`): the
 * server routes a path to a render function, gives it a `fetch` that answers from this server
 * in-process (no network, no second process), and serves the HTML under the static pages' CSP,
 * with the hash of each inline style the page carries (declarative shadow roots hold `<style>`
 * elements, which `style-src 'self'` alone would block).
 */
import type { FastifyInstance } from 'fastify';
import { STATIC_CSP_DIRECTIVES } from './static.js';

/** What a render function is given. */
export interface PageRequest {
  /** The page's absolute URL, as the browser asked for it. */
  readonly url: string;
  /** Its query parameters (the last value of a repeated one). */
  readonly query: Readonly<Record<string, string>>;
  /** A `fetch` answered by this server in-process (for the Portal API's URLs). */
  readonly fetch: typeof fetch;
}

/** A rendered page: its HTML and the CSP hash sources (`'sha256-…'`) of its inline styles. */
export interface RenderedPageResult {
  readonly html: string;
  readonly styleHashes: readonly string[];
}

/** Renders one page. */
export type PageRenderer = (request: PageRequest) => Promise<RenderedPageResult>;

/** The CSP of a rendered page: the static pages' own, plus the hashes of its inline styles. */
export function renderedPageCsp(styleHashes: readonly string[]): string {
  const directives = { ...STATIC_CSP_DIRECTIVES };
  directives['style-src'] = [...(directives['style-src'] ?? ["'self'"]), ...styleHashes];
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** A `fetch` whose requests `app` answers in-process (`app.inject`). */
export function inProcessFetch(app: FastifyInstance): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const response = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers,
      ...(body ? { payload: body } : {}),
    });
    const answer = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [String(value)]) answer.append(name, one);
    }
    const empty = response.statusCode === 204 || response.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers: answer,
    });
  };
}

/** Routes each path of `pages` (e.g. `/examples/main-site/ssr.html`) to its render function. */
export function registerRenderedPages(
  app: FastifyInstance,
  pages: Readonly<Record<string, PageRenderer>>,
): void {
  const fetch = inProcessFetch(app);
  for (const [path, render] of Object.entries(pages)) {
    app.get(path, async (request, reply) => {
      const url = new URL(request.url, `${request.protocol}://${request.host}`);
      const query = Object.fromEntries(url.searchParams);
      const page = await render({ url: url.href, query, fetch });
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('content-security-policy', renderedPageCsp(page.styleHashes))
        .header('referrer-policy', 'strict-origin-when-cross-origin')
        .send(page.html);
    });
  }
}
