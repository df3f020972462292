/**
 * The SDK against the real reference server on loopback (in-memory PGlite): the typed calls,
 * pagination, the error model with the server's problem details, ETag revalidation, and the
 * de-duplication of identical requests in flight.
 */
import {
  createClient,
  isPortalError,
  PortalHttpError,
  type NewsItem,
  type PortalClient,
} from '@portal-kit/sdk';
import { startServer } from '@portal-kit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: Awaited<ReturnType<typeof startServer>>;
const statuses: number[] = [];
/** A real fetch that records each response's status, to see 200s, 304s and request counts. */
const countingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  statuses.push(response.status);
  return response;
};
let client: PortalClient;

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: 'memory', logger: false });
  client = createClient({ baseUrl: server.url, fetch: countingFetch, retryDelayMs: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe('SDK ↔ reference server', () => {
  it('lists sites of the whole registry and by kind', async () => {
    const all = await client.sites.list();
    expect(all.items.length).toBe(1 + 32 + 16 + 207 + 32);
    const local = await client.sites.list({ kind: 'local' });
    expect(local.items).toHaveLength(32);
    expect(local.items.every((site) => site.kind === 'local')).toBe(true);
  });

  it('gets one site, equal to its entry in the list, and a typed 404 for no such site', async () => {
    const site = await client.sites.get('guangdong');
    const { items } = await client.sites.list();
    expect(site).toEqual(items.find((s) => s.id === 'guangdong'));
    const error = await client.sites.get('atlantis').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).status).toBe(404);
  });

  it('lists news of one site, newest first, and walks the pages without gaps', async () => {
    const seen: NewsItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.news.list({ site: 'guangdong', limit: 25, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(25);
    expect(seen.every((item) => item.site === 'guangdong')).toBe(true);
    expect(new Set(seen.map((item) => item.id)).size).toBe(seen.length);
    const times = seen.map((item) => Date.parse(item.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('lists news of several sites in one column and language', async () => {
    const page = await client.news.list({
      site: ['guangdong', 'wms'],
      column: 'headlines',
      lang: 'en',
      limit: 50,
    });
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(['guangdong', 'wms']).toContain(item.site);
      expect(item.column).toBe('headlines');
      expect(item.lang).toBe('en');
    }
  });

  it('gets one item with its body, and a typed 404 for a missing one', async () => {
    const [first] = (await client.news.list({ limit: 1 })).items;
    const article = await client.news.get(first!.id);
    expect(article.id).toBe(first!.id);
    expect(article.body.length).toBeGreaterThan(first!.summary.length);

    const error = await client.news.get('no-such-item').catch((e: unknown) => e);
    expect(isPortalError(error)).toBe(true);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).status).toBe(404);
    expect((error as PortalHttpError).problem?.status).toBe(404);
  });

  it("turns the server's 400 into a PortalHttpError naming the parameter", async () => {
    const error = await client.news.list({ site: 'no-such-site' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).status).toBe(400);
    expect((error as PortalHttpError).problem?.errors?.map((e) => e.param)).toContain('site');
  });

  it('a repeat view within max-age sends nothing; after it, the ETag revalidates it to a 304', async () => {
    const clock = { now: Date.now() };
    const timed = createClient({ baseUrl: server.url, fetch: countingFetch, now: () => clock.now });
    const query = { site: 'wms', column: 'updates' as const, limit: 5 };
    const first = await timed.news.list(query);
    statuses.length = 0;
    expect(await timed.news.list(query)).toBe(first);
    expect(statuses).toEqual([]);
    clock.now += 30_000; // the news list's max-age
    expect(await timed.news.list(query)).toBe(first);
    expect(statuses).toEqual([304]);
  });

  it('sends one request for identical calls in flight', async () => {
    const fresh = createClient({ baseUrl: server.url, fetch: countingFetch });
    statuses.length = 0;
    const pages = await Promise.all([
      fresh.news.list({ site: 'shanghai', limit: 3 }),
      fresh.news.list({ site: 'shanghai', limit: 3 }),
      fresh.news.list({ site: 'shanghai', limit: 3 }),
    ]);
    expect(statuses).toEqual([200]);
    expect(pages[1]).toEqual(pages[0]);
    expect(pages[2]).toEqual(pages[0]);
  });
});
