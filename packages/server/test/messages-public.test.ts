/**
 * The public side of messages on a real server over loopback, on each engine: the published
 * list (filters, pages, search with two-character Chinese and mixed queries, snippets, never a
 * byte of personal data), the yearly statistics against hand-computed values, and the
 * identical-message throttle (429 with Retry-After; replays of one key never count).
 */
import { randomBytes } from 'node:crypto';
import type { MessagesPage, MessageStats, Problem } from '@portal-kit/sdk';
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
import { call, contractErrors } from './support/http.js';

/** Personal data of the askers: never in any public answer. */
const PRIVATE = ['李四', 'lisi@example.cn', '13800138000', 'Jane Roe', 'jane@example.org'];

interface Fixture {
  site: string;
  received: string;
  replied?: string;
  published?: { at: string; subject: string; question: string; reply: string };
  lang?: string;
  kind?: string;
}

/** Published fixture: the texts as published (redacted), the originals hold personal data. */
const PUBLISHED: Fixture[] = [
  {
    site: 'wms',
    received: '2026-03-02T02:00:00Z',
    replied: '2026-03-04T02:00:00Z',
    lang: 'zh-CN',
    published: {
      at: '2026-03-05T02:00:00Z',
      subject: '关于跨境电商出口退税的咨询',
      question: '请问跨境电商企业办理出口退税需要哪些材料？我的电话是＊＊＊。',
      reply: '您好！跨境电商出口退税请向主管税务机关申报，材料包括报关单和发票。',
    },
  },
  {
    site: 'main',
    received: '2026-03-03T02:00:00Z',
    replied: '2026-03-05T02:00:00Z',
    lang: 'en',
    kind: 'consultation',
    published: {
      at: '2026-03-06T02:00:00Z',
      subject: 'Export licence for dual-use items',
      question: 'How do I apply for an export licence? Contact me at ＊＊＊.',
      reply: 'Apply through the online platform of the Ministry; processing takes 20 working days.',
    },
  },
  {
    site: 'wms',
    received: '2026-03-04T02:00:00Z',
    replied: '2026-03-06T02:00:00Z',
    lang: 'zh-CN',
    kind: 'complaint',
    published: {
      at: '2026-03-07T02:00:00Z',
      subject: '投诉网购平台售后问题',
      question: '我在电商平台购买的商品有质量问题，商家拒绝退货。',
      reply: '已转市场监管部门处理，请保留购物凭证。',
    },
  },
];

/** Filler published messages, to page through. */
const FILLER: Fixture[] = Array.from({ length: 25 }, (_, i) => ({
  site: 'wzs',
  received: `2026-02-${String(i + 1).padStart(2, '0')}T01:00:00Z`.replace('-29T', '-28T'),
  replied: `2026-03-01T0${i % 10}:00:00Z`,
  lang: 'zh-CN',
  published: {
    at: `2026-03-01T10:${String(i).padStart(2, '0')}:00Z`,
    subject: `外资企业登记第${i + 1}号问题`,
    question: `外商投资企业变更登记需要多少个工作日？（第${i + 1}问）`,
    reply: '一般在五个工作日内办结。',
  },
}));

/** Statistics fixture for wms, 2026 (see the expected values in the test). */
const STATS: Fixture[] = [
  // January: arrives Tue 01-06 00:30 Beijing, replied Thu 01-08: 2 working days, on time.
  { site: 'wms', received: '2026-01-05T16:30:00Z', replied: '2026-01-08T02:00:00Z' },
  // 2025-12-31 23:00 Beijing: the year before, not counted.
  { site: 'wms', received: '2025-12-31T15:00:00Z', replied: '2026-01-05T02:00:00Z' },
  // March: Mon 03-09 → 03-10 (1), Fri 03-13 23:30 → Fri 03-20 17:00 (5, due 03-20: on time),
  // Mon 03-09 → Tue 03-17 (6, due 03-16: late), Thu 03-12 → the same day (0).
  { site: 'wms', received: '2026-03-09T02:00:00Z', replied: '2026-03-10T02:00:00Z' },
  { site: 'wms', received: '2026-03-13T15:30:00Z', replied: '2026-03-20T09:00:00Z' },
  { site: 'wms', received: '2026-03-09T03:00:00Z', replied: '2026-03-17T02:00:00Z' },
  { site: 'wms', received: '2026-03-12T01:00:00Z', replied: '2026-03-12T08:00:00Z' },
  // 03-31 20:00 UTC is 04-01 04:00 in Beijing: April, not replied.
  { site: 'wms', received: '2026-03-31T20:00:00Z' },
  // Wed 09-30 → Tue 10-13, across National Day: 5 working days, due 10-13: on time.
  { site: 'wms', received: '2026-09-30T02:00:00Z', replied: '2026-10-13T02:00:00Z' },
  // Another site: not counted.
  { site: 'main', received: '2026-03-09T02:00:00Z', replied: '2026-03-10T02:00:00Z' },
];

async function insert(db: Database, rows: readonly Fixture[]): Promise<void> {
  for (const row of rows) {
    const published = row.published;
    await db.query(
      `INSERT INTO messages (tracking_number, access_code_hash, site, handled_by, kind, subject,
         body, name, email, phone, publish, lang, received_at, due_date, status, reply_text,
         replied_at, published_subject, published_body, published_reply, published_at)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
         $18, $19, $20)`,
      [
        makeTrackingNumber(2026),
        randomBytes(32),
        row.site,
        row.kind ?? 'consultation',
        `${published?.subject ?? '统计用留言'}（李四）`,
        `我是李四，电话13800138000，邮箱lisi@example.cn。${published?.question ?? ''}`,
        row.lang === 'en' ? 'Jane Roe' : '李四',
        row.lang === 'en' ? 'jane@example.org' : 'lisi@example.cn',
        '13800138000',
        published !== undefined,
        row.lang ?? null,
        row.received,
        replyDueDate(new Date(row.received)),
        published ? 'published' : row.replied ? 'replied' : 'received',
        row.replied ? `${published?.reply ?? '已答复。'}李四您好。` : null,
        row.replied ?? null,
        published?.subject ?? null,
        published?.question ?? null,
        published?.reply ?? null,
        published?.at ?? null,
      ],
    );
  }
}

describe.each(ENGINE_CASES)('public messages %s', (_title, engine) => {
  const suite = 'messages_public';
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
    await insert(db, [...PUBLISHED, ...FILLER, ...STATS]);
    // An unpublished message holding the query words: never listed.
    await insert(db, [
      { site: 'wms', received: '2026-03-08T02:00:00Z', replied: '2026-03-09T02:00:00Z' },
    ]);
    await db.query(
      `UPDATE messages SET subject = '跨境电商出口（未公开）' WHERE published_at IS NULL`,
    );
    app = await createApp({
      db,
      now: () => clock,
      messageRateLimit: false,
      identicalMessageMax: 2,
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

  async function list(query: string) {
    const answer = await call(base, `/api/v1/messages${query}`);
    expect(answer.status, answer.text).toBe(200);
    expect(contractErrors('MessagesPage', answer.body)).toEqual([]);
    for (const secret of PRIVATE) expect(answer.text).not.toContain(secret);
    return { page: answer.body as MessagesPage, answer };
  }

  describe.skipIf(engine.skipReason !== null)('on a running server', () => {
    it('lists published messages only, newest published first, cacheable, no personal data', async () => {
      const { page, answer } = await list('?site=wms,main');
      expect(page.total).toBe(3);
      expect(page.items.map((m) => m.subject)).toEqual([
        '投诉网购平台售后问题',
        'Export licence for dual-use items',
        '关于跨境电商出口退税的咨询',
      ]);
      expect(answer.headers.get('cache-control')).toMatch(/^public, max-age=/);
      expect(answer.headers.get('etag')).toBeTruthy();
      const first = page.items[2]!;
      expect(first).toMatchObject({
        site: 'wms',
        kind: 'consultation',
        question: PUBLISHED[0]!.published!.question,
        reply: PUBLISHED[0]!.published!.reply,
        receivedAt: '2026-03-02T02:00:00.000Z',
        repliedAt: '2026-03-04T02:00:00.000Z',
        publishedAt: '2026-03-05T02:00:00.000Z',
      });
      expect(Object.keys(first).sort()).toEqual([
        'kind',
        'publishedAt',
        'question',
        'receivedAt',
        'repliedAt',
        'reply',
        'site',
        'subject',
        'trackingNumber',
      ]);
      expect((await list('?site=wms,main&lang=en')).page.items.map((m) => m.site)).toEqual([
        'main',
      ]);
    });

    it('pages with cursors to the end, each message once', async () => {
      const seen: string[] = [];
      let cursor: string | null = '';
      let pages = 0;
      while (cursor !== null) {
        const { page } = await list(`?site=wzs&limit=10${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.total).toBe(25);
        seen.push(...page.items.map((m) => m.trackingNumber));
        cursor = page.nextCursor;
        pages += 1;
      }
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(25);
      const all = (await list('?site=wzs&limit=100')).page.items.map((m) => m.trackingNumber);
      expect(seen).toEqual(all);
      // A cursor of another query is refused.
      const { page } = await list('?site=wzs&limit=10');
      const other = await call(base, `/api/v1/messages?site=wms&cursor=${page.nextCursor}`);
      expect(other.status).toBe(400);
      expect((other.body as Problem).errors?.[0]?.param).toBe('cursor');
      const unknown = await call(base, '/api/v1/messages?site=atlantis');
      expect(unknown.status).toBe(400);
    });

    it('finds every published message holding a two-character Chinese query, subject first', async () => {
      const { page } = await list(`?q=${encodeURIComponent('电商')}`);
      expect(page.total).toBe(2);
      expect(page.items.map((m) => m.subject)).toEqual([
        '关于跨境电商出口退税的咨询',
        '投诉网购平台售后问题',
      ]);
      expect(page.items[0]!.snippet).toEqual({
        field: 'subject',
        text: '关于跨境电商出口退税的咨询',
        highlights: [{ start: 4, end: 6 }],
      });
      expect(page.items[1]!.snippet?.field).toBe('question');
      const holders = await db!.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM messages WHERE published_at IS NOT NULL
           AND (strpos(published_subject, '电商') > 0 OR strpos(published_body, '电商') > 0
             OR strpos(published_reply, '电商') > 0)`,
      );
      expect(page.total).toBe(holders[0]!.n);
    });

    it('reads mixed, longer, full-width and Latin queries', async () => {
      const ids = async (q: string) =>
        (await list(`?q=${encodeURIComponent(q)}`)).page.items.map((m) => m.subject);
      expect(await ids('电商 出口')).toEqual(['关于跨境电商出口退税的咨询']);
      expect(await ids('跨境电商出口退税')).toEqual(['关于跨境电商出口退税的咨询']);
      expect(await ids('电商退税出口')).toEqual([]);
      expect(await ids('LICENCE')).toEqual(['Export licence for dual-use items']);
      expect(await ids('ｌｉｃｅｎｃｅ export')).toEqual(['Export licence for dual-use items']);
      expect(await ids('licen')).toEqual([]);
      expect(await ids('市场监管')).toEqual(['投诉网购平台售后问题']);
      expect(await ids('未公开')).toEqual([]);
      expect(await ids('！！')).toEqual([]);
      expect((await list(`?q=${encodeURIComponent('工作日')}&limit=5`)).page.total).toBe(25);
    });

    it('searches the texts as they are now published', async () => {
      await db!.query(
        `UPDATE messages SET published_reply = '请咨询海关总署。' WHERE published_subject = $1`,
        ['投诉网购平台售后问题'],
      );
      app!.responseCache.invalidate();
      const q = (text: string) => list(`?q=${encodeURIComponent(text)}`);
      expect((await q('海关总署')).page.items.map((m) => m.subject)).toEqual([
        '投诉网购平台售后问题',
      ]);
      expect((await q('市场监管')).page.total).toBe(0);
    });

    it('counts the year per month of arrival, against hand-computed values', async () => {
      const answer = await call(base, '/api/v1/messages/stats?site=wms&year=2026');
      expect(answer.status, answer.text).toBe(200);
      expect(contractErrors('MessageStats', answer.body)).toEqual([]);
      expect(answer.headers.get('cache-control')).toMatch(/^public, max-age=/);
      const stats = answer.body as MessageStats;
      const month = (m: number) => stats.months[m - 1];
      // The published fixture adds three wms messages in March, replied in 2 working days each
      // (Mon 03-02 → Wed 03-04, Tue 03-03 is main's, Wed 03-04 → Fri 03-06), plus one
      // unpublished (Sun 03-08 → Mon 03-09: 1 working day).
      expect(month(1)).toEqual({
        month: 1,
        received: 1,
        replied: 1,
        repliedOnTime: 1,
        medianWorkingDays: 2,
      });
      // March: [0, 1, 5, 6] + [2, 2] + [1] → sorted 0 1 1 2 2 5 6: median 2.
      expect(month(3)).toEqual({
        month: 3,
        received: 7,
        replied: 7,
        repliedOnTime: 6,
        medianWorkingDays: 2,
      });
      expect(month(4)).toEqual({
        month: 4,
        received: 1,
        replied: 0,
        repliedOnTime: 0,
        medianWorkingDays: null,
      });
      expect(month(9)).toEqual({
        month: 9,
        received: 1,
        replied: 1,
        repliedOnTime: 1,
        medianWorkingDays: 5,
      });
      expect(month(2)).toEqual({
        month: 2,
        received: 0,
        replied: 0,
        repliedOnTime: 0,
        medianWorkingDays: null,
      });
      // The year: 0 1 1 2 2 2 5 5 6 → 2.
      expect(stats.total).toEqual({
        received: 10,
        replied: 9,
        repliedOnTime: 8,
        medianWorkingDays: 2,
      });
      const fec = (await call(base, '/api/v1/messages/stats?site=wzs&year=2026'))
        .body as MessageStats;
      expect(fec.total.received).toBe(25);
      const empty = (await call(base, '/api/v1/messages/stats?site=wms&year=2024'))
        .body as MessageStats;
      expect(empty.total).toEqual({
        received: 0,
        replied: 0,
        repliedOnTime: 0,
        medianWorkingDays: null,
      });
      for (const bad of [
        '?site=wms',
        '?year=2026',
        '?site=atlantis&year=2026',
        '?site=wms&year=1999',
      ]) {
        expect((await call(base, `/api/v1/messages/stats${bad}`)).status, bad).toBe(400);
      }
    });

    it('refuses the same text a third time in 24 hours with 429 and Retry-After; replays never count', async () => {
      const body = {
        site: 'wms',
        kind: 'complaint',
        subject: '网站打不开',
        body: '首页一直打不开。',
      };
      const post = async (message: object, key: string) => {
        const response = await fetch(`${base}/api/v1/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(message),
        });
        return { status: response.status, headers: response.headers, body: await response.json() };
      };
      const run = `${process.pid}-${engine.name}`;
      clock = new Date('2026-03-09T02:00:00Z');
      const first = await post(body, `identical-a-${run}`);
      expect(first.status).toBe(201);
      for (let i = 0; i < 3; i++) {
        const replay = await post(body, `identical-a-${run}`);
        expect(replay.status).toBe(201);
        expect(replay.body.trackingNumber).toBe(first.body.trackingNumber);
      }
      clock = new Date('2026-03-09T03:00:00Z');
      expect((await post(body, `identical-b-${run}`)).status).toBe(201);
      clock = new Date('2026-03-09T04:00:00Z');
      const refused = await post(
        { ...body, subject: ' 网站打不开 ', body: '首页一直打不开。 ' },
        `identical-c-${run}`,
      );
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ type: '/problems/identical-message', status: 429 });
      // The first of the two is 24 hours old at 2026-03-10T02:00Z: 22 hours from now.
      expect(refused.headers.get('retry-after')).toBe(String(22 * 3600));
      // Replays of stored keys still answer; another site or another text is another message.
      expect((await post(body, `identical-b-${run}`)).status).toBe(201);
      expect((await post({ ...body, site: 'main' }, `identical-d-${run}`)).status).toBe(201);
      expect((await post({ ...body, body: '首页打不开了。' }, `identical-e-${run}`)).status).toBe(
        201,
      );
      // The refused key was not used up: once the window moved, it stores the message.
      clock = new Date('2026-03-10T02:00:01Z');
      expect((await post(body, `identical-c-${run}`)).status).toBe(201);
      const [row] = await db!.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM messages WHERE site = 'wms' AND subject = '网站打不开'`,
      );
      expect(row?.n).toBe(4); // a, b, the other text, c
    });
  });
});
