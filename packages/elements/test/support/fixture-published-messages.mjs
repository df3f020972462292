/**
 * The public side of the messages in the fixture API (fixture-api.mjs), for
 * `<portal-message-list>` and `<portal-message-stats>`, answering as the contract says:
 *
 * - `GET /api/v1/messages?site=&q=&limit=&cursor=` → `{ items: PublishedMessage[], nextCursor,
 *   total }`: fixed published messages (the redacted texts only: no name, e-mail or phone),
 *   newest published first; `q` keeps those holding every word (subject, question or reply,
 *   case-insensitive), subject matches first, each with a `snippet` of the field matched and its
 *   highlights (`[start, end)` in UTF-16 code units); an opaque cursor; mode `empty`: none.
 * - `GET /api/v1/messages/stats?site=&year=` → `{ site, year, months: [12 × { month, received,
 *   replied, repliedOnTime, medianWorkingDays }], total }`: figures computed from the site and the
 *   month for the years from 2024 on (months after the current one count 0, as the server's),
 *   none before (the empty year); mode `empty`: none. A missing or bad `site` or `year` is a 400.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const bundled = await build({
  stdin: {
    contents: "export { makeTrackingNumber } from './domain/tracking-number.ts';",
    resolveDir: fileURLToPath(new URL('../../../sdk/src/', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const { makeTrackingNumber } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

/** A valid tracking number of 2026 (with its check character), the same on every run. */
const trackingNumber = (n) => makeTrackingNumber(2026, new Uint8Array(8).fill(n * 17));

/** A long question: folded to four lines in the list. */
export const LONG_QUESTION = Array.from(
  { length: 12 },
  (_, i) => `Line ${i + 1} of a long question about customs procedures for samples.`,
).join('\n');

/** A reply with line breaks and markup-looking text (shown as text, never as markup). */
export const MARKUP_REPLY =
  'Thank you for your suggestion.\nWe passed it on.\n<b>Not bold</b> <script>alert(1)</script>';

const TEXTS = [
  [
    'main',
    'consultation',
    'Export licence for steel',
    'When does the new rule apply?',
    'From 1 January.',
  ],
  [
    'main',
    'suggestion',
    'Export statistics',
    'Publish export statistics monthly.',
    'They are now monthly.',
  ],
  ['main', 'complaint', 'Slow reply to a filing', 'My filing waited two weeks.', 'We apologise.'],
  [
    'main',
    'consultation',
    'Samples at customs',
    LONG_QUESTION,
    'Samples under 500 yuan need no licence.',
  ],
  ['main', 'consultation', '外资企业备案', '外资企业备案需要哪些材料？', '请参阅商务部公告。'],
  [
    'wms',
    'consultation',
    'Trade fair stands',
    'How do I book a stand at the fair?',
    'Online, from March.',
  ],
  ['main', 'suggestion', 'Opening hours', 'Please open on Saturdays.', MARKUP_REPLY],
  ['wms', 'complaint', 'Fair refund', 'My fair fee was not refunded.', 'It was refunded on 3 May.'],
];

const DAY = 86_400_000;
const newest = Date.parse('2026-11-20T02:30:00Z');

/** The published messages, newest published first. */
export const PUBLISHED = TEXTS.map(([site, kind, subject, question, reply], i) => {
  const received = newest - i * 9 * DAY;
  return {
    trackingNumber: trackingNumber(i + 1),
    site,
    kind,
    subject,
    question,
    reply,
    receivedAt: new Date(received).toISOString(),
    repliedAt: new Date(received + 2 * DAY).toISOString(),
    publishedAt: new Date(received + 3 * DAY).toISOString(),
  };
});

/** The first field of a message holding `word`, with the match's place. */
function snippetOf(message, words) {
  for (const field of ['subject', 'question', 'reply']) {
    const text = message[field];
    const lower = text.toLowerCase();
    if (!words.every((w) => lower.includes(w))) continue;
    const highlights = [];
    for (const w of words) {
      for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
        highlights.push({ start: at, end: at + w.length });
      }
    }
    highlights.sort((a, b) => a.start - b.start);
    const clean = highlights.filter((h, i) => i === 0 || h.start >= highlights[i - 1].end);
    return { field, text, highlights: clean };
  }
  // Words spread over several fields: the passage of the first word.
  const field = ['subject', 'question', 'reply'].find((f) =>
    message[f].toLowerCase().includes(words[0]),
  );
  const text = message[field];
  const at = text.toLowerCase().indexOf(words[0]);
  return { field, text, highlights: [{ start: at, end: at + words[0].length }] };
}

const SITE = /^[a-z][a-z0-9-]{0,31}$/;

function listMessages(ctx, mode, { json, problem }) {
  const q = ctx.query;
  const sites = q.site ? String(q.site).split(',') : null;
  if (sites && !sites.every((s) => SITE.test(s))) return problem(ctx, 400, 'Invalid site');
  const limit = q.limit === undefined ? 20 : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    return problem(ctx, 400, 'Invalid limit');
  const words = q.q ? String(q.q).toLowerCase().split(/\s+/).filter(Boolean) : [];
  const all = (m) => `${m.subject}\n${m.question}\n${m.reply}`.toLowerCase();
  let matching =
    mode === 'empty'
      ? []
      : PUBLISHED.filter(
          (m) => (!sites || sites.includes(m.site)) && words.every((w) => all(m).includes(w)),
        );
  if (words.length > 0) {
    const rank = (m) => ['subject', 'question', 'reply'].indexOf(snippetOf(m, words).field);
    matching = matching
      .map((m) => ({ ...m, snippet: snippetOf(m, words) }))
      .sort((a, b) => rank(a) - rank(b));
  }
  const start = q.cursor ? Number(Buffer.from(String(q.cursor), 'base64url').toString()) : 0;
  if (!Number.isInteger(start) || start < 0) return problem(ctx, 400, 'Invalid cursor');
  const end = start + limit;
  const nextCursor = end < matching.length ? Buffer.from(String(end)).toString('base64url') : null;
  return json(ctx, { items: matching.slice(start, end), nextCursor, total: matching.length });
}

/** The Beijing year and month (1–12) of now. */
function beijingNow() {
  const now = new Date(Date.now() + 8 * 3_600_000);
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}

/** One month's figures, computed from the site and the month (0 for months to come). */
function monthOf(site, year, month, empty) {
  const now = beijingNow();
  if (empty || year < 2024 || year > now.year || (year === now.year && month > now.month)) {
    return { month, received: 0, replied: 0, repliedOnTime: 0, medianWorkingDays: null };
  }
  const received = 80 + month * 7 + site.length * 3 + (year % 10);
  const replied = received - (year === now.year && month === now.month ? 9 : 0);
  const repliedOnTime = replied - (month % 4) - 1;
  const medianWorkingDays = [1, 2, 3, 2.5][month % 4];
  return { month, received, replied, repliedOnTime, medianWorkingDays };
}

function messageStats(ctx, mode, { json, problem }) {
  const { site, year: rawYear } = ctx.query;
  if (typeof site !== 'string' || !SITE.test(site)) return problem(ctx, 400, 'Invalid site');
  const year = /^\d{4}$/.test(String(rawYear)) ? Number(rawYear) : NaN;
  if (!(year >= 2000 && year <= 2100)) return problem(ctx, 400, 'Invalid year');
  const months = Array.from({ length: 12 }, (_, i) => monthOf(site, year, i + 1, mode === 'empty'));
  const sum = (key) => months.reduce((n, m) => n + m[key], 0);
  const replied = sum('replied');
  return json(ctx, {
    site,
    year,
    months,
    total: {
      received: sum('received'),
      replied,
      repliedOnTime: sum('repliedOnTime'),
      // The year's median over every reply (the fixture's figures make it 2).
      medianWorkingDays: replied > 0 ? 2 : null,
    },
  });
}

/**
 * Answers the public messages' requests; `false` for any other path (and for `POST
 * /api/v1/messages`, fixture-messages.mjs's).
 */
export function publishedMessagesFixture(ctx, apiPath, mode, helpers) {
  if (ctx.method !== 'GET') return false;
  if (apiPath === '/api/v1/messages') {
    listMessages(ctx, mode, helpers);
    return true;
  }
  if (apiPath === '/api/v1/messages/stats') {
    messageStats(ctx, mode, helpers);
    return true;
  }
  return false;
}
