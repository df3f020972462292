import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';
import { json, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) =>
    json(res, { items: [], nextCursor: null, url: req.url }),
  );
});
afterAll(() => server.close());

describe('createClient smoke', () => {
  it('lists news', async () => {
    const client = createClient({ baseUrl: `${server.baseUrl}/`, lang: 'zh-CN' });
    const page = await client.news.list({ site: ['b', 'a'], limit: 5 });
    expect(page.items).toEqual([]);
    expect(server.received[0]?.url).toBe('/api/v1/news?lang=zh-CN&limit=5&site=a,b');
  });
});
