/**
 * `messages.list()` and `messages.stats()` against a scripted server on loopback (the URL as
 * sent, the answer as typed), and their checkers `messagesParams` / `messageStatsParams`.
 */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  createClient,
  messageStatsParams,
  messagesParams,
  PortalValidationError,
} from '../src/index.js';
import type { MessagesPage, MessageStats } from '../src/index.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const page: MessagesPage = { items: [], nextCursor: null, total: 0 };
const month = { received: 0, replied: 0, repliedOnTime: 0, medianWorkingDays: null };
const stats: MessageStats = {
  site: 'wms',
  year: 2026,
  months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...month })),
  total: month,
};

const json = (body: unknown) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('messagesParams', () => {
  it.each([
    [{}, {}],
    [{ site: 'wms' }, { site: 'wms' }],
    [{ site: ['wms', 'main', 'wms'] }, { site: 'main,wms' }],
    [{ site: [] }, {}],
    [{ q: '  电商  ' }, { q: '电商' }],
    [{ q: '   ' }, {}],
    [
      { lang: 'en', limit: 5, cursor: 'abc_-1' },
      { lang: 'en', limit: '5', cursor: 'abc_-1' },
    ],
    [{ lang: '' }, {}],
  ])('%j → %j', (query, params) => {
    expect(messagesParams(query as never)).toEqual(params);
  });

  it.each([
    [{ site: 'Not A Site' }, 'site'],
    [{ q: 'x'.repeat(101) }, 'q'],
    [{ q: 7 }, 'q'],
    [{ lang: 'english!' }, 'lang'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 101 }, 'limit'],
    [{ limit: 1.5 }, 'limit'],
    [{ cursor: '' }, 'cursor'],
    [null, 'query'],
  ])('refuses %j naming %s', (query, param) => {
    const error = (() => {
      try {
        messagesParams(query as never);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(PortalValidationError);
    expect((error as PortalValidationError).param).toBe(param);
  });
});

describe('messageStatsParams', () => {
  it('takes one site and a year', () => {
    expect(messageStatsParams({ site: 'wms', year: 2026 })).toEqual({ site: 'wms', year: '2026' });
  });
  it.each([
    [{ year: 2026 }, 'site'],
    [{ site: 'wms' }, 'year'],
    [{ site: 'wms', year: 1999 }, 'year'],
    [{ site: 'wms', year: '2026' }, 'year'],
    [{ site: ['wms'], year: 2026 }, 'site'],
  ])('refuses %j naming %s', (query, param) => {
    expect(() => messageStatsParams(query as never)).toThrow(
      expect.objectContaining({ param }) as Error,
    );
  });
});

describe('messages.list and messages.stats', () => {
  it('send the checked query and resolve the typed answer', async () => {
    server = await startServer(json(page));
    const client = createClient({ baseUrl: server.baseUrl, site: 'wms', lang: 'en' });
    const listed = await client.messages.list({ q: ' 电商 ', limit: 10 });
    expectTypeOf(listed).toEqualTypeOf<MessagesPage>();
    expect(listed).toEqual(page);
    const url = new URL(server.received[0]!.url, server.baseUrl);
    // The client's site is the default filter; its language is not (messages are in theirs).
    expect(Object.fromEntries(url.searchParams)).toEqual({ site: 'wms', q: '电商', limit: '10' });
    expect(url.pathname).toBe('/api/v1/messages');

    server.handle(json(stats));
    const counted = await client.messages.stats({ year: 2026 });
    expectTypeOf(counted).toEqualTypeOf<MessageStats>();
    expect(counted).toEqual(stats);
    const statsUrl = new URL(server.received[1]!.url, server.baseUrl);
    expect(statsUrl.pathname).toBe('/api/v1/messages/stats');
    expect(Object.fromEntries(statsUrl.searchParams)).toEqual({ site: 'wms', year: '2026' });
  });

  it('reject a bad query before any request', async () => {
    server = await startServer(json(page));
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(client.messages.stats({ year: 2026 })).rejects.toBeInstanceOf(
      PortalValidationError,
    );
    await expect(client.messages.list({ limit: 0 })).rejects.toBeInstanceOf(PortalValidationError);
    expect(server.received).toHaveLength(0);
  });
});
