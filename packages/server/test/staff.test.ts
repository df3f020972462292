/**
 * The staff side of messages on a real server over loopback, on each engine: the same 401 for
 * no, unknown and revoked tokens; a token sees only its sites' messages (another site's is the
 * same 404 as an unknown one); the main site's office forwards to a department, which then sees
 * it while the office no longer does; one reply (same text again: 200, other text: 409); publish
 * only with consent and after the reply, personal data removed; every step an event with its
 * actor; the asker's view after each step; the response cache dropped by every step.
 */
import type {
  MessageReceipt,
  MessageView,
  Problem,
  StaffMessage,
  StaffMessagesPage,
} from '@portal-kit/sdk';
import { makeTrackingNumber } from '@portal-kit/sdk';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { createStaffToken, revokeStaffToken } from '../src/messages/staff-tokens.js';
import { openDatabase } from '../src/server.js';
import {
  dropSchema,
  ENGINE_CASES,
  freshSchema,
  schemaName,
  TEST_DATABASE_URL,
} from './support/engines.js';
import { contractErrors } from './support/http.js';

/** Personal data planted in every field of a message; none of it may ever be published. */
const PERSONAL = {
  name: '王小明',
  email: 'xiaoming.wang@example.cn',
  phone: '+86 138 0013 8000',
  id: '11010519491231002X',
  other: 'li.si@mail.example.com',
  landline: '010-6519 8888',
};

const asked = {
  site: 'main',
  kind: 'consultation',
  subject: `王小明咨询出口许可证（电话13800138000）`,
  body:
    `我是${PERSONAL.name}，身份证号${PERSONAL.id}，邮箱${PERSONAL.email}。\n` +
    `请问办理出口许可证需要哪些材料？王先生的同事 ${PERSONAL.other} 也想知道，电话 ${PERSONAL.landline}。`,
  name: PERSONAL.name,
  email: PERSONAL.email,
  phone: PERSONAL.phone,
  publish: true,
  lang: 'zh-CN',
} as const;

let counter = 0;
const newKey = () => `staff-key-${process.pid}-${(counter += 1)}`;

describe.each(ENGINE_CASES)('staff messages %s', (_title, engine) => {
  const suite = 'staff';
  let db: Database | undefined;
  let app: FastifyInstance | undefined;
  let base = '';
  let clock = new Date('2026-03-09T02:00:00Z');
  const tokens = { main: '', wms: '', tfs: '', revoked: '' };
  const actors = { main: '', wms: '' };

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
    app = await createApp({ db, now: () => clock, messageRateLimit: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const main = await createStaffToken(db, { sites: ['main'], label: 'Main office' });
    const wms = await createStaffToken(db, { sites: ['wms', 'zhs'], label: 'WMS desk' });
    const tfs = await createStaffToken(db, { sites: ['tfs'] });
    const revoked = await createStaffToken(db, { sites: ['main', 'wms'] });
    expect(await revokeStaffToken(db, revoked.id)).toBe('revoked');
    Object.assign(tokens, {
      main: main.token,
      wms: wms.token,
      tfs: tfs.token,
      revoked: revoked.token,
    });
    Object.assign(actors, { main: main.id, wms: wms.id });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
    if (engine.name === 'postgres' && !engine.skipReason) await dropSchema(schemaName(suite));
  });

  async function submit(body: object = asked): Promise<MessageReceipt> {
    const response = await fetch(`${base}/api/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as MessageReceipt;
  }

  async function staff(token: string | null, path: string, body?: unknown) {
    const response = await fetch(`${base}/api/v1/staff/messages${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  }

  async function askerView(receipt: MessageReceipt): Promise<MessageView> {
    const response = await fetch(`${base}/api/v1/messages/${receipt.trackingNumber}`, {
      headers: { authorization: `AccessCode ${receipt.accessCode}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as MessageView;
  }

  const numbers = (page: unknown) =>
    (page as StaffMessagesPage).items.map((item) => item.trackingNumber);

  describe.skipIf(engine.skipReason !== null)('on a running server', () => {
    it('answers the same 401 for no, malformed, unknown and revoked tokens', async () => {
      const receipt = await submit();
      const answers = await Promise.all(
        [
          null,
          'pks_' + 'A'.repeat(43),
          'not-a-token',
          tokens.revoked,
          tokens.main.slice(0, -1) + (tokens.main.endsWith('A') ? 'B' : 'A'),
        ].map((token) => staff(token, `/${receipt.trackingNumber}`)),
      );
      for (const answer of answers) {
        expect(answer.status).toBe(401);
        expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
        expect(answer.headers.get('cache-control')).toBe('no-store');
        const { instance: _instance, ...problem } = answer.body as Problem;
        const { instance: _first, ...first } = answers[0]!.body as Problem;
        expect(problem).toEqual(first);
      }
      // Checked before anything else: a bad body or query gets the 401 too.
      expect((await staff(null, '?status=bogus')).status).toBe(401);
      expect((await staff(null, `/${receipt.trackingNumber}/reply`, { nope: 1 })).status).toBe(401);
    });

    it('lists the messages of the token’s sites only; another site’s message is a 404', async () => {
      clock = new Date('2026-03-10T02:00:00Z');
      const toMain = await submit();
      const toWms = await submit({ ...asked, site: 'wms', subject: '给外贸司的问题' });
      const mainList = await staff(tokens.main, '?status=all&limit=100');
      expect(mainList.status).toBe(200);
      expect(mainList.headers.get('cache-control')).toBe('no-store');
      expect(contractErrors('StaffMessagesPage', mainList.body)).toEqual([]);
      expect(numbers(mainList.body)).toContain(toMain.trackingNumber);
      expect(numbers(mainList.body)).not.toContain(toWms.trackingNumber);
      const wmsList = await staff(tokens.wms, '');
      expect(numbers(wmsList.body)).toEqual([toWms.trackingNumber]);

      const other = await staff(tokens.wms, `/${toMain.trackingNumber}`);
      const unknown = await staff(tokens.wms, `/${makeTrackingNumber(2026)}`);
      expect(other.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect((other.body as Problem).detail).toBe((unknown.body as Problem).detail);

      const own = await staff(tokens.main, `/${toMain.trackingNumber.toLowerCase()}`);
      expect(own.status).toBe(400); // the path is the canonical spelling only
      const got = await staff(tokens.main, `/${toMain.trackingNumber}`);
      expect(got.status).toBe(200);
      expect(contractErrors('StaffMessage', got.body)).toEqual([]);
      expect(got.body).toMatchObject({
        trackingNumber: toMain.trackingNumber,
        site: 'main',
        handledBy: 'main',
        name: PERSONAL.name,
        email: PERSONAL.email,
        phone: PERSONAL.phone,
        publish: true,
        status: 'received',
        overdue: false,
        reply: null,
        history: [{ status: 'received', at: toMain.receivedAt }],
        publication: { reply: null, publishedAt: null },
      });
    });

    it('orders by due date then arrival, pages with a cursor and counts the total', async () => {
      const token = (await createStaffToken(db!, { sites: ['zys'] })).token;
      const made: string[] = [];
      for (const at of ['2026-03-02T02:00:00Z', '2026-03-02T03:00:00Z', '2026-02-24T02:00:00Z']) {
        clock = new Date(at);
        made.push((await submit({ ...asked, site: 'zys' })).trackingNumber);
      }
      clock = new Date('2026-03-10T02:00:00Z');
      const expected = [made[2], made[0], made[1]];
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await staff(token, query)).body as StaffMessagesPage;
        expect(page.total).toBe(3);
        seen.push(...page.items.map((item) => item.trackingNumber));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(expected);
      const first = ((await staff(token, '?limit=1')).body as StaffMessagesPage).items[0]!;
      expect(first).toMatchObject({ overdue: true });
      expect(first.workingDaysLeft).toBeLessThan(0);
      const bad = await staff(token, '?cursor=WzFd');
      expect(bad.status).toBe(400);
      expect((bad.body as Problem).errors?.[0]?.param).toBe('cursor');
      expect((await staff(token, '?status=bogus')).status).toBe(400);
    });

    it('walks the loop: forward, reply, publish — each an event, each seen by the asker', async () => {
      clock = new Date('2026-03-11T01:00:00Z');
      const receipt = await submit();
      const tn = receipt.trackingNumber;

      // Only departments; only the main site's office.
      const toLocal = await staff(tokens.main, `/${tn}/forward`, { to: 'beijing' });
      expect(toLocal.status).toBe(400);
      expect((toLocal.body as Problem).errors?.[0]?.param).toBe('to');
      expect((await staff(tokens.main, `/${tn}/forward`, { to: 'nosuchsite' })).status).toBe(400);
      expect((await staff(tokens.main, `/${tn}/publish`, {})).status).toBe(409);

      clock = new Date('2026-03-11T02:00:00Z');
      const forwarded = await staff(tokens.main, `/${tn}/forward`, { to: 'wms', note: '请答复' });
      expect(forwarded.status).toBe(200);
      expect(contractErrors('StaffMessage', forwarded.body)).toEqual([]);
      expect(forwarded.body).toMatchObject({ status: 'forwarded', handledBy: 'wms' });
      expect((forwarded.body as StaffMessage).history.at(-1)).toEqual({
        status: 'forwarded',
        at: '2026-03-11T02:00:00.000Z',
        toSite: 'wms',
      });
      // The department sees it; the office no longer does (but may repeat its forward safely).
      expect(numbers((await staff(tokens.wms, '')).body)).toContain(tn);
      expect(numbers((await staff(tokens.main, '?status=all&limit=100')).body)).not.toContain(tn);
      expect((await staff(tokens.main, `/${tn}`)).status).toBe(404);
      const again = await staff(tokens.main, `/${tn}/forward`, { to: 'wms' });
      expect(again.status).toBe(200);
      expect((again.body as StaffMessage).history).toHaveLength(2);
      expect((await staff(tokens.main, `/${tn}/forward`, { to: 'tfs' })).status).toBe(409);
      expect((await staff(tokens.wms, `/${tn}/forward`, { to: 'tfs' })).status).toBe(409);
      expect((await staff(tokens.tfs, `/${tn}`)).status).toBe(404);
      expect((await askerView(receipt)).history.map((e) => e.status)).toEqual([
        'received',
        'forwarded',
      ]);

      // One reply: the same text again is a safe retry, another text a conflict.
      clock = new Date('2026-03-12T06:00:00Z');
      const text = `${PERSONAL.name}您好：请携带合同和发票办理。如有疑问请致电 ${PERSONAL.phone} 或写信至 ${PERSONAL.email}。`;
      expect((await staff(tokens.main, `/${tn}/reply`, { text })).status).toBe(404);
      const replied = await staff(tokens.wms, `/${tn}/reply`, { text });
      expect(replied.status).toBe(200);
      expect(replied.body).toMatchObject({
        status: 'replied',
        reply: { text, at: '2026-03-12T06:00:00.000Z' },
      });
      expect((await staff(tokens.wms, `/${tn}/reply`, { text })).status).toBe(200);
      const conflict = await staff(tokens.wms, `/${tn}/reply`, { text: '另一个答复' });
      expect(conflict.status).toBe(409);
      expect(conflict.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await staff(tokens.wms, `/${tn}/forward`, { to: 'tfs' })).status).toBe(409);
      const view = await askerView(receipt);
      expect(view.status).toBe('replied');
      expect(view.reply).toEqual({ text, at: '2026-03-12T06:00:00.000Z' });
      expect(numbers((await staff(tokens.wms, '')).body)).not.toContain(tn);
      expect(numbers((await staff(tokens.wms, '?status=replied')).body)).toContain(tn);

      // Publish: the proposed texts are the redacted ones; nothing personal is published.
      clock = new Date('2026-03-12T07:00:00Z');
      const published = await staff(tokens.wms, `/${tn}/publish`, {});
      expect(published.status).toBe(200);
      const message = published.body as StaffMessage;
      expect(message.status).toBe('published');
      expect(message.publication.publishedAt).toBe('2026-03-12T07:00:00.000Z');
      const texts = [
        message.publication.subject,
        message.publication.body,
        message.publication.reply,
      ];
      const [stored] = await db!.query<Record<string, string>>(
        `SELECT published_subject, published_body, published_reply FROM messages
         WHERE tracking_number = $1`,
        [tn],
      );
      texts.push(...Object.values(stored!));
      for (const published of texts) {
        for (const secret of [
          PERSONAL.name,
          '王先生',
          PERSONAL.email,
          PERSONAL.other,
          PERSONAL.id,
          '13800138000',
          '138 0013 8000',
          '6519 8888',
        ]) {
          expect(published).not.toContain(secret);
        }
        expect(published).toContain('＊＊＊');
      }
      expect(message.publication.body).toContain('请问办理出口许可证需要哪些材料？');
      expect((await staff(tokens.wms, `/${tn}/publish`, {})).status).toBe(200);
      expect((await staff(tokens.wms, `/${tn}/publish`, { subject: '另一个标题' })).status).toBe(
        409,
      );
      expect((await askerView(receipt)).history.map((e) => e.status)).toEqual([
        'received',
        'forwarded',
        'replied',
        'published',
      ]);

      // Each step recorded once, with who took it and where a forward went.
      const events = await db!.query<{
        status: string;
        actor: string | null;
        to_site: string | null;
      }>(
        `SELECT e.status, e.actor::text AS actor, e.to_site FROM message_events e
         JOIN messages m ON m.id = e.message_id WHERE m.tracking_number = $1 ORDER BY e.seq`,
        [tn],
      );
      expect(events).toEqual([
        { status: 'received', actor: null, to_site: null },
        { status: 'forwarded', actor: actors.main, to_site: 'wms' },
        { status: 'replied', actor: actors.wms, to_site: null },
        { status: 'published', actor: actors.wms, to_site: null },
      ]);
    });

    it('publishes only with consent; given texts are redacted too', async () => {
      clock = new Date('2026-03-13T02:00:00Z');
      const privateOne = await submit({ ...asked, site: 'wms', publish: false });
      await staff(tokens.wms, `/${privateOne.trackingNumber}/reply`, { text: '已答复。' });
      const refused = await staff(tokens.wms, `/${privateOne.trackingNumber}/publish`, {});
      expect(refused.status).toBe(409);
      expect((refused.body as Problem).detail).toMatch(/consent/);

      const open = await submit({ ...asked, site: 'wms' });
      await staff(tokens.wms, `/${open.trackingNumber}/reply`, { text: '已答复。' });
      const edited = await staff(tokens.wms, `/${open.trackingNumber}/publish`, {
        subject: '出口许可证材料',
        body: `问：${PERSONAL.name}问材料，电话 13912345678。`,
      });
      expect(edited.status).toBe(200);
      expect((edited.body as StaffMessage).publication).toMatchObject({
        subject: '出口许可证材料',
        body: '问：＊＊＊问材料，电话 ＊＊＊。',
        reply: '已答复。',
      });
    });

    it('drops the response cache on every step (no stale public data)', async () => {
      clock = new Date('2026-03-16T02:00:00Z');
      const receipt = await submit({ ...asked, site: 'wms' });
      // On PostgreSQL the cache answers once its LISTEN connection is up: ask until it keeps one.
      const cached = async () => {
        for (let i = 0; i < 100 && app!.responseCache.size === 0; i += 1) {
          await (await fetch(`${base}/api/v1/sites?kind=main`)).arrayBuffer();
          if (app!.responseCache.size === 0) await new Promise((r) => setTimeout(r, 20));
        }
        expect(app!.responseCache.size).toBeGreaterThan(0);
      };
      for (const [path, body] of [
        ['reply', { text: '答复。' }],
        ['publish', {}],
      ] as const) {
        await cached();
        expect((await staff(tokens.wms, `/${receipt.trackingNumber}/${path}`, body)).status).toBe(
          200,
        );
        expect(app!.responseCache.size).toBe(0);
      }
    });
  });
});
