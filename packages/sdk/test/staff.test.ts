/**
 * `client.staff(token)` against a scripted server on loopback: the Bearer header, the paths and
 * bodies sent, local checks before any request, and a write making cached message GETs stale.
 */
import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, PortalHttpError, PortalValidationError } from '../src/index.js';
import { makeTrackingNumber } from '../src/domain/tracking-number.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const token = `pks_${'a1B2_-'.repeat(7)}x`;
const tn = makeTrackingNumber(2026);
const json = { 'content-type': 'application/json' };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text));
  });
}

describe('client.staff(token)', () => {
  it('sends each call with the Bearer token, to its path, with its body', async () => {
    const bodies: string[] = [];
    server = await startServer((req, res) => {
      void readBody(req).then((text) => {
        bodies.push(text);
        const page = { items: [], nextCursor: null, total: 0 };
        res.writeHead(200, { ...json, 'cache-control': 'no-store' });
        res.end(JSON.stringify(req.method === 'GET' && req.url?.includes('?') ? page : { tn }));
      });
    });
    const staff = createClient({ baseUrl: server.baseUrl, retries: 0 }).staff(token);
    expect(await staff.list({ status: 'all', limit: 50, cursor: 'abc_-1' })).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
    });
    await staff.get(tn.toLowerCase().replace(/-/g, ' '));
    await staff.forward(tn, { to: 'wms', note: '请办理' });
    await staff.reply(tn, { text: '答复\n第二行' });
    await staff.publish(tn);
    await staff.publish(tn, { subject: '标题', reply: '答复' });
    const sent = server.received.map((r) => `${r.method} ${r.url}`);
    expect(sent).toEqual([
      'GET /api/v1/staff/messages?cursor=abc_-1&limit=50&status=all',
      `GET /api/v1/staff/messages/${tn}`,
      `POST /api/v1/staff/messages/${tn}/forward`,
      `POST /api/v1/staff/messages/${tn}/reply`,
      `POST /api/v1/staff/messages/${tn}/publish`,
      `POST /api/v1/staff/messages/${tn}/publish`,
    ]);
    for (const r of server.received) expect(r.headers.authorization).toBe(`Bearer ${token}`);
    expect(bodies.slice(2).map((b) => JSON.parse(b) as unknown)).toEqual([
      { to: 'wms', note: '请办理' },
      { text: '答复\n第二行' },
      {},
      { subject: '标题', reply: '答复' },
    ]);
  });

  it('checks the token, the tracking number and the inputs before any request', async () => {
    server = await startServer((_req, res) => res.writeHead(500).end());
    const client = createClient({ baseUrl: server.baseUrl, retries: 0 });
    expect(() => client.staff('secret')).toThrow(PortalValidationError);
    const staff = client.staff(token);
    const wrongCheck = tn.slice(0, -1) + (tn.endsWith('0') ? '1' : '0');
    const refusals = [
      staff.get(wrongCheck),
      staff.list({ status: 'closed' as 'open' }),
      staff.list({ limit: 0 }),
      staff.list({ cursor: 'not a cursor' }),
      staff.forward(tn, { to: 'Not A Site' }),
      staff.forward(tn, { to: 'wms', note: '  ' }),
      staff.reply(tn, { text: '' }),
      staff.reply(tn, { text: 'x'.repeat(10_001) }),
      staff.publish(tn, { subject: '两\n行' }),
    ];
    for (const refusal of refusals)
      await expect(refusal).rejects.toBeInstanceOf(PortalValidationError);
    expect(server.received).toHaveLength(0);
  });

  it('rejects with the server problem (401, 409) as a PortalHttpError', async () => {
    server = await startServer((_req, res) => {
      const problem = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'replied' };
      res.writeHead(409, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify(problem));
    });
    const staff = createClient({ baseUrl: server.baseUrl, retries: 0 }).staff(token);
    const error = await staff.reply(tn, { text: 'other' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).status).toBe(409);
    // A write without an idempotency key is sent once.
    expect(server.received).toHaveLength(1);
  });

  it("makes the client's cached message GETs stale on a write", async () => {
    let replies = 0;
    server = await startServer((req, res) => {
      void readBody(req).then(() => {
        if (req.method === 'POST') {
          res.writeHead(200, json).end(JSON.stringify({ tn }));
          return;
        }
        replies += 1;
        res.writeHead(200, { ...json, 'cache-control': 'max-age=600', etag: `"v${replies}"` });
        res.end(JSON.stringify({ items: [], nextCursor: null, version: replies }));
      });
    });
    const client = createClient({ baseUrl: server.baseUrl, retries: 0 });
    const read = () =>
      client.request<{ version: number }>('GET', '/messages', { query: { site: 'wms' } });
    expect((await read()).version).toBe(1);
    expect((await read()).version).toBe(1); // fresh: answered from the cache
    await client.staff(token).publish(tn);
    expect((await read()).version).toBe(2);
  });
});
