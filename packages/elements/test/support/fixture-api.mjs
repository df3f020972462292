/**
 * A real HTTP Portal API for the browser tests, served by the test runner's own dev server under
 * `/test-api/<session>/<mode>/api/v1/…`, so the SDK makes real requests over loopback. It answers
 * `GET /api/v1/news` (site, column, lang filters, limit, opaque cursor, ETag + 304) and
 * `GET /api/v1/news/{id}` from fixed data — and the documents (fixture-document.mjs) — in a
 * condition chosen by `<mode>`:
 *
 * - `ok`: normal answers; `empty`: every list is empty;
 * - `503` / `404` / `400`: every request fails with that status (problem+json);
 * - `hang`: never answers (until the client aborts);
 * - `slow<ms>`: answers after a delay; `slowfirst<ms>`: only the session's first request is slow;
 * - `flaky`: the session's first request succeeds, later ones fail with 503;
 * - `failonce`: the session's first request fails with 503, later ones succeed;
 * - `down-after-1`: the first request succeeds, later ones drop the connection (network error);
 * - `down`: every request drops the connection (a service that is down);
 * - `cors`: normal answers that allow any origin (`Access-Control-Allow-Origin`); no other mode
 *   sends CORS headers, so a page of another origin is refused by its browser;
 * - `unreadable`: the documents lookup refuses every number (400 with a parse error code).
 *
 * `GET /api/v1/guides/{id}` and `GET /api/v1/services/{id}` are fixture-guides.mjs's;
 * `GET /api/v1/sites/{id}` is fixture-sites.mjs's; `GET /api/v1/messages` and `/messages/stats`
 * are fixture-published-messages.mjs's;
 * `POST /api/v1/messages` and its own modes are fixture-messages.mjs's; `GET
 * /api/v1/messages/{trackingNumber}` is fixture-message-status.mjs's.
 *
 * `<session>` is a unique id per test: requests are recorded per session and
 * `GET /test-api/<session>/_log` returns them (path + query, and whether the client aborted),
 * so parallel test files never see each other's state.
 */
import { createHash } from 'node:crypto';
import { listDocuments } from './fixture-documents.mjs';
import { documentFixture } from './fixture-document.mjs';
import { messagesFixture } from './fixture-messages.mjs';
import { publishedMessagesFixture } from './fixture-published-messages.mjs';
import { messageStatusFixture } from './fixture-message-status.mjs';
import { messageInboxFixture } from './fixture-message-inbox.mjs';
import { guidesFixture } from './fixture-guides.mjs';
import { sitesFixture } from './fixture-sites.mjs';

const COLUMNS = ['headlines', 'updates', 'briefs'];
const SITES = ['main', 'guangdong', 'us', 'eg'];

/** Fixed news: 23 in zh-CN, 12 in en, 5 in ar, newest first, 6 hours apart. */
function buildNews() {
  const items = [];
  const newest = Date.parse('2024-11-18T17:30:00Z');
  const langs = [
    ['zh-CN', 23, (n, column, site) => `${site} ${column} 新闻 第${n}条`],
    ['en', 12, (n, column, site) => `${site} ${column} news number ${n}`],
    ['ar', 5, (n, column, site) => `خبر ${n} ${site} ${column}`],
  ];
  for (const [lang, count, title] of langs) {
    for (let i = 0; i < count; i += 1) {
      const column = COLUMNS[i % COLUMNS.length];
      const site = SITES[i % SITES.length];
      const n = i + 1;
      items.push({
        id: `${lang}-${String(n).padStart(3, '0')}`,
        site,
        column,
        lang,
        title: title(n, column, site),
        summary: `Summary ${n}`,
        url: `https://${site}.example.gov.cn/${lang}/${n}.html`,
        publishedAt: new Date(newest - i * 6 * 3_600_000).toISOString(),
      });
    }
  }
  return items;
}

export const NEWS = buildNews();

const sessions = new Map();

function session(id) {
  let s = sessions.get(id);
  if (!s) {
    s = { requests: [], count: 0 };
    sessions.set(id, s);
  }
  return s;
}

function problem(ctx, status, title, extra = {}) {
  ctx.status = status;
  ctx.set('Content-Type', 'application/problem+json');
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify({ type: 'about:blank', title, status, ...extra });
}

function json(ctx, body) {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha1').update(text).digest('base64url').slice(0, 16)}"`;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', 'no-cache');
  if (ctx.get('If-None-Match') === etag) {
    ctx.status = 304;
    return;
  }
  ctx.status = 200;
  ctx.set('Content-Type', 'application/json');
  ctx.body = text;
}

const delay = (ms, req) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function listNews(ctx, mode) {
  const q = ctx.query;
  const sites = q.site ? String(q.site).split(',') : null;
  const columns = q.column ? String(q.column).split(',') : null;
  const limit = q.limit === undefined ? 20 : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return problem(ctx, 400, 'Invalid limit');
  }
  const matching =
    mode === 'empty'
      ? []
      : NEWS.filter(
          (item) =>
            (!sites || sites.includes(item.site)) &&
            (!columns || columns.includes(item.column)) &&
            (!q.lang || item.lang === q.lang),
        );
  const start = q.cursor ? Number(Buffer.from(String(q.cursor), 'base64url').toString()) : 0;
  if (!Number.isInteger(start) || start < 0) return problem(ctx, 400, 'Invalid cursor');
  const end = start + limit;
  const nextCursor = end < matching.length ? Buffer.from(String(end)).toString('base64url') : null;
  return json(ctx, { items: matching.slice(start, end), nextCursor });
}

/** The dev-server middleware. */
export function fixtureApi() {
  return async (ctx, next) => {
    const match = /^\/test-api\/([\w-]+)\/(?:_log|([\w-]+)(\/api\/v1\/.*))$/.exec(ctx.path);
    if (!match) return next();
    const [, id, mode, apiPath] = match;
    const s = session(id);
    if (!mode) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = JSON.stringify(s.requests);
      ctx.set('Content-Type', 'application/json');
      return undefined;
    }
    const record = { path: apiPath, query: { ...ctx.query }, aborted: false };
    s.requests.push(record);
    ctx.req.once('close', () => {
      if (!ctx.res.writableEnded) record.aborted = true;
    });
    const n = (s.count += 1);

    const slow = /^slow(first)?(\d+)$/.exec(mode);
    if (slow && (!slow[1] || n === 1)) await delay(Number(slow[2]), ctx.req);
    if (mode === 'hang') await new Promise((resolve) => ctx.req.once('close', resolve));
    if (ctx.req.destroyed) {
      // The client went away (aborted): nothing to send.
      ctx.status = 204;
      return undefined;
    }
    if (/^\d{3}$/.test(mode)) return problem(ctx, Number(mode), `Fixture status ${mode}`);
    if (mode === 'failonce' && n === 1) return problem(ctx, 503, 'Service unavailable');
    if (mode === 'flaky' && n > 1) return problem(ctx, 503, 'Service unavailable');
    if (mode === 'cors') ctx.set('Access-Control-Allow-Origin', ctx.get('Origin') || '*');
    if (mode === 'down' || (mode === 'down-after-1' && n > 1)) {
      ctx.req.socket.destroy();
      ctx.status = 204;
      ctx.respond = false;
      return undefined;
    }

    if (publishedMessagesFixture(ctx, apiPath, mode, { json, problem })) return undefined;
    if (await messagesFixture(ctx, apiPath, { id, mode, record, json, problem })) return undefined;
    if (messageStatusFixture(ctx, apiPath, { record, problem })) return undefined;
    if (await messageInboxFixture(ctx, apiPath, { id, mode, record, problem })) return undefined;
    if (sitesFixture(ctx, apiPath, { json, problem })) return undefined;
    if (apiPath === '/api/v1/news') return listNews(ctx, mode);
    if (apiPath === '/api/v1/documents') return listDocuments(ctx, mode, { json, problem });
    if (documentFixture(ctx, apiPath, { json, problem, mode })) return undefined;
    if (guidesFixture(ctx, apiPath, { json, problem, mode })) return undefined;
    const one = /^\/api\/v1\/news\/([^/]+)$/.exec(apiPath);
    if (one) {
      const item = NEWS.find((i) => i.id === decodeURIComponent(one[1]));
      return item ? json(ctx, { ...item, body: item.summary }) : problem(ctx, 404, 'Not found');
    }
    return problem(ctx, 404, 'Not found');
  };
}
