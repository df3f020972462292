/**
 * Read-your-writes over a read replica, in HTTP terms.
 *
 * A successful write (any method but GET/HEAD/OPTIONS answered below 400) carries the primary's
 * WAL position after it, twice: the `Portal-Read-After` response header, and a short-lived
 * cookie of the same name (`portal_read_after`) that a browser sends back by itself. A GET that
 * carries the token — the cookie, or the header sent back by a client — reads from the replica
 * only once the replica has replayed that far, else from the primary.
 *
 * GET answers that read the database say which one answered: `Portal-Read-From: replica` or
 * `primary` (any read on the primary makes it `primary`), for operators and tests.
 *
 * The cookie lives as long as the most replication lag tolerated (plus a second): by then a
 * replica still in use has replayed the write. A request with a cookie or a `Portal-Read-After`
 * header is never answered from a shared cache (the response cache skips it; the nginx sample
 * bypasses its cache for it), so the client that wrote sees its write at once through every
 * layer.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ReadRouting, ReadScope } from '../db/replica.js';
import { parseLsn } from '../db/replica.js';

/** The response (and request) header carrying a write's position. */
export const READ_AFTER_HEADER = 'portal-read-after';
/** The response header naming the database a GET read from. */
export const READ_FROM_HEADER = 'portal-read-from';
/** The cookie carrying it. */
export const READ_AFTER_COOKIE = 'portal_read_after';

const COOKIE = new RegExp(`(?:^|;\\s*)${READ_AFTER_COOKIE}=([^;\\s]+)`);

/** The write position a request carries (header first, then cookie), or `null`. */
export function readAfterOf(request: FastifyRequest): bigint | null {
  const header = request.headers[READ_AFTER_HEADER];
  const fromHeader = parseLsn(Array.isArray(header) ? header[0] : header);
  if (fromHeader !== null) return fromHeader;
  return parseLsn(COOKIE.exec(request.headers.cookie ?? '')?.[1]);
}

const READS = new Set(['GET', 'HEAD']);

/**
 * Routes the reads of GET/HEAD requests through `routing` (replica when it may serve them) and
 * gives every successful write its token. Register before the routes.
 */
export function registerReadRouting(app: FastifyInstance, routing: ReadRouting): void {
  const maxAge = Math.ceil(routing.maxLagMs / 1000) + 1;
  // `done` inside the scope: the rest of the request's hooks and its handler run in it.
  const scopes = new WeakMap<FastifyRequest, ReadScope>();
  app.addHook('onRequest', (request, _reply, done) => {
    if (!READS.has(request.method)) return done();
    const scope: ReadScope = { after: readAfterOf(request), replica: 0, primary: 0 };
    scopes.set(request, scope);
    routing.run(scope, done);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const scope = scopes.get(request);
    if (scope) {
      if (scope.primary > 0) reply.header(READ_FROM_HEADER, 'primary');
      else if (scope.replica > 0) reply.header(READ_FROM_HEADER, 'replica');
      return payload;
    }
    if (READS.has(request.method) || request.method === 'OPTIONS' || reply.statusCode >= 400) {
      return payload;
    }
    const token = await routing.writePosition().catch(() => null);
    if (token === null) return payload;
    const secure = request.protocol === 'https' ? '; Secure' : '';
    reply.header(READ_AFTER_HEADER, token);
    reply.header(
      'set-cookie',
      `${READ_AFTER_COOKIE}=${token}; Max-Age=${maxAge}; Path=/; HttpOnly; SameSite=Lax${secure}`,
    );
    return payload;
  });
}
