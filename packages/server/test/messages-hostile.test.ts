/**
 * Hostile input to the messages endpoints, on each engine: every field of
 * `POST /api/v1/messages`, its `Idempotency-Key` header, the whole request body, the tracking
 * number of `GET /api/v1/messages/{trackingNumber}` and its `Authorization: AccessCode` header
 * are fed every string of the naughty-strings corpus (tests/support/naughty-strings.ts). Each
 * answer is a `201` — and then the text is stored byte for byte and shown back exactly — or a
 * 4xx problem naming what was refused; never a 5xx, never a changed text, never a message stored
 * by a refused request. Headers and paths go over a raw socket, so bytes no HTTP client would
 * send (control characters, CRLF, lone surrogates as WTF-8, a megabyte) reach the server.
 */
import type { MessageReceipt, MessageView, Problem } from '@portal-kit/sdk';
import { IDEMPOTENCY_KEY_PATTERN, parseTrackingNumber } from '@portal-kit/sdk';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeNaughty,
  isWellFormed,
  NAUGHTY_STRINGS,
  ONE_MEGABYTE,
} from '../../../tests/support/naughty-strings.js';
import type { NaughtyString } from '../../../tests/support/naughty-strings.js';
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
import { rawExchange } from './support/raw.js';
import type { RawAnswer } from './support/raw.js';

const message = {
  site: 'wms',
  kind: 'consultation',
  subject: '关于出口许可证的咨询',
  body: '请问办理出口许可证需要哪些材料？',
  name: '张三',
  email: 'zhang@example.cn',
  phone: '+86 (10) 6519-8888',
  publish: true,
  lang: 'zh-CN',
} as const;

/** The body members, and the column each text member is stored in. */
const FIELDS = [
  'subject',
  'body',
  'name',
  'email',
  'phone',
  'lang',
  'site',
  'kind',
  'publish',
  'website',
] as const;
type Field = (typeof FIELDS)[number];
const TEXT_COLUMNS = ['subject', 'body', 'name', 'email', 'phone', 'lang', 'site'] as const;

const KEY = new RegExp(IDEMPOTENCY_KEY_PATTERN);
/** Bytes HTTP allows in no field value (control characters but tab): the parser refuses them. */
const forbiddenInField = (text: string) =>
  [...text].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && code !== 0x09) || code === 0x7f;
  });
/** A line break: the header ends there, and what follows is read as more of the request. */
const LINE_BREAK = /[\r\n]/;
/** The parser's limit of the request line and headers together (Node: 16 KiB). */
const HEADER_LIMIT = 16 * 1024;
/** The router's limit of a path parameter (Fastify `maxParamLength` of the app). */
const PARAM_LIMIT = 500;
const NOT_FOUND_DETAIL = 'No message has this tracking number and access code.';

let counter = 0;
const newKey = () => `hostile-${process.pid}-${(counter += 1)}-${Date.now()}`;

/** Runs `task` over `items`, `width` at a time. */
async function eachLimited<T>(
  items: readonly T[],
  width: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[(next += 1) - 1] as T);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/**
 * `text` percent-encoded as a hostile client would put it in a path: UTF-8, and a lone
 * surrogate as its three WTF-8 bytes (which no UTF-8 decoder accepts).
 */
function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      out += bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else out += encodeURIComponent(char);
  }
  return out;
}

/** A header value as a raw client writes it: the text's UTF-8 bytes (U+FFFD for a surrogate). */
const headerBytes = (text: string) => Buffer.from(text, 'utf8');

/** What Node makes of a header value's bytes: Latin-1 characters, spaces and tabs trimmed. */
const headerSeen = (text: string) =>
  headerBytes(text)
    .toString('latin1')
    .replace(/^[ \t]+|[ \t]+$/g, '');

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

describe.each(ENGINE_CASES)('hostile input to messages %s', (_title, engine) => {
  const suite = 'messages_hostile';
  let db: Database | undefined;
  let app: FastifyInstance | undefined;
  let base = '';

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
    // No per-client limit: thousands of messages come from this one client.
    app = await createApp({ db, messageRateLimit: false, identicalMessageMax: 0 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
    if (engine.name === 'postgres' && !engine.skipReason) await dropSchema(schemaName(suite));
  });

  async function post(body: string, key: string) {
    const response = await fetch(`${base}/api/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: parseJson(text) };
  }

  async function count(): Promise<number> {
    const [row] = await db!.query<{ n: number }>('SELECT count(*)::int AS n FROM messages');
    return row?.n ?? -1;
  }

  /** The stored text columns of a message, read as UTF-8 bytes and decoded exactly. */
  async function stored(trackingNumber: string): Promise<Record<string, unknown>> {
    const columns = TEXT_COLUMNS.map((c) => `convert_to(${c}, 'UTF8') AS ${c}`).join(', ');
    const [row] = await db!.query<Record<string, Uint8Array | boolean | null>>(
      `SELECT ${columns}, kind, publish FROM messages WHERE tracking_number = $1`,
      [trackingNumber],
    );
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
    return Object.fromEntries(
      Object.entries(row ?? {}).map(([name, value]) => [
        name,
        value instanceof Uint8Array ? decoder.decode(value) : value,
      ]),
    );
  }

  /** A problem answer: its media type, its status in the body, its RFC 9457 members. */
  function expectProblem(
    answer: { status: number; headers: Headers | Record<string, string>; body: unknown },
    what: string,
  ) {
    const type =
      answer.headers instanceof Headers
        ? answer.headers.get('content-type')
        : answer.headers['content-type'];
    expect(type, what).toContain('application/problem+json');
    expect(answer.body, what).toMatchObject({ status: answer.status, title: expect.any(String) });
  }

  describe.skipIf(engine.skipReason !== null)('on a running server', () => {
    /** The stored row of a 201, and for a subject its view through the API, as sent. */
    async function expectStoredExactly(
      receipt: MessageReceipt,
      sent: Record<string, unknown>,
      what: string,
    ) {
      const row = await stored(receipt.trackingNumber);
      expect(row, what).toEqual({
        ...Object.fromEntries(TEXT_COLUMNS.map((column) => [column, sent[column]])),
        kind: message.kind,
        publish: true,
      });
      if (sent.subject === message.subject) return;
      const shown = await fetch(`${base}/api/v1/messages/${receipt.trackingNumber}`, {
        headers: { authorization: `AccessCode ${receipt.accessCode}` },
      });
      expect(shown.status, what).toBe(200);
      const view = (await shown.json()) as MessageView;
      expect(view.subject, what).toBe(sent.subject);
    }

    /**
     * Sends `entry` in every field of `fields` at once. Each field's rule stands alone, so the
     * answer is a 201 storing it in all of them, a 413 for an oversized body, or a 400 naming
     * exactly the fields whose rule refuses it — and then each of the others alone must store
     * it. One request per string where the text fields agree, instead of one per field.
     */
    async function sendInFields(
      fields: readonly Field[],
      entry: NaughtyString,
      outcomes: Map<number, number>,
    ) {
      const what = `${fields.join('+')} ← ${describeNaughty(entry)}`;
      const sent = { ...message, ...Object.fromEntries(fields.map((f) => [f, entry.text])) };
      const answer = await post(JSON.stringify(sent), newKey());
      outcomes.set(answer.status, (outcomes.get(answer.status) ?? 0) + 1);
      expect([201, 400, 413], what).toContain(answer.status);
      if (answer.status === 201) {
        expect(isWellFormed(entry.text), what).toBe(true);
        await expectStoredExactly(answer.body as MessageReceipt, sent, what);
        return;
      }
      expectProblem(answer, what);
      if (answer.status === 413) {
        expect(JSON.stringify(sent).length, what).toBeGreaterThan(ONE_MEGABYTE / 16);
        return;
      }
      const params = ((answer.body as Problem).errors ?? []).map((e) => e.param);
      expect(params.length, what).toBeGreaterThan(0);
      for (const param of params) expect(fields, what).toContain(param);
      expect(new Set(params).size, what).toBe(params.length);
      const accepted = fields.filter((field) => !params.includes(field));
      for (const field of accepted) await sendInFields([field], entry, outcomes);
    }

    it.each([
      [['subject', 'body', 'name']] as const,
      ...FIELDS.slice(3).map((f) => [[f]] as const),
    ])(
      'stores %j exactly or refuses it naming it (400/413): never a 5xx',
      async (fields: readonly Field[]) => {
        const outcomes = new Map<number, number>();
        const before = await count();
        await eachLimited(NAUGHTY_STRINGS, 4, (entry) => sendInFields(fields, entry, outcomes));
        // A refused request stored nothing: one message per 201.
        expect(await count()).toBe(before + (outcomes.get(201) ?? 0));
        // The corpus reached both sides: some of it was refused (every field has a rule) …
        expect(outcomes.get(400) ?? 0).toBeGreaterThan(0);
        // … and the oversized entries are 413s, not 5xx.
        expect(outcomes.get(413) ?? 0).toBeGreaterThan(0);
      },
      180_000,
    );

    it('answers every corpus string sent as the whole body with a problem (400/413)', async () => {
      const before = await count();
      await eachLimited(NAUGHTY_STRINGS, 4, async (entry) => {
        const what = `body ≡ ${describeNaughty(entry)}`;
        const answer = await post(entry.text, newKey());
        expect([400, 413], what).toContain(answer.status);
        expectProblem(answer, what);
      });
      expect(await count()).toBe(before);
    });

    it('answers 413 to a megabyte sent without a length (chunked), storing nothing', async () => {
      const before = await count();
      const huge = JSON.stringify({ ...message, body: 'x'.repeat(ONE_MEGABYTE) });
      const bytes = new TextEncoder().encode(huge);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 64 * 1024) {
            controller.enqueue(bytes.slice(at, at + 64 * 1024));
          }
          controller.close();
        },
      });
      const response = await fetch(`${base}/api/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      const answer = {
        status: response.status,
        headers: response.headers,
        body: parseJson(await response.text()),
      };
      expect(answer.status).toBe(413);
      expectProblem(answer, 'chunked megabyte');
      expect(await count()).toBe(before);
    });

    it('takes only a well-formed Idempotency-Key, whatever bytes the header carries', async () => {
      const body = JSON.stringify(message);
      await eachLimited(NAUGHTY_STRINGS, 4, async (entry) => {
        const what = `Idempotency-Key: ${describeNaughty(entry)}`;
        const value = headerBytes(entry.text);
        const request = Buffer.concat([
          Buffer.from(
            `POST /api/v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n` +
              `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
              'Idempotency-Key: ',
          ),
          value,
          Buffer.from(`\r\n\r\n${body}`),
        ]);
        const raw = await rawExchange(base, request, { idleMs: 5000 });
        const answer = { ...raw, body: parseJson(raw.body) };
        const seen = headerSeen(entry.text);
        if (value.length > HEADER_LIMIT) {
          expect(answer.status, what).toBe(431);
        } else if (LINE_BREAK.test(seen)) {
          // Header injection: the key is what came before the break (or the parser refuses).
          const key = headerSeen(entry.text.split(LINE_BREAK)[0] ?? '');
          expect(KEY.test(key) ? [201, 400] : [400], what).toContain(answer.status);
        } else if (!forbiddenInField(seen) && KEY.test(seen)) {
          expect(answer.status, what).toBe(201);
          return;
        } else {
          expect(answer.status, what).toBe(400);
          // The parser refuses control characters (CR and LF end the header early instead).
          if (!forbiddenInField(seen)) {
            expect((answer.body as Problem).errors, what).toEqual([
              expect.objectContaining({ param: 'Idempotency-Key' }),
            ]);
          }
        }
        expectProblem(answer, what);
        // Nothing a header smuggled in comes back as a header of the answer.
        expect(Object.keys(answer.headers), what).not.toContain('x-injected');
        expect(Object.keys(answer.headers), what).not.toContain('set-cookie');
      });
    });

    it('reads a tracking number only when it is one: 400 naming it, else the one 404', async () => {
      const receipt = (await post(JSON.stringify(message), newKey())).body as MessageReceipt;
      const auth = `Authorization: AccessCode ${receipt.accessCode}\r\n`;
      const statuses = new Set<number>();
      await eachLimited(NAUGHTY_STRINGS, 4, async (entry) => {
        const what = `trackingNumber ${describeNaughty(entry)}`;
        const path = `/api/v1/messages/${percentEncode(entry.text)}`;
        const raw: RawAnswer = await rawExchange(
          base,
          `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${auth}\r\n`,
          { idleMs: 5000 },
        );
        const answer = { ...raw, body: parseJson(raw.body) };
        statuses.add(answer.status);
        expect(answer.status, what).toBeLessThan(500);
        expectProblem(answer, what);
        if (path.length > HEADER_LIMIT) {
          expect(answer.status, what).toBe(431);
        } else if (entry.text.length > PARAM_LIMIT) {
          // The router refuses a path parameter this long before any handler runs.
          expect(answer.status, what).toBe(414);
        } else if (parseTrackingNumber(entry.text) === entry.text) {
          // Canonical and checked, but not this message's: the same 404 as a wrong code.
          expect(answer.status, what).toBe(404);
          expect((answer.body as Problem).detail, what).toBe(NOT_FOUND_DETAIL);
        } else {
          expect(answer.status, what).toBe(400);
          const errors = (answer.body as Problem).errors;
          // A malformed encoding is refused by the router, before any parameter is read.
          if (errors)
            expect(
              errors.map((e) => e.param),
              what,
            ).toEqual(['trackingNumber']);
        }
      });
      expect(statuses.has(400)).toBe(true);
    });

    it('answers the same 404 to any AccessCode but the right one (401 without one)', async () => {
      const receipt = (await post(JSON.stringify(message), newKey())).body as MessageReceipt;
      await eachLimited(NAUGHTY_STRINGS, 4, async (entry) => {
        const what = `AccessCode ${describeNaughty(entry)}`;
        const value = headerBytes(entry.text);
        const request = Buffer.concat([
          Buffer.from(
            `GET /api/v1/messages/${receipt.trackingNumber} HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
              'Connection: close\r\nAuthorization: AccessCode ',
          ),
          value,
          Buffer.from('\r\n\r\n'),
        ]);
        const raw = await rawExchange(base, request, { idleMs: 5000 });
        const answer = { ...raw, body: parseJson(raw.body) };
        expectProblem(answer, what);
        const seen = headerSeen(`AccessCode ${entry.text}`);
        if (value.length > HEADER_LIMIT) expect(answer.status, what).toBe(431);
        else if (LINE_BREAK.test(seen)) {
          // Header injection: the code is what came before the break (or the parser refuses).
          expect([400, 401, 404], what).toContain(answer.status);
          expect(Object.keys(answer.headers), what).not.toContain('set-cookie');
          expect(Object.keys(answer.headers), what).not.toContain('x-injected');
        } else if (forbiddenInField(seen)) expect(answer.status, what).toBe(400);
        else if (/^AccessCode[ \t]+\S/i.test(seen)) {
          expect(answer.status, what).toBe(404);
          expect((answer.body as Problem).detail, what).toBe(NOT_FOUND_DETAIL);
        } else {
          expect(answer.status, what).toBe(401);
          expect(answer.headers['www-authenticate'], what).toBe('AccessCode');
        }
      });
    });
  });
});
