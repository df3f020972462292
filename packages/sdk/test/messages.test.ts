/**
 * `messages.submit()` and `messages.status()` against a scripted server on loopback: the body
 * as sent, one Idempotency-Key for every attempt of a message, local checks before any request.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import {
  createClient,
  isPortalError,
  PortalHttpError,
  PortalValidationError,
} from '../src/index.js';
import { makeAccessCode, makeTrackingNumber } from '../src/domain/tracking-number.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const receipt = {
  trackingNumber: makeTrackingNumber(2026),
  accessCode: makeAccessCode(),
  receivedAt: '2026-03-09T02:00:00.000Z',
  dueDate: '2026-03-16',
  status: 'received',
};

const input = {
  site: 'wms',
  kind: 'suggestion',
  subject: '  建议增加英文版  ',
  body: '\n正文\n',
  name: '   ',
  email: ' a@b.cn ',
  publish: false,
} as const;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text));
  });
}

const client = (baseUrl: string) => createClient({ baseUrl, retryDelayMs: 0, retries: 3 });

describe('messages.submit', () => {
  it('sends the trimmed body with one key, and retries with that key until acknowledged', async () => {
    const bodies: string[] = [];
    server = await startServer((req, res, n) => {
      void readBody(req).then((text) => {
        bodies.push(text);
        // The first attempt's connection drops after the server read it, the second gets a
        // 503: the message may or may not be stored, so only the same key makes a retry safe.
        if (n === 0) return req.socket.destroy();
        if (n === 1) return res.writeHead(503).end();
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(receipt));
      });
    });
    const answer = await client(server.baseUrl).messages.submit(input);
    expect(answer).toEqual(receipt);
    expect(server.received.map((r) => r.method)).toEqual(['POST', 'POST', 'POST']);
    const keys = server.received.map((r) => r.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[\x21-\x7e]{8,128}$/);
    expect(JSON.parse(bodies[2] ?? '')).toEqual({
      site: 'wms',
      kind: 'suggestion',
      subject: '建议增加英文版',
      body: '正文',
      email: 'a@b.cn',
      publish: false,
    });
    expect(bodies[0]).toBe(bodies[2]);
  });

  it('keeps the key it is given, across calls', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(receipt));
    });
    const messages = client(server.baseUrl).messages;
    await messages.submit(input, { idempotencyKey: 'draft-1234-abcd' });
    await messages.submit(input, { idempotencyKey: 'draft-1234-abcd' });
    expect(server.received.map((r) => r.headers['idempotency-key'])).toEqual([
      'draft-1234-abcd',
      'draft-1234-abcd',
    ]);
  });

  it('does not retry a 422', async () => {
    server = await startServer((_req, res) => {
      res
        .writeHead(422, { 'content-type': 'application/problem+json' })
        .end(JSON.stringify({ type: 'about:blank', title: 'Unprocessable Content', status: 422 }));
    });
    const error = await client(server.baseUrl)
      .messages.submit(input)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).status).toBe(422);
    expect(server.received).toHaveLength(1);
  });

  it.each([
    [{ ...input, subject: ' ' }, 'subject'],
    [{ ...input, body: 'x'.repeat(5001) }, 'body'],
    [{ ...input, email: 'nope' }, 'email'],
    [{ ...input, phone: 'call me' }, 'phone'],
    [{ ...input, kind: 'praise' }, 'kind'],
    [{ ...input, site: 'Main' }, 'site'],
    [{ ...input, lang: 'chinese' }, 'lang'],
  ])('refuses %j locally, naming %s', async (bad, param) => {
    const error = await createClient({ baseUrl: 'http://127.0.0.1:9' })
      .messages.submit(bad as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalValidationError);
    expect((error as PortalValidationError).param).toBe(param);
  });

  it('refuses a key that is not 8–128 visible ASCII characters', async () => {
    const messages = createClient({ baseUrl: 'http://127.0.0.1:9' }).messages;
    for (const key of ['short', 'with space', 'k'.repeat(129)]) {
      const error = await messages.submit(input, { idempotencyKey: key }).catch((e: unknown) => e);
      expect((error as PortalValidationError).param).toBe('idempotencyKey');
    }
  });
});

describe('messages.status', () => {
  it('reads the number and code in any spelling and sends them canonical', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const { trackingNumber, accessCode } = receipt;
    await client(server.baseUrl).messages.status(
      trackingNumber.toLowerCase().replace(/-/g, ' '),
      accessCode.toLowerCase().replace(/-/g, ''),
    );
    expect(server.received[0]?.url).toBe(`/api/v1/messages/${trackingNumber}`);
    expect(server.received[0]?.headers.authorization).toBe(`AccessCode ${accessCode}`);
  });

  it('catches a mistyped tracking number before any request', async () => {
    server = await startServer((_req, res) => res.writeHead(500).end());
    const { trackingNumber, accessCode } = receipt;
    const last = trackingNumber.at(-1) === '0' ? '1' : '0';
    const error = await client(server.baseUrl)
      .messages.status(trackingNumber.slice(0, -1) + last, accessCode)
      .catch((e: unknown) => e);
    expect(isPortalError(error) && error.kind).toBe('invalid');
    expect((error as PortalValidationError).param).toBe('trackingNumber');
    const badCode = await client(server.baseUrl)
      .messages.status(trackingNumber, 'abc')
      .catch((e: unknown) => e);
    expect((badCode as PortalValidationError).param).toBe('accessCode');
    expect(server.received).toHaveLength(0);
  });
});
