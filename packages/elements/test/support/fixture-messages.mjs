/**
 * The messages part of the fixture API (fixture-api.mjs) for `<portal-message-form>`:
 * `POST /api/v1/messages` as the contract describes it — a required `Idempotency-Key` (8–128
 * visible ASCII characters), the body checked field by field (400 problem with
 * `errors[{ param, message }]`), `201` with `{ trackingNumber, accessCode, receivedAt, dueDate,
 * status }`; the same key with the same body answers the same receipt and creates nothing; the
 * same key with another body is a `422` problem; a body over 64 KiB a `413`. The due date is the
 * SDK's own `replyDueDate` (its TypeScript source bundled once by esbuild), so it is what the real
 * server answers.
 *
 * Failure modes, by the session's `<mode>` (besides the generic ones of fixture-api.mjs — `503`,
 * `hang`, `slow<ms>`, `failonce`…, applied before this module is reached):
 * - `drop-first`: the session's first POST is recorded, then the connection drops in the middle
 *   of the answer (the client sees a network error; the message exists);
 * - `invalid`: every POST is refused, 400 naming `subject` and `email`; `invalid-site`: 400 naming
 *   `site` (no field of the form);
 * - `toolarge`: 413; `ratelimited`: 429 with `Retry-After: 120`;
 * - `echo`: the receipt's tracking number is the subject sent, its access code the body.
 *
 * Each POST's log record (`GET /test-api/<session>/_log`) gets `method`, `key`, `body` (parsed),
 * `status` and `created` (whether it created a message).
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const source = fileURLToPath(new URL('../../../sdk/src/domain/working-days.ts', import.meta.url));
const bundled = await build({
  entryPoints: [source],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const { replyDueDate } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const MAX_BYTES = 64 * 1024;
const KINDS = ['consultation', 'suggestion', 'complaint'];
/** Messages by session: idempotency key → { body (canonical JSON), receipt }. */
const stores = new Map();

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const isText = (v, min, max) => typeof v === 'string' && v.length >= min && v.length <= max;

/** The contract's checks of a message body: `[{ param, message }]`, empty when valid. */
function check(body) {
  const errors = [];
  const fail = (param, message) => errors.push({ param, message });
  if (!isText(body.site, 1, 64)) fail('site', 'must be a site id');
  if (!KINDS.includes(body.kind)) fail('kind', `must be one of ${KINDS.join(', ')}`);
  if (!isText(body.subject, 1, 200) || body.subject.trim() === '') fail('subject', '1–200 chars');
  if (!isText(body.body, 1, 5000) || body.body.trim() === '') fail('body', '1–5000 chars');
  if (body.name !== undefined && !isText(body.name, 0, 100)) fail('name', 'at most 100 chars');
  if (
    body.email !== undefined &&
    !(isText(body.email, 3, 254) && /^[^@\s]+@[^@\s]+$/.test(body.email))
  )
    fail('email', 'must be an email address');
  if (body.phone !== undefined && !(isText(body.phone, 1, 32) && /^[\d +\-()]+$/.test(body.phone)))
    fail('phone', 'digits, spaces and + - ( ) only');
  if (body.publish !== undefined && typeof body.publish !== 'boolean') fail('publish', 'boolean');
  if (body.lang !== undefined && !isText(body.lang, 2, 16)) fail('lang', 'a language code');
  return errors;
}

/**
 * Answers `POST /api/v1/messages` (returns true when it handled the path).
 *
 * @param {import('koa').Context} ctx
 * @param {string} apiPath
 * @param {{ id: string, mode: string, record: Record<string, unknown>, json: Function, problem: Function }} io
 */
export async function messagesFixture(ctx, apiPath, { id, mode, record, problem }) {
  if (apiPath !== '/api/v1/messages') return false;
  record.method = ctx.method;
  if (ctx.method !== 'POST') {
    problem(ctx, 405, 'Method not allowed');
    return true;
  }
  const key = ctx.get('Idempotency-Key');
  record.key = key;
  const text = await readBody(ctx.req);
  const answer = (status, title, extra) => {
    record.status = status;
    problem(ctx, status, title, extra);
    return true;
  };
  if (text === null || mode === 'toolarge') return answer(413, 'Message too large');
  if (mode === 'ratelimited') {
    ctx.set('Retry-After', '120');
    return answer(429, 'Too many messages');
  }
  if (!/^[\x21-\x7e]{8,128}$/.test(key)) {
    return answer(400, 'Invalid request', {
      errors: [{ param: 'Idempotency-Key', message: '8–128 visible ASCII characters' }],
    });
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return answer(400, 'Invalid JSON', { errors: [{ param: 'body', message: 'not JSON' }] });
  }
  record.body = body;
  if (mode === 'invalid') {
    return answer(400, 'Invalid request', {
      errors: [
        { param: 'subject', message: 'Subject refused' },
        { param: 'email', message: 'Email refused' },
      ],
    });
  }
  if (mode === 'invalid-site') {
    return answer(400, 'Invalid request', { errors: [{ param: 'site', message: 'Unknown site' }] });
  }
  const errors = check(body);
  if (errors.length > 0) return answer(400, 'Invalid request', { errors });

  let store = stores.get(id);
  if (!store) stores.set(id, (store = { messages: new Map(), posts: 0 }));
  store.posts += 1;
  const canonical = JSON.stringify(body, Object.keys(body).sort());
  let message = store.messages.get(key);
  if (message && message.body !== canonical) {
    return answer(422, 'Idempotency key reused with another message');
  }
  record.created = !message;
  if (!message) {
    const now = new Date();
    const sequence = store.messages.size + 1;
    message = {
      body: canonical,
      receipt: {
        // `echo`: the receipt shows the subject and body sent (hostile text in the receipt view).
        trackingNumber:
          mode === 'echo'
            ? body.subject
            : `M${now.getUTCFullYear()}${String(sequence).padStart(6, '0')}`,
        accessCode: mode === 'echo' ? body.body : randomBytes(9).toString('base64url'),
        receivedAt: now.toISOString(),
        dueDate: replyDueDate(now),
        status: 'received',
      },
    };
    store.messages.set(key, message);
  }
  record.trackingNumber = message.receipt.trackingNumber;
  if (mode === 'drop-first' && store.posts === 1) {
    // The answer is lost on the way: its headers and a few bytes arrive, then the connection
    // drops (after the headers, so the browser cannot silently send the request again).
    record.status = 'dropped';
    ctx.respond = false;
    const full = JSON.stringify(message.receipt);
    ctx.res.writeHead(201, {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(full)),
    });
    ctx.res.write(full.slice(0, 10), () => ctx.req.socket.destroy());
    return true;
  }
  record.status = 201;
  ctx.status = 201;
  ctx.set('Content-Type', 'application/json');
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify(message.receipt);
  return true;
}
