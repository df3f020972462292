/** The per-client limit of `POST /api/v1/messages`: a 429 problem that says when to retry. */
import type { Problem } from '@portal-kit/sdk';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/server.js';

let db: Database | undefined;
let app: FastifyInstance | undefined;
let base = '';

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory', seed: { documents: 0 } });
  app = await createApp({ db, messageRateLimit: { max: 2, windowMs: 60_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const send = (key: string) =>
  fetch(`${base}/api/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ site: 'main', kind: 'suggestion', subject: 's', body: 'b' }),
  });

describe('the message rate limit', () => {
  it('refuses the third message in the window with 429, Retry-After and a problem', async () => {
    expect((await send('limit-key-1')).status).toBe(201);
    expect((await send('limit-key-2')).status).toBe(201);
    const refused = await send('limit-key-3');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as Problem).status).toBe(429);
    // Reads are not counted against it.
    expect((await fetch(`${base}/api/v1/sites/main`)).status).toBe(200);
  });
});
