/**
 * The SDK's documents resource against the real reference server on loopback (in-memory PGlite,
 * the seeded corpus with its real MOFCOM documents): lookup in an unusual spelling, "did you
 * mean" suggestions, a parse error's code, a two-character search, facets, a document with its
 * body, and paging without duplicates.
 */
import { createClient, PortalHttpError, type PortalClient } from '@portal-kit/sdk';
import { startServer } from '@portal-kit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: Awaited<ReturnType<typeof startServer>>;
let client: PortalClient;

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: 'memory', logger: false });
  client = createClient({ baseUrl: server.url, retries: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe('SDK documents ↔ reference server', () => {
  it('looks up a real order typed with full-width digits and no 第', async () => {
    const answer = await client.documents.lookup('商务部令 ２００４年14号');
    expect(answer.found).toBe(true);
    if (!answer.found) return;
    expect(answer.number.canonical).toBe('商务部令2004年第14号');
    expect(answer.items.map((d) => d.id)).toContain('mofcom-order-2004-14');
  });

  it('suggests near numbers for a number of no document', async () => {
    const answer = await client.documents.lookup('商务部令2004年第15号');
    expect(answer.found).toBe(false);
    if (answer.found) return;
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('rejects an unreadable number with the parse error code', async () => {
    // Sent as typed: the server reads it as the browser would, and says why it cannot.
    const error = await client.documents.lookup('商资发〔2006〕').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).status).toBe(400);
    expect((error as PortalHttpError).problem).toMatchObject({ code: 'no-sequence' });
  });

  it('finds every document with a two-character word, with snippets and facets', async () => {
    const page = await client.documents.list({ q: '典当', limit: 100, lang: 'zh-CN' });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.length).toBe(Math.min(page.total, 100));
    for (const item of page.items) {
      const { snippet } = item;
      expect(snippet, item.id).toBeDefined();
      const [first] = snippet!.highlights;
      expect(snippet!.text.slice(first!.start, first!.end)).toBe('典当');
    }
    const categories = page.facets.category.reduce((sum, f) => sum + f.count, 0);
    expect(categories).toBe(page.total);
  });

  it('pages through a filtered list without duplicates, and opens one document', async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let total: number;
    do {
      const page = await client.documents.list({
        type: 'order',
        ...(cursor ? { cursor } : {}),
        limit: 50,
      });
      total = page.total;
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
        expect(item.type).toBe('order');
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.size).toBe(total);
    const article = await client.documents.get('mofcom-order-2004-14', { lang: 'zh-CN' });
    expect(article.body.length).toBeGreaterThan(0);
    expect(article.languages[0]).toBe('zh-CN');
  });
});
