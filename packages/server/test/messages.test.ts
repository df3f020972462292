/**
 * Messages on a real server over loopback, on each engine: the receipt, exactly one message
 * per Idempotency-Key (sequential and concurrent), 422 for a reused key, every field validated,
 * hostile text stored and returned exactly, the same 404 for an unknown number and a wrong
 * code, the due date across a holiday, 413 and the rate limit.
 */
import type { MessageReceipt, MessageView, Problem } from '@portal-kit/sdk';
import { makeTrackingNumber, replyDueDate } from '@portal-kit/sdk';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/server.js';
import {
  dropSchema,
  ENGINE_CASES,
  freshSchema,
  schemaName,
  TEST_DATABASE_URL,
} from './support/engines.js';
import { contractErrors } from './support/http.js';

const message = {
  site: 'wms',
  kind: 'consultation',
  subject: '关于出口许可证的咨询',
  body: '请问办理出口许可证需要哪些材料？\n谢谢。',
  name: '张三',
  email: 'zhang@example.cn',
  phone: '+86 (10) 6519-8888',
  publish: true,
  lang: 'zh-CN',
} as const;

let counter = 0;
const newKey = () => `test-key-${process.pid}-${(counter += 1)}-${Date.now()}`;

/** Hostile text: markup, injection, direction overrides, zalgo, emoji, confusables. */
const NAUGHTY = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE messages; --",
  '\u202Etxt.exe',
  'Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮',
  '👨‍👩‍👧‍👦 🇨🇳 𠜎𠜱',
  'ｐａｙｐａｌ ΑΡΡΙΕ раураl',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7} %s %n \\u0000',
  '  leading and trailing  ',
  '﻿zero​width‌joiners‍',
];

describe.each(ENGINE_CASES)('messages %s', (_title, engine) => {
  const suite = 'messages';
  let db: Database | undefined;
  let app: FastifyInstance | undefined;
  let base = '';
  let clock = new Date('2026-03-09T02:00:00Z');

  beforeAll(async () => {
    if (engine.skipReason) return;
    if (engine.name === 'postgres') await freshSchema(schemaName(suite));
    db = await openDatabase({
      dataDir: 'memory',
      seed: { documents: 0 },
      ...(engine.name === 'postgres'
        ? { databaseUrl: TEST_DATABASE_URL, databaseSchema: schemaName(suite) }
        : {}),
    });
    // The same message is sent many times under new keys here: no identical-text throttle
    // (messages-public.test.ts tests it).
    app = await createApp({
      db,
      now: () => clock,
      messageRateLimit: false,
      identicalMessageMax: 0,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
    if (engine.name === 'postgres' && !engine.skipReason) await dropSchema(schemaName(suite));
  });

  async function post(body: unknown, key: string | null = newKey(), raw?: string) {
    const response = await fetch(`${base}/api/v1/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key === null ? {} : { 'idempotency-key': key }),
      },
      body: raw ?? JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  }

  async function view(trackingNumber: string, code: string | null) {
    const response = await fetch(`${base}/api/v1/messages/${encodeURIComponent(trackingNumber)}`, {
      headers: code === null ? {} : { authorization: `AccessCode ${code}` },
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  }

  async function count(): Promise<number> {
    const [row] = await db!.query<{ n: number }>('SELECT count(*)::int AS n FROM messages');
    return row?.n ?? -1;
  }

  describe.skipIf(engine.skipReason !== null)('on a running server', () => {
    it('stores a message and answers its receipt, then shows it to its asker', async () => {
      clock = new Date('2026-03-09T02:00:00Z');
      const answer = await post(message);
      expect(answer.status).toBe(201);
      expect(contractErrors('MessageReceipt', answer.body)).toEqual([]);
      const receipt = answer.body as MessageReceipt;
      expect(receipt).toMatchObject({
        receivedAt: '2026-03-09T02:00:00.000Z',
        dueDate: '2026-03-16',
        status: 'received',
      });
      expect(receipt.trackingNumber).toMatch(/^M26-/);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('location')).toBe(`/api/v1/messages/${receipt.trackingNumber}`);

      clock = new Date('2026-03-12T02:00:00Z');
      const shown = await view(receipt.trackingNumber, receipt.accessCode.toLowerCase());
      expect(shown.status).toBe(200);
      expect(shown.headers.get('cache-control')).toBe('no-store');
      expect(contractErrors('MessageView', shown.body)).toEqual([]);
      expect(shown.body).toEqual({
        trackingNumber: receipt.trackingNumber,
        site: 'wms',
        kind: 'consultation',
        subject: message.subject,
        receivedAt: receipt.receivedAt,
        dueDate: '2026-03-16',
        workingDaysLeft: 2,
        status: 'received',
        history: [{ status: 'received', at: receipt.receivedAt }],
        reply: null,
      } satisfies MessageView);
      // The access code is not stored, only its hash.
      const [row] = await db!.query<Record<string, unknown>>(
        'SELECT * FROM messages WHERE tracking_number = $1',
        [receipt.trackingNumber],
      );
      expect(JSON.stringify(row)).not.toContain(receipt.accessCode);
    });

    it('answers the same receipt for the same key and body, and stores one message', async () => {
      const key = newKey();
      const before = await count();
      const first = await post(message, key);
      const again = await post({ ...message }, key);
      // The same members in another order are the same body.
      const reordered = Object.fromEntries(Object.entries(message).reverse());
      const third = await post(reordered, key);
      expect(first.status).toBe(201);
      expect(again).toMatchObject({ status: 201, body: first.body });
      expect(third).toMatchObject({ status: 201, body: first.body });
      expect(await count()).toBe(before + 1);
    });

    it('stores one message for 20 concurrent requests with one key', async () => {
      const key = newKey();
      const before = await count();
      const answers = await Promise.all(Array.from({ length: 20 }, () => post(message, key)));
      expect(answers.map((a) => a.status)).toEqual(Array<number>(20).fill(201));
      for (const answer of answers) expect(answer.body).toEqual(answers[0]?.body);
      expect(await count()).toBe(before + 1);
    });

    it('refuses a key reused with another body (422), storing nothing', async () => {
      const key = newKey();
      expect((await post(message, key)).status).toBe(201);
      const before = await count();
      const other = await post({ ...message, subject: 'another subject' }, key);
      expect(other.status).toBe(422);
      expect(other.headers.get('content-type')).toContain('application/problem+json');
      expect((other.body as Problem).detail).toContain('Idempotency-Key');
      expect(await count()).toBe(before);
    });

    it('names every invalid field in one 400, and stores nothing', async () => {
      const before = await count();
      const answer = await post(
        {
          site: 'Not A Site',
          kind: 'praise',
          subject: '   ',
          body: 'x'.repeat(5001),
          name: 'n'.repeat(101),
          email: 'not-an-email',
          phone: 'call me',
          publish: 'yes',
          lang: 'chinese!',
          website: 'http://spam.example',
          extra: 1,
        },
        'short',
      );
      expect(answer.status).toBe(400);
      const params = ((answer.body as Problem).errors ?? []).map((e) => e.param).sort();
      expect(params).toEqual(
        [
          'Idempotency-Key',
          'body',
          'email',
          'extra',
          'kind',
          'lang',
          'name',
          'phone',
          'publish',
          'site',
          'subject',
          'website',
        ].sort(),
      );
      expect(await count()).toBe(before);
    });

    it.each([
      [{ site: 'nosuchsite' }, 'site'],
      [{ subject: 's'.repeat(201) }, 'subject'],
      [{ subject: 'two\nlines' }, 'subject'],
      [{ body: '' }, 'body'],
      [{ body: 'nul \u0000 byte' }, 'body'],
      [{ body: 'lone \ud800 surrogate' }, 'body'],
      [{ email: `${'a'.repeat(250)}@b.cn` }, 'email'],
      [{ email: 'a@b' }, 'email'],
      [{ phone: '1'.repeat(33) }, 'phone'],
      [{ phone: '+-()' }, 'phone'],
      [{ name: '' }, 'name'],
      [{ website: 'x' }, 'website'],
      [{ kind: undefined }, 'kind'],
    ])('refuses %j naming %s', async (change, param) => {
      const answer = await post({ ...message, ...change });
      expect(answer.status).toBe(400);
      expect((answer.body as Problem).errors?.map((e) => e.param)).toEqual([param]);
    });

    it('refuses a missing or malformed Idempotency-Key', async () => {
      for (const key of [null, 'short', 'has space in it', 'k'.repeat(129), 'tab\tin\tthe\tkey']) {
        const answer = await post(message, key);
        expect(answer.status, String(key)).toBe(400);
        expect((answer.body as Problem).errors).toEqual([
          expect.objectContaining({ param: 'Idempotency-Key' }),
        ]);
      }
    });

    it('accepts an empty honeypot, and a body at the length limits', async () => {
      const longest = {
        ...message,
        subject: '𠜎'.repeat(200),
        body: '𠜎'.repeat(5000),
        name: '𠜎'.repeat(100),
        website: '',
      };
      const escaped = JSON.stringify(longest).replace(
        /[\u{10000}-\u{10FFFF}]/gu,
        (c) => `\\u${c.charCodeAt(0).toString(16)}\\u${c.charCodeAt(1).toString(16)}`,
      );
      const answer = await post(null, newKey(), escaped);
      expect(answer.status).toBe(201);
    });

    it('answers 413 to a body over the limit, and 415 to one that is not JSON', async () => {
      const huge = await post(
        null,
        newKey(),
        JSON.stringify({ ...message, body: 'x'.repeat(100_000) }),
      );
      expect(huge.status).toBe(413);
      const text = await fetch(`${base}/api/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'idempotency-key': newKey() },
        body: 'hello',
      });
      expect(text.status).toBe(415);
      const none = await fetch(`${base}/api/v1/messages`, {
        method: 'POST',
        headers: { 'idempotency-key': newKey() },
      });
      expect(none.status).toBe(415);
      expect(text.headers.get('content-type')).toContain('application/problem+json');
    });

    it('stores hostile text and returns it exactly, as JSON text', async () => {
      for (const text of NAUGHTY) {
        const answer = await post({ ...message, subject: text, body: `${text}\n${text}` });
        expect(answer.status, text).toBe(201);
        const { trackingNumber, accessCode } = answer.body as MessageReceipt;
        const shown = await view(trackingNumber, accessCode);
        expect(shown.headers.get('content-type')).toMatch(/^application\/json/);
        expect((shown.body as MessageView).subject).toBe(text);
        // (As bytes: PGlite's own decoding of text drops a leading U+FEFF.)
        const [row] = await db!.query<{ body: Uint8Array }>(
          "SELECT convert_to(body, 'UTF8') AS body FROM messages WHERE tracking_number = $1",
          [trackingNumber],
        );
        expect(Buffer.from(row!.body).toString('utf8')).toBe(`${text}\n${text}`);
      }
    });

    it('answers the same 404 to an unknown number and to a wrong code', async () => {
      const { trackingNumber, accessCode } = (await post(message)).body as MessageReceipt;
      const wrongCode = await view(trackingNumber, '0000-0000-0000-0000');
      const unknown = await view(makeTrackingNumber(2026), accessCode);
      const garbled = await view(trackingNumber, '<script>');
      for (const answer of [wrongCode, unknown, garbled]) {
        expect(answer.status).toBe(404);
        const { instance: _instance, ...rest } = answer.body as Problem;
        expect(rest).toEqual({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'No message has this tracking number and access code.',
        });
      }
      const noHeader = await view(trackingNumber, null);
      expect(noHeader.status).toBe(401);
      expect(noHeader.headers.get('www-authenticate')).toBe('AccessCode');
      const typo = trackingNumber.slice(0, -1) + (trackingNumber.endsWith('0') ? '1' : '0');
      expect((await view(typo, accessCode)).status).toBe(400);
    });

    it('counts the due date in Beijing working days, across the National Day holiday', async () => {
      const cases = [
        // Tuesday before the holiday (1–8 October off, Saturday 11 October worked).
        ['2025-09-30T02:00:00Z', '2025-10-14'],
        // 23:59 on Friday 10 October in Beijing: that day does not count.
        ['2025-10-10T15:59:00Z', '2025-10-16'],
        // 00:30 on Saturday 11 October in Beijing (still the 10th in UTC): a new day.
        ['2025-10-10T16:30:00Z', '2025-10-17'],
        // During the holiday: counted from the next working day.
        ['2025-10-03T04:00:00Z', '2025-10-14'],
      ] as const;
      for (const [arrival, due] of cases) {
        clock = new Date(arrival);
        const answer = await post(message);
        const receipt = answer.body as MessageReceipt;
        expect(receipt.dueDate, arrival).toBe(due);
        expect(receipt.dueDate).toBe(replyDueDate(new Date(arrival)));
      }
      clock = new Date('2025-09-30T02:00:00Z');
      const { trackingNumber, accessCode } = (await post(message)).body as MessageReceipt;
      clock = new Date('2025-10-13T04:00:00Z');
      expect(((await view(trackingNumber, accessCode)).body as MessageView).workingDaysLeft).toBe(
        1,
      );
      clock = new Date('2025-10-17T04:00:00Z');
      expect(((await view(trackingNumber, accessCode)).body as MessageView).workingDaysLeft).toBe(
        -3,
      );
    });

    it('answers 405 to other methods with the allowed ones', async () => {
      const put = await fetch(`${base}/api/v1/messages`, { method: 'PUT' });
      expect(put.status).toBe(405);
      // GET lists the published messages (messages-public.test.ts).
      expect(put.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
      const del = await fetch(`${base}/api/v1/messages/stats`, { method: 'DELETE' });
      expect(del.status).toBe(405);
      expect(del.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      const post = await fetch(`${base}/api/v1/messages/M26-0000-0000`, { method: 'POST' });
      expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    });
  });
});
