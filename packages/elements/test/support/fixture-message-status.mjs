/**
 * The message-status part of the fixture API (fixture-api.mjs) for `<portal-message-status>`:
 * `GET /api/v1/messages/{trackingNumber}` as the contract and the reference server answer it —
 * the number read with the SDK's own `parseTrackingNumber` (a mistyped one is a 400 naming
 * `trackingNumber`), `Authorization: AccessCode <code>` required (else a 401 with
 * `WWW-Authenticate: AccessCode`), an unknown number and a wrong code the same 404, and the
 * answer `Cache-Control: no-store` (it holds the asker's reply).
 *
 * The messages, all with the access code {@link ACCESS_CODE}, are dated back from a fixed
 * "today" ({@link TODAY}, a Tuesday: the answers are the same whatever day the tests run) so that
 * `workingDaysLeft` is what the SDK's Beijing working-day calendar (the server's) gives:
 * received with 2 working days left; forwarded and due today; overdue by 1 and by 3 working days;
 * replied (a reply with line breaks and markup-looking text); published.
 *
 * Each request's log record (`GET /test-api/<session>/_log`) gets `authorization` (the header as
 * received) and `status`.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const bundled = await build({
  stdin: {
    contents:
      "export { parseTrackingNumber, parseAccessCode } from './domain/tracking-number.ts';\n" +
      "export { replyDueDate, workingDaysBetween } from './domain/working-days.ts';",
    resolveDir: fileURLToPath(new URL('../../../sdk/src/', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const { parseTrackingNumber, parseAccessCode, replyDueDate, workingDaysBetween } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

/** The access code of every fixture message. */
export const ACCESS_CODE = '7KQ4-9XHC-2M5R-PWZ8';

/** The fixture messages' tracking numbers, by what they show (valid check characters). */
export const TRACKING_NUMBERS = {
  received: 'M26-5GV6-HW7T',
  dueToday: 'M26-AN0B-P1C1',
  overdue: 'M26-FT5G-V6HN',
  overdue3: 'M26-MZAN-0BP0',
  replied: 'M26-S4FT-5GVG',
  published: 'M26-Y9MZ-AN0B',
};

export const REPLY_TEXT =
  'Thank you for your question.\nThe rule applies from 1 January.\n\n<b>Not bold</b> <script>alert(1)</script>';

const DAY = 86_400_000;

/** The day the fixture answers as of: Tuesday 1 December 2026, 12:00 in Beijing. */
export const TODAY = Date.parse('2026-12-01T04:00:00Z');

/**
 * A day of arrival (10:30 Beijing) whose due date is `left` working days from `now`, on the
 * SDK's calendar: the latest such day, looking back up to 60 days.
 */
function arrivalFor(now, left) {
  for (let back = 0; back < 60; back += 1) {
    const day = new Date(now - back * DAY).toISOString().slice(0, 10);
    const at = `${day}T02:30:00.000Z`;
    const dueDate = replyDueDate(at);
    if (workingDaysBetween(new Date(now), dueDate) === left) return { at, dueDate, left };
  }
  throw new Error(`no day of arrival gives ${left} working days left`);
}

const hours = (iso, n) => new Date(Date.parse(iso) + n * 3_600_000).toISOString();

/** The message `number` as its asker sees it on `now`, or `undefined`. */
function messageOf(number, now) {
  const kind = Object.entries(TRACKING_NUMBERS).find(([, tn]) => tn === number)?.[0];
  if (!kind) return undefined;
  const lefts = { received: 2, dueToday: 0, overdue: -1, overdue3: -3, replied: -2, published: -4 };
  const { at, dueDate, left } = arrivalFor(now, lefts[kind]);
  const history = [{ status: 'received', at }];
  if (['dueToday', 'overdue', 'replied', 'published'].includes(kind)) {
    history.push({ status: 'forwarded', at: hours(at, 3) });
  }
  let reply = null;
  if (kind === 'replied' || kind === 'published') {
    reply = { text: REPLY_TEXT, at: hours(at, 26) };
    history.push({ status: 'replied', at: reply.at });
  }
  if (kind === 'published') history.push({ status: 'published', at: hours(at, 50) });
  return {
    trackingNumber: number,
    site: 'main',
    kind: 'consultation',
    subject: `Export licences (${kind})`,
    receivedAt: at,
    dueDate,
    workingDaysLeft: left,
    status: history.at(-1).status,
    history,
    reply,
  };
}

/**
 * Answers `GET /api/v1/messages/{trackingNumber}` (returns true when it handled the path).
 *
 * @param {import('koa').Context} ctx
 * @param {string} apiPath
 * @param {{ record: Record<string, unknown>, problem: Function }} io
 */
export function messageStatusFixture(ctx, apiPath, { record, problem }) {
  const match = /^\/api\/v1\/messages\/([^/]+)$/.exec(apiPath);
  if (!match || ctx.method !== 'GET') return false;
  const authorization = ctx.get('Authorization');
  record.authorization = authorization;
  const answer = (status, title, extra) => {
    record.status = status;
    problem(ctx, status, title, extra);
    return true;
  };
  const number = parseTrackingNumber(decodeURIComponent(match[1]));
  if (number === null) {
    return answer(400, 'Invalid request', {
      errors: [{ param: 'trackingNumber', message: 'the check character does not match' }],
    });
  }
  const header = /^AccessCode[ \t]+(\S.*)$/i.exec(authorization);
  if (!header) {
    ctx.set('WWW-Authenticate', 'AccessCode');
    return answer(401, 'Unauthorized');
  }
  const message = messageOf(number, TODAY);
  if (!message || parseAccessCode(header[1]) !== ACCESS_CODE) return answer(404, 'Not found');
  record.status = 200;
  ctx.status = 200;
  ctx.set('Content-Type', 'application/json');
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify(message);
  return true;
}
