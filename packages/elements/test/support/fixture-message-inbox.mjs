/**
 * The staff part of the fixture API (fixture-api.mjs) for `<portal-message-inbox>`:
 * `GET /api/v1/staff/messages` (status filter, due date then arrival order, cursor paging,
 * total), `GET …/{trackingNumber}`, `POST …/{forward,reply,publish}` and `GET /api/v1/sites?
 * kind=department`, with the reference server's rules (docs/api/staff.md): `Authorization:
 * Bearer <token>` checked first (no, an unknown or a malformed token: the same 401 with
 * `WWW-Authenticate: Bearer`); another site's message is a 404 like an unknown one; forward only
 * by the main site's token, of a message received and handled by `main`, to a department (else
 * 400 naming `to`, or 409); reply once (the same text again: 200; another: 409); publish only
 * with consent once replied (else 409), the texts redacted by the SDK's `redactPersonalData`.
 * Every answer is `Cache-Control: no-store`. Each session (`<session>` of the URL) has its own
 * copy of the messages, so a test's actions never reach another test.
 *
 * Tokens: {@link MAIN_TOKEN} (site `main`), {@link WMS_TOKEN} (department `wms`). In mode
 * `empty`, the lists are empty.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const bundled = await build({
  stdin: {
    contents:
      "export { makeTrackingNumber, parseTrackingNumber } from './domain/tracking-number.ts';\n" +
      "export { replyDueDate, workingDaysBetween } from './domain/working-days.ts';\n" +
      "export { redactPersonalData } from './domain/redaction.ts';",
    resolveDir: fileURLToPath(new URL('../../../sdk/src/', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const {
  makeTrackingNumber,
  parseTrackingNumber,
  replyDueDate,
  workingDaysBetween,
  redactPersonalData,
} = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

export const MAIN_TOKEN = `pks_${'M'.repeat(43)}`;
export const WMS_TOKEN = `pks_${'W'.repeat(43)}`;
/** A well-formed token the server does not know (revoked). */
export const REVOKED_TOKEN = `pks_${'R'.repeat(43)}`;
const TOKENS = new Map([
  [MAIN_TOKEN, ['main']],
  [WMS_TOKEN, ['wms']],
]);

/** The departments `GET /api/v1/sites?kind=department` lists. */
export const DEPARTMENTS = [
  {
    id: 'wms',
    kind: 'department',
    names: { 'zh-CN': '对外贸易司', en: 'Department of Foreign Trade' },
  },
  { id: 'zhs', kind: 'department', names: { 'zh-CN': '综合司', en: 'General Department' } },
];

/** The day the fixture answers as of: Tuesday 1 December 2026, 12:00 in Beijing. */
export const TODAY = Date.parse('2026-12-01T04:00:00Z');
const DAY = 86_400_000;
const tn = (n) =>
  makeTrackingNumber(2026, new Uint8Array([n, n * 3, n * 7, n * 11, n * 13, n * 17, n * 19]));

/** The messages, as seeded: `key` names each for the tests. */
function seed() {
  const rows = [
    // The department's open messages (7: two pages of 3 and one more), the first overdue.
    ['wms1', 'wms', 'wms', 12, { name: '张三', email: 'zhang@example.cn', phone: '13812345678' }],
    ['wms2', 'wms', 'wms', 9],
    ['wms3', 'wms', 'wms', 7],
    ['wms4', 'wms', 'wms', 6],
    ['wms5', 'wms', 'wms', 4],
    ['wms6', 'wms', 'wms', 3],
    ['wms7', 'wms', 'wms', 1],
    // Replied: one with consent (publishable), one without.
    ['wmsReplied', 'wms', 'wms', 10, { publish: true, reply: 'Thank you.\nThe rule applies.' }],
    ['wmsNoConsent', 'wms', 'wms', 11, { reply: 'Answered.' }],
    // The main site's: received (forwardable), and one received 8 days ago (overdue).
    ['main1', 'main', 'main', 2],
    ['main2', 'main', 'main', 8],
  ];
  return rows.map(([key, site, handledBy, back, extra = {}], i) => {
    const day = new Date(TODAY - back * DAY).toISOString().slice(0, 10);
    const receivedAt = `${day}T02:30:00.000Z`;
    const history = [{ status: 'received', at: receivedAt }];
    let reply = null;
    if (extra.reply) {
      reply = { text: extra.reply, at: new Date(Date.parse(receivedAt) + DAY).toISOString() };
      history.push({ status: 'replied', at: reply.at });
    }
    return {
      key,
      trackingNumber: tn(i + 1),
      site,
      handledBy,
      kind: 'consultation',
      subject: `Export licence question ${key}`,
      body: `Line one of ${key}.\nLine two <b>not bold</b>, call me at 13812345678.`,
      name: extra.name ?? null,
      email: extra.email ?? null,
      phone: extra.phone ?? null,
      publish: Boolean(extra.publish),
      lang: 'en',
      receivedAt,
      dueDate: replyDueDate(receivedAt),
      status: reply ? 'replied' : 'received',
      history,
      reply,
      published: null,
    };
  });
}

/** The tracking numbers of the seeded messages, by key. */
export const INBOX_NUMBERS = Object.fromEntries(seed().map((m) => [m.key, m.trackingNumber]));

const sessions = new Map();

/** The message as staff see it (the API's `StaffMessage`). */
function view(m) {
  const asker = { name: m.name, email: m.email, phone: m.phone };
  const left = workingDaysBetween(new Date(TODAY), m.dueDate);
  const p = m.published;
  return {
    trackingNumber: m.trackingNumber,
    site: m.site,
    handledBy: m.handledBy,
    kind: m.kind,
    subject: m.subject,
    body: m.body,
    name: m.name,
    email: m.email,
    phone: m.phone,
    publish: m.publish,
    lang: m.lang,
    receivedAt: m.receivedAt,
    dueDate: m.dueDate,
    workingDaysLeft: left,
    overdue: !m.reply && left < 0,
    status: m.status,
    history: m.history,
    reply: m.reply,
    publication: p ?? {
      subject: redactPersonalData(m.subject, asker),
      body: redactPersonalData(m.body, asker),
      reply: m.reply ? redactPersonalData(m.reply.text, asker) : null,
      publishedAt: null,
    },
  };
}

/**
 * Answers the staff paths and the departments (returns true when it handled the path).
 *
 * @param {import('koa').Context} ctx
 * @param {string} apiPath
 * @param {{ id: string, mode: string, record: Record<string, unknown>, problem: Function }} io
 */
export async function messageInboxFixture(ctx, apiPath, { id, mode, record, problem }) {
  if (apiPath === '/api/v1/sites' && ctx.method === 'GET') {
    const items = DEPARTMENTS.filter((s) => !ctx.query.kind || s.kind === ctx.query.kind);
    ctx.set('Content-Type', 'application/json');
    ctx.set('Cache-Control', 'max-age=60');
    ctx.body = JSON.stringify({ items });
    return true;
  }
  const match = /^\/api\/v1\/staff\/messages(?:\/([^/]+)(?:\/(forward|reply|publish))?)?$/.exec(
    apiPath,
  );
  if (!match) return false;
  record.method = ctx.method;
  record.authorization = ctx.get('Authorization');
  const send = (status, body) => {
    record.status = status;
    ctx.status = status;
    ctx.set('Content-Type', 'application/json');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(body);
    return true;
  };
  const fail = (status, title, extra) => {
    record.status = status;
    problem(ctx, status, title, extra);
    return true;
  };
  const bearer = /^Bearer[ \t]+(\S+)$/i.exec(record.authorization);
  const sites = bearer ? TOKENS.get(bearer[1]) : undefined;
  if (!sites) {
    ctx.set('WWW-Authenticate', 'Bearer');
    return fail(401, 'Unauthorized');
  }
  let messages = sessions.get(id);
  if (!messages) sessions.set(id, (messages = seed()));
  const [, rawNumber, action] = match;
  if (!rawNumber) {
    if (ctx.method !== 'GET') return fail(405, 'Method not allowed');
    const status = ctx.query.status ?? 'open';
    const open = (m) => m.status === 'received' || m.status === 'forwarded';
    const matching =
      mode === 'empty'
        ? []
        : messages
            .filter((m) => sites.includes(m.handledBy))
            .filter((m) => status === 'all' || (status === 'open') === open(m))
            .sort(
              (a, b) =>
                a.dueDate.localeCompare(b.dueDate) || a.receivedAt.localeCompare(b.receivedAt),
            );
    const limit = Number(ctx.query.limit ?? 20);
    const start = ctx.query.cursor ? Number(Buffer.from(ctx.query.cursor, 'base64url')) : 0;
    const end = start + limit;
    return send(200, {
      items: matching.slice(start, end).map(view),
      nextCursor: end < matching.length ? Buffer.from(String(end)).toString('base64url') : null,
      total: matching.length,
    });
  }
  const number = parseTrackingNumber(decodeURIComponent(rawNumber));
  const m = messages.find((x) => x.trackingNumber === number);
  // The main office may repeat its own forward of a message it no longer handles.
  const repeatForward =
    m &&
    action === 'forward' &&
    sites.includes('main') &&
    m.site === 'main' &&
    m.history.some((h) => h.status === 'forwarded');
  if (!m || (!sites.includes(m.handledBy) && !repeatForward)) return fail(404, 'Not found');
  if (!action) return send(200, view(m));
  if (ctx.method !== 'POST') return fail(405, 'Method not allowed');
  let body = '';
  for await (const chunk of ctx.req) body += chunk;
  const input = JSON.parse(body || '{}');
  record.body = input;
  const now = new Date(TODAY + 3_600_000).toISOString();
  if (action === 'reply') {
    if (typeof input.text !== 'string' || !input.text.trim()) {
      return fail(400, 'Invalid request', { errors: [{ param: 'text', message: 'required' }] });
    }
    if (m.reply) return m.reply.text === input.text ? send(200, view(m)) : fail(409, 'Conflict');
    m.reply = { text: input.text, at: now };
    m.status = 'replied';
    m.history.push({ status: 'replied', at: now });
    return send(200, view(m));
  }
  if (action === 'forward') {
    if (!DEPARTMENTS.some((d) => d.id === input.to)) {
      return fail(400, 'Invalid request', {
        errors: [{ param: 'to', message: 'not a department' }],
      });
    }
    if (!sites.includes('main')) return fail(409, 'Conflict');
    if (repeatForward) {
      const last = m.history.findLast((h) => h.status === 'forwarded');
      return last.toSite === input.to && m.status === 'forwarded'
        ? send(200, view(m))
        : fail(409, 'Conflict');
    }
    if (m.status !== 'received' || m.handledBy !== 'main') return fail(409, 'Conflict');
    m.handledBy = input.to;
    m.status = 'forwarded';
    m.history.push({ status: 'forwarded', at: now, toSite: input.to });
    return send(200, view(m));
  }
  // publish
  if (!m.publish || !m.reply) return fail(409, 'Conflict');
  const asker = { name: m.name, email: m.email, phone: m.phone };
  const proposal = view(m).publication;
  const texts = {
    subject: redactPersonalData(input.subject ?? proposal.subject, asker),
    body: redactPersonalData(input.body ?? proposal.body, asker),
    reply: redactPersonalData(input.reply ?? proposal.reply, asker),
  };
  if (m.published) {
    const same = ['subject', 'body', 'reply'].every((k) => m.published[k] === texts[k]);
    return same ? send(200, view(m)) : fail(409, 'Conflict');
  }
  m.published = { ...texts, publishedAt: now };
  m.status = 'published';
  m.history.push({ status: 'published', at: now });
  return send(200, view(m));
}
