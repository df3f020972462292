/**
 * The read routing of `createReplicatedDatabase` when the "replica" cannot serve: not a standby
 * (the primary itself), or down. Reads then go to the primary and still answer; writes and
 * transactions always do. (A real streaming replica — in use, paused, caught up — is exercised
 * by tests/e2e/topology.test.ts.)
 */
import type { FastifyRequest } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { createReplicatedDatabase, parseLsn } from '../src/db/replica.js';
import type { ReadScope, ReplicatedDatabase } from '../src/db/replica.js';
import { readAfterOf } from '../src/http/read-after.js';
import { ENGINES, TEST_DATABASE_URL } from './support/engines.js';

const skip = ENGINES.find((engine) => engine.name === 'postgres')?.skipReason ?? null;
const opened: Database[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

function replicated(replicaUrl: string, errors: Error[]): ReplicatedDatabase {
  const db = createReplicatedDatabase({
    primary: createPostgresDatabase({ connectionString: TEST_DATABASE_URL }),
    replica: createPostgresDatabase({ connectionString: replicaUrl, connectTimeoutMs: 500 }),
    maxLagMs: 500,
    onError: (error) => errors.push(error),
  });
  opened.push(db);
  return db;
}

/** Runs `sql` as a GET request's read would, and says which database answered it. */
async function readInScope(db: ReplicatedDatabase, sql: string) {
  const scope: ReadScope = { after: null, replica: 0, primary: 0 };
  const rows = await db.reads.run(scope, () => db.query<{ n: number }>(sql));
  return { rows, scope };
}

const waitFor = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
};

describe('WAL positions', () => {
  it('parses what PostgreSQL prints, in order, and refuses the rest', () => {
    expect(parseLsn('0/0')).toBe(0n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
    for (const bad of ['', '0', '0/', '/1', 'G/1', '0/123456789', '1/2; x', null, undefined]) {
      expect(parseLsn(bad), String(bad)).toBeNull();
    }
  });
});

describe('read-after tokens of a request', () => {
  const of = (headers: Record<string, string>) => readAfterOf({ headers } as FastifyRequest);
  it('reads the header first, then the cookie among others; ignores what is not a position', () => {
    expect(of({ 'portal-read-after': '0/2A' })).toBe(0x2an);
    expect(of({ cookie: 'a=1; portal_read_after=1/0; b=2' })).toBe(1n << 32n);
    expect(of({ 'portal-read-after': '0/1', cookie: 'portal_read_after=9/0' })).toBe(1n);
    expect(of({ cookie: 'xportal_read_after=1/0' })).toBeNull();
    expect(of({ 'portal-read-after': 'soon', cookie: 'portal_read_after=nope' })).toBeNull();
    expect(of({})).toBeNull();
  });
});

describe(`read routing on PostgreSQL${skip ? ` — skipped: ${skip}` : ''}`, () => {
  it.skipIf(skip !== null)('a "replica" that is not a standby is never read from', async () => {
    const errors: Error[] = [];
    const db = replicated(TEST_DATABASE_URL, errors);
    await waitFor(() => errors.length > 0);
    expect(errors.map((e) => e.message)).toContain('DATABASE_READ_URL is not a streaming standby');
    const { rows, scope } = await readInScope(db, 'SELECT 1 AS n');
    expect(rows).toEqual([{ n: 1 }]);
    expect(scope).toMatchObject({ replica: 0, primary: 1 });
    expect(db.reads.replicaInUse).toBe(false);
    expect(await db.reads.writePosition()).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
  });

  it.skipIf(skip !== null)('a replica that is down leaves reads to the primary', async () => {
    const errors: Error[] = [];
    const down = new URL(TEST_DATABASE_URL);
    down.port = '1';
    const db = replicated(down.href, errors);
    await waitFor(() => errors.length > 0);
    const { rows, scope } = await readInScope(db, 'SELECT 2 AS n');
    expect(rows).toEqual([{ n: 2 }]);
    expect(scope.primary).toBe(1);
    // Outside a GET's scope (a POST's reads, a transaction), the primary answers without a count.
    expect(await db.query('SELECT 3 AS n')).toEqual([{ n: 3 }]);
    expect(await db.transaction((tx) => tx.query('SELECT 4 AS n'))).toEqual([{ n: 4 }]);
  });
});
