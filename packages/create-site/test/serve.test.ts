/**
 * The new site's `serve.mjs` as a real process on a free loopback port: content types, the
 * directory redirect, the CSP of pages, private files, methods, and path traversal refused
 * (raw request paths, so that no client normalizes them first).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { startServe } from './serve-process.js';
import { SITE_CASES } from './sites.js';

const temp = mkdtempSync(join(tmpdir(), 'create-site-serve-'));
const dir = join(temp, 'site');
let server: ChildProcess;
let origin: string;

const quiet = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

/** One request with the path exactly as given. */
function raw(
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/`, { method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const argv = [...SITE_CASES.find((c) => c.id === 'wms')!.argv, '--yes', '--dir', dir];
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  const code = await run(argv, { stdin, stdout: quiet(), stderr: quiet(), cwd: temp });
  expect(code).toBe(0);
  // A file beside the site that no request may reach.
  writeFileSync(join(temp, 'secret.txt'), 'secret');
  const started = await startServe(dir);
  server = started.process;
  origin = started.url;
});
afterAll(() => {
  server?.kill();
  rmSync(temp, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/zh-CN/', 'text/html; charset=utf-8'],
    ['/en/index.html', 'text/html; charset=utf-8'],
    ['/site.json', 'application/json; charset=utf-8'],
    ['/strings/en.json', 'application/json; charset=utf-8'],
    ['/site.js', 'text/javascript; charset=utf-8'],
    ['/site.css', 'text/css; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (path, type) => {
    const response = await raw(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body.length).toBeGreaterThan(0);
  });

  it('sends pages with a CSP naming the kit and the API', async () => {
    const page = await raw('/zh-CN/');
    expect(page.headers['content-security-policy']).toContain(
      "script-src 'self' http://127.0.0.1:4173",
    );
    expect(page.headers['content-security-policy']).toContain(
      "connect-src 'self' http://127.0.0.1:4173",
    );
    expect((await raw('/site.css')).headers['content-security-policy']).toBeUndefined();
  });

  it('redirects a folder without its slash, keeping the query', async () => {
    const response = await raw('/en?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/en/?x=1');
  });

  it.each([
    '/serve.mjs',
    '/package.json',
    '/README.md',
    '/missing.html',
    '/strings/',
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/zh-CN/..%2f..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
    '/..%5c..%5csecret.txt',
    '/site.json%00.html',
    '/%E0%A4%A',
    '/.hidden',
    '/node_modules/x.js',
  ])('refuses %s with 404', async (path) => {
    const response = await raw(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('secret');
  });

  it('answers HEAD without a body and refuses other methods with 405', async () => {
    const head = await raw('/zh-CN/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await raw('/zh-CN/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('refuses a PORT that is not a port number', async () => {
    await expect(startServe(dir, { PORT: 'eighty' })).rejects.toThrow(
      /exited 2: PORT must be a port number/,
    );
  });
});
