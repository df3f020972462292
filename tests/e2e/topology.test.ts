/**
 * The production topology on real parts (Debian's nginx and PostgreSQL): a primary and a
 * streaming replica made with pg_basebackup, two processes of the built server CLI started
 * together (only the first with --seed) reading from the replica, and nginx caching in front.
 * Checks read-your-writes across the two servers, a lagging replica, nginx's cache and its
 * revalidations, and migrations applied once.
 */
import { createClient } from '@portal-kit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, startTopology } from '../../scripts/lib/topology.mjs';
import type { Topology } from '../../scripts/lib/topology.mjs';

/** Most replication lag the servers tolerate (short, so the test sees them give up on it). */
const MAX_LAG_MS = 1000;
/** How long nginx keeps a response fresh here, so that a revalidation happens within the test. */
const CACHE_SECONDS = 1;

let topology: Topology;
let server1 = '';
let server2 = '';
let counter = 0;

beforeAll(async () => {
  topology = await startTopology({
    seed: ['--seed', '--documents', '0'],
    maxLagMs: MAX_LAG_MS,
    cacheSeconds: CACHE_SECONDS,
  });
  [server1, server2] = topology.servers.map((server) => server.url) as [string, string];
});
afterAll(() => topology?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A news page no earlier request asked for (the servers' own caches never answer it). */
const freshNewsPath = () => `/api/v1/news?limit=${1 + (counter++ % 50)}&site=main&lang=en`;

/** GETs `path` of `base` until `accept` holds, for up to `ms`; returns the last response. */
async function getUntil(
  base: string,
  path: () => string,
  accept: (response: Response) => boolean,
  ms = 8000,
): Promise<Response> {
  const deadline = Date.now() + ms;
  for (;;) {
    const response = await fetch(`${base}${path()}`);
    await response.arrayBuffer();
    if (accept(response) || Date.now() > deadline) return response;
    await sleep(100);
  }
}

/** Sends a public message through `base`; returns the receipt and the read-after token. */
async function write(base: string) {
  const response = await fetch(`${base}/api/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `topology-${counter++}-k` },
    body: JSON.stringify({
      site: 'wms',
      kind: 'consultation',
      subject: `Topology check ${counter}`,
      body: 'Does a write through one server read back through the other?',
      name: 'Li Si',
      email: 'li@example.cn',
      publish: false,
      lang: 'en',
    }),
  });
  const receipt = (await response.json()) as { trackingNumber: string; accessCode: string };
  expect(response.status).toBe(201);
  const token = response.headers.get('portal-read-after') ?? '';
  expect(token).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
  expect(response.headers.get('set-cookie')).toContain(`portal_read_after=${token}`);
  return { receipt, token };
}

/** Reads the message back through `base`, with or without the token (as the cookie). */
async function readBack(
  base: string,
  receipt: { trackingNumber: string; accessCode: string },
  token?: string,
) {
  return fetch(`${base}/api/v1/messages/${receipt.trackingNumber}`, {
    headers: {
      authorization: `AccessCode ${receipt.accessCode}`,
      ...(token ? { cookie: `portal_read_after=${token}` } : {}),
    },
  });
}

describe('production topology: nginx, two servers, a primary and a streaming replica', () => {
  it('migrates once with two servers starting together; seeds only where asked', async () => {
    const rows = await sql<{ version: string; n: number }>(
      topology.databaseUrl,
      'SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version',
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((row) => row.n !== 1)).toEqual([]);
    const [sites] = await sql<{ n: number }>(
      topology.databaseUrl,
      'SELECT count(*)::int AS n FROM sites',
    );
    expect(sites?.n).toBeGreaterThan(0);
    for (const server of topology.servers) expect(server.output()).not.toMatch(/error/i);
  });

  it('reads from the replica while it keeps up', async () => {
    const response = await getUntil(
      server2,
      freshNewsPath,
      (r) => r.headers.get('portal-read-from') === 'replica',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('portal-read-from')).toBe('replica');
  });

  it('a write through server 1 is read back through server 2', async () => {
    const { receipt, token } = await write(server1);
    const answer = await readBack(server2, receipt, token);
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { trackingNumber: string }).trackingNumber).toBe(
      receipt.trackingNumber,
    );
  });

  it('a lagging replica: the writer still reads its write, plain reads still work', async () => {
    await sql(topology.readUrl, 'SELECT pg_wal_replay_pause()');
    try {
      // The SDK on a client without cookies (Node's fetch, like a page on another site), behind
      // a balancer that sends its write to server 1 and its reads to server 2, reads its message
      // back at once. Two things send that read to the primary: the write's token, which the
      // SDK sends back by itself, and the change feed, which has told server 2 of a write the
      // replica has not replayed (the token covers the moment before the feed's notice lands).
      const client = createClient({
        baseUrl: server2,
        fetch: (input, init) => {
          const request = new Request(input, init);
          if (request.method === 'GET') return fetch(request);
          return fetch(new Request(request.url.replace(server2, server1), request));
        },
      });
      const sdkReceipt = await client.messages.submit({
        site: 'wms',
        kind: 'consultation',
        subject: `Topology check ${counter++} by the SDK`,
        body: 'Does the SDK read its own write while the replica lags?',
        name: 'Li Si',
        email: 'li@example.cn',
        publish: false,
        lang: 'en',
      });
      const status = await client.messages.status(sdkReceipt.trackingNumber, sdkReceipt.accessCode);
      expect(status.trackingNumber).toBe(sdkReceipt.trackingNumber);

      const { receipt, token } = await write(server1);
      // The replica has not replayed the write: its token sends the read to the primary.
      const mine = await readBack(server2, receipt, token);
      expect(mine.status).toBe(200);
      expect(mine.headers.get('portal-read-from')).toBe('primary');
      // The same token sent back as a request header (clients without cookies) does the same.
      const byHeader = await fetch(`${server2}/api/v1/messages/${receipt.trackingNumber}`, {
        headers: { authorization: `AccessCode ${receipt.accessCode}`, 'portal-read-after': token },
      });
      expect(byHeader.status).toBe(200);
      expect(byHeader.headers.get('portal-read-from')).toBe('primary');
      const [paused] = await sql<{ n: number }>(
        topology.readUrl,
        'SELECT count(*)::int AS n FROM messages WHERE tracking_number = $1',
        [receipt.trackingNumber],
      );
      expect(paused?.n).toBe(0);
      // Past the tolerated lag, everyone reads from the primary, and gets answers.
      await sleep(MAX_LAG_MS + 300);
      const plain = await fetch(`${server2}${freshNewsPath()}`);
      expect(plain.status).toBe(200);
      expect(plain.headers.get('portal-read-from')).toBe('primary');
    } finally {
      await sql(topology.readUrl, 'SELECT pg_wal_replay_resume()');
    }
    // Caught up again: back to the replica.
    const again = await getUntil(
      server2,
      freshNewsPath,
      (r) => r.headers.get('portal-read-from') === 'replica',
    );
    expect(again.headers.get('portal-read-from')).toBe('replica');
  });

  it('nginx answers repeats from its cache and revalidates with 304', async () => {
    const url = `${topology.nginx.url}/api/v1/sites?kind=department`;
    const first = await fetch(url);
    await first.arrayBuffer();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"/);
    const second = await fetch(url);
    expect(await second.text()).not.toBe('');
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    // A client's revalidation: nginx itself answers 304 from its cache.
    const conditional = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(conditional.status).toBe(304);
    expect(conditional.headers.get('x-cache-status')).toBe('HIT');
    // nginx's own revalidation once the entry is stale: the server answers it with a 304.
    // (nginx counts whole seconds: an entry of 1 s may be fresh for up to 2.)
    await sleep(CACHE_SECONDS * 1000 + 1100);
    const stale = await fetch(url);
    expect(await stale.text()).not.toBe('');
    expect(stale.status).toBe(200);
    expect(stale.headers.get('x-cache-status')).toBe('REVALIDATED');
    expect(stale.headers.get('etag')).toBe(etag);
    // A client that just wrote is answered by a server (its token bypasses the cache).
    const { token } = await write(topology.nginx.url);
    const own = await fetch(url, { headers: { cookie: `portal_read_after=${token}` } });
    await own.arrayBuffer();
    expect(own.headers.get('x-cache-status')).toBe('BYPASS');
  });
});
