/** Static directories: the demo's pages and bundle, served safely from a real server. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, normalizePrefix, resolveInside } from '../src/http/static.js';
import { startServer } from '../src/server.js';
import type { RunningServer } from '../src/server.js';
import { call, rawGet } from './support/http.js';

const SECRET = 'TOP-SECRET-CONTENT';
let root = '';
let server: RunningServer;
let base = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'portal-static-'));
  const pub = join(root, 'public');
  mkdirSync(join(pub, 'sub'), { recursive: true });
  writeFileSync(join(root, 'secret.txt'), SECRET);
  writeFileSync(join(pub, 'index.html'), '<!doctype html><title>Examples</title>');
  writeFileSync(join(pub, 'app.js'), 'export const a = 1;');
  writeFileSync(join(pub, 'mod.mjs'), 'export const b = 2;');
  writeFileSync(join(pub, 'app.js.map'), '{"version":3}');
  writeFileSync(join(pub, 'style.css'), ':root { color: red; }');
  writeFileSync(join(pub, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(pub, 'data.json'), '{"ok":true}');
  writeFileSync(join(pub, 'with space.txt'), 'spaced');
  writeFileSync(join(pub, 'sub', 'index.html'), '<!doctype html><title>Sub</title>');
  server = await startServer({
    port: 0,
    dataDir: 'memory',
    staticDirs: { '/examples/': pub, '/cdn': join(pub, 'sub') },
  });
  base = server.url;
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static directories', () => {
  it.each([
    ['/examples/app.js', 'text/javascript'],
    ['/examples/mod.mjs', 'text/javascript'],
    ['/examples/app.js.map', 'application/json'],
    ['/examples/style.css', 'text/css'],
    ['/examples/logo.svg', 'image/svg+xml'],
    ['/examples/data.json', 'application/json'],
    ['/examples/index.html', 'text/html'],
    ['/examples/with%20space.txt', 'text/plain'],
  ])('serves %s as %s', async (path, type) => {
    const answer = await call(base, path);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain(type);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.text.length).toBeGreaterThan(0);
  });

  it('serves index.html for a directory, and redirects to the trailing slash', async () => {
    const index = await call(base, '/examples/');
    expect(index.text).toContain('<title>Examples</title>');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const sub = await call(base, '/examples/sub');
    expect(sub.status).toBe(301);
    expect(sub.headers.get('location')).toBe('/examples/sub/');
    expect((await call(base, '/examples/sub/')).text).toContain('<title>Sub</title>');
    const bare = await call(base, '/examples');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/examples/');
    expect((await call(base, '/cdn/')).text).toContain('<title>Sub</title>');
  });

  it('redirects / to the examples', async () => {
    const answer = await call(base, '/');
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/examples/');
  });

  it('answers 404 problem details for a missing file', async () => {
    const answer = await call(base, '/examples/nothing.js');
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('revalidates with ETag and Last-Modified', async () => {
    const first = await call(base, '/examples/app.js');
    const tag = first.headers.get('etag');
    const modified = first.headers.get('last-modified');
    expect(tag).toMatch(/^"[^"]+"$/);
    expect(modified).toBeTruthy();
    const byTag = await call(base, '/examples/app.js', { headers: { 'if-none-match': tag! } });
    expect(byTag.status).toBe(304);
    expect(byTag.text).toBe('');
    const byDate = await call(base, '/examples/app.js', {
      headers: { 'if-modified-since': modified! },
    });
    expect(byDate.status).toBe(304);
    const head = await call(base, '/examples/app.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it.each([
    '/examples/../secret.txt',
    '/examples/../../secret.txt',
    '/examples/%2e%2e/secret.txt',
    '/examples/%2E%2E/secret.txt',
    '/examples/..%2fsecret.txt',
    '/examples/..%2Fsecret.txt',
    '/examples/%2e%2e%2fsecret.txt',
    '/examples/..%5csecret.txt',
    '/examples/..\\secret.txt',
    '/examples/sub/../../secret.txt',
    '/examples/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/examples//etc/passwd',
    '/examples/%00secret.txt',
    '/cdn/../secret.txt',
    '/cdn/%2e%2e/%2e%2e/secret.txt',
  ])('refuses to leave the directory: %s', async (path) => {
    const answer = await rawGet(base, path);
    expect([400, 404]).toContain(answer.status);
    expect(answer.text).not.toContain(SECRET);
    expect(answer.text).not.toMatch(/root:x:0/);
  });
});

describe('static helpers', () => {
  it('keeps every resolved path inside the root', () => {
    expect(resolveInside('/srv/www', 'a/b.js')).toBe('/srv/www/a/b.js');
    expect(resolveInside('/srv/www', '')).toBe('/srv/www');
    expect(resolveInside('/srv/www', '../www2/x')).toBeNull();
    expect(resolveInside('/srv/www', 'a/../../x')).toBeNull();
    expect(resolveInside('/srv/www', '/etc/passwd')).toBe('/srv/www/etc/passwd');
    expect(resolveInside('/srv/www', 'a\\..\\..\\x')).toBeNull();
    expect(resolveInside('/srv/www', 'a\0b')).toBeNull();
  });

  it('normalizes prefixes and knows the content types', () => {
    expect(normalizePrefix('examples')).toBe('/examples/');
    expect(normalizePrefix('/cdn')).toBe('/cdn/');
    expect(normalizePrefix('/')).toBe('/');
    expect(contentTypeOf('a.MJS')).toContain('javascript');
    expect(contentTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
