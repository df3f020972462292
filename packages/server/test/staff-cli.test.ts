/**
 * `npm run portal -- staff …`: a token made by the command (run as a process, as people run
 * it) is printed once, stored only as its hash, and works against a server on the same
 * database until `staff revoke`; unknown sites and bad command lines are refused clearly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runStaffCli } from '../src/cli-staff.js';
import { staffTokenHash } from '../src/messages/staff-tokens.js';
import { startServer } from '../src/server.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'portal-staff-cli-'));
const env = { DATA_DIR: dataDir, SEED_DOCUMENTS: '0' };

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the CLI from source as a process; resolves its exit code and output. */
function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'src/cli.ts', ...args],
    { cwd: packageDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

/** Runs `staff …` in this process, capturing what it writes. */
async function inProcess(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runStaffCli(args, env, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('staff CLI', () => {
  it('makes a token shown once, which works until revoked', async () => {
    const made = await cli(['staff', 'create', '--site', 'wms', '--site=main', '--label', 'Desk']);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    const token = /\b(pks_[A-Za-z0-9_-]{43})\b/.exec(made.out)?.[1];
    expect(token).toBeDefined();
    const id = /Staff token (\d+) for wms, main/.exec(made.out)?.[1];
    expect(id).toBeDefined();

    const listed = await inProcess(['list']);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(new RegExp(`^${id}\\tDesk\\twms,main\\tcreated \\S+\\tactive$`));
    expect(listed.out).not.toContain(token);

    const server = await startServer({ dataDir, seed: { documents: 0 } });
    try {
      const [row] = await server.db.query<{ token_hash: Uint8Array }>(
        'SELECT token_hash FROM staff_tokens WHERE id = $1::bigint',
        [id],
      );
      expect(Buffer.from(row!.token_hash).equals(staffTokenHash(token!))).toBe(true);
      const ask = () =>
        fetch(`${server.url}/api/v1/staff/messages`, {
          headers: { authorization: `Bearer ${token}` },
        }).then((response) => response.status);
      expect(await ask()).toBe(200);
    } finally {
      await server.close();
    }

    expect((await inProcess(['revoke', id!])).out).toBe(`Token ${id} revoked.`);
    expect((await inProcess(['revoke', id!])).out).toBe(`Token ${id} was already revoked.`);
    const missing = await inProcess(['revoke', '999']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No staff token has the id "999"/);
    expect((await inProcess(['list'])).out).toMatch(/\trevoked \S+$/);

    const server2 = await startServer({ dataDir, seed: { documents: 0 } });
    try {
      const response = await fetch(`${server2.url}/api/v1/staff/messages`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(401);
    } finally {
      await server2.close();
    }
  }, 60_000);

  it('refuses unknown sites and bad command lines, naming the problem', async () => {
    const unknown = await inProcess([
      'create',
      '--site',
      'wms',
      '--site',
      'nosuch',
      '--site',
      'zz9',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^No such site: nosuch, zz9\./);
    expect(unknown.out).toBe('');
    for (const args of [
      ['create'],
      ['create', '--site'],
      ['create', '--site', 'wms', '--colour', 'red'],
      ['create', '--site', 'wms', 'extra'],
      ['revoke'],
      ['frobnicate'],
      [],
    ]) {
      const refused = await inProcess(args);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.err).not.toBe('');
    }
    expect((await inProcess(['help'])).out).toMatch(/^Usage: npm run portal -- staff/);
  }, 60_000);
});
