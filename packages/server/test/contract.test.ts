/**
 * The contract enforced on the way out: the server validates each answer against its schema,
 * so data that breaks the contract (a `javascript:` URL stored in the database) is never served
 * as a link; the seed refuses such data before storing it.
 */
import type { Problem } from '@portal-kit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertValidNews, generateSeedData } from '../src/seed/seed.js';
import { startServer } from '../src/server.js';
import type { RunningServer } from '../src/server.js';
import { call } from './support/http.js';

const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' https://wms.mofcom.gov.cn/a',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/a',
  '/relative',
];

describe('the seed refuses what the contract refuses', () => {
  const [item] = generateSeedData().news;

  it('accepts the generated news', () => {
    expect(() => assertValidNews(generateSeedData().news)).not.toThrow();
  });

  it.each(UNSAFE_URLS)('refuses a news item whose url is %j', (url) => {
    expect(() => assertValidNews([{ ...item!, url }])).toThrow(/url/);
  });

  it('refuses an id with a NUL byte', () => {
    expect(() => assertValidNews([{ ...item!, id: 'a\u0000b' }])).toThrow(/id/);
  });
});

describe('answers are checked against the contract before they are sent', () => {
  let server: RunningServer | undefined;
  let base = '';

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: 'memory' });
    base = server.url;
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(UNSAFE_URLS)('a stored url %j gives a 500 that reveals nothing', async (url) => {
    await server!.db.query('UPDATE news SET url = $1 WHERE id = $2', [url, 'wms-0001']);
    for (const path of ['/api/v1/news/wms-0001', '/api/v1/news?site=wms&limit=100']) {
      const answer = await call(base, path);
      expect(answer.status, path).toBe(500);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((answer.body as Problem).status).toBe(500);
      expect(answer.text).not.toContain(url.trim().slice(0, 8));
    }
  });

  it('serves the item again once its url is an http(s) URL', async () => {
    const url = 'HTTPS://wms.mofcom.gov.cn/article/wms-0001.html';
    await server!.db.query('UPDATE news SET url = $1 WHERE id = $2', [url, 'wms-0001']);
    const answer = await call(base, '/api/v1/news/wms-0001');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: 'wms-0001', url });
  });
});
