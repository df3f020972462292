/** Static directories: the demo's pages and bundle, served safely from a real server. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CspViolation } from '../src/http/csp-reports.js';
import { CSP_REPORT_BODY_LIMIT, CSP_REPORT_RATE_LIMIT } from '../src/http/csp-reports.js';
import { normalizePrefix } from '../src/http/static.js';
import { startServer } from '../src/server.js';
import type { RunningServer } from '../src/server.js';
import { call, rawGet } from './support/http.js';

const SECRET = 'TOP-SECRET-CONTENT';
let root = '';
let server: RunningServer;
let base = '';
const reports: CspViolation[] = [];

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
  writeFileSync(join(pub, '.env'), `SECRET=${SECRET}`);
  mkdirSync(join(pub, '.git'));
  writeFileSync(join(pub, '.git', 'config'), SECRET);
  mkdirSync(join(pub, 'local-window'));
  writeFileSync(join(pub, 'local-window', 'index.html'), '<!doctype html><title>Local</title>');
  server = await startServer({
    port: 0,
    dataDir: 'memory',
    staticDirs: { '/examples/': pub, '/cdn': join(pub, 'sub') },
    onCspReport: (violation) => reports.push(violation),
  });
  base = server.url;
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static directories', () => {
  it.each(['/examples/.env', '/examples/.git/config', '/examples/.git/', '/examples/%2eenv'])(
    'serves no dotfile: %s',
    async (path) => {
      const answer = await rawGet(base, path);
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain(SECRET);
    },
  );

  it("sends the pages' security headers: a CSP with no inline code, framing by the same origin", async () => {
    const answer = await call(base, '/examples/');
    const csp = answer.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("require-trusted-types-for 'script';trusted-types lit-html");
    expect(csp).toMatch(/report-uri \/csp-reports$/);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // The CDN bundle is embedded by pages of other origins.
    expect(answer.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    // The API's own answers keep their strict policy.
    const api = await call(base, '/healthz');
    expect(api.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it("builds redirects from the path, never from an absolute-form target's authority", async () => {
    for (const target of [
      'http://evil.example/examples/local-window',
      'HTTP://evil.example:8080/examples/local-window',
      'https://evil.example/examples/local-window?x=1',
    ]) {
      const answer = await rawGet(base, target);
      expect(answer.status, target).toBe(301);
      expect(answer.location, target).toMatch(/^\/examples\/local-window\/(\?x=1)?$/);
    }
    const page = await rawGet(base, 'http://evil.example/examples/local-window/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Local</title>');
  });

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
    expect(tag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(modified).toBeTruthy();
    // As a browser revalidates (fetch() would add `Cache-Control: no-cache`, a forced reload).
    const revalidate = { 'cache-control': 'max-age=0' };
    const byTag = await call(base, '/examples/app.js', {
      headers: { ...revalidate, 'if-none-match': tag! },
    });
    expect(byTag.status).toBe(304);
    expect(byTag.text).toBe('');
    const changed = await call(base, '/examples/app.js', {
      headers: { ...revalidate, 'if-none-match': '"another"' },
    });
    expect(changed.status).toBe(200);
    const byDate = await call(base, '/examples/app.js', {
      headers: { ...revalidate, 'if-modified-since': modified! },
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
    expect([400, 403, 404]).toContain(answer.status);
    expect(answer.text).not.toContain(SECRET);
    expect(answer.text).not.toMatch(/root:x:0/);
  });
});

describe('static helpers', () => {
  it('normalizes prefixes', () => {
    expect(normalizePrefix('examples')).toBe('/examples/');
    expect(normalizePrefix('/cdn')).toBe('/cdn/');
    expect(normalizePrefix('/')).toBe('/');
  });
});

/** POSTs `body` to the CSP report endpoint as `type`. */
function report(body: string, type: string): Promise<Response> {
  return fetch(new URL('/csp-reports', base), {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
}

describe('the CSP report endpoint', () => {
  it('takes a report-uri report (application/csp-report) and hands it on', async () => {
    reports.length = 0;
    const response = await report(
      JSON.stringify({
        'csp-report': {
          'document-uri': 'http://127.0.0.1/examples/',
          'violated-directive': 'require-trusted-types-for',
          'effective-directive': 'require-trusted-types-for',
          'blocked-uri': 'trusted-types-sink',
          'script-sample': 'Element innerHTML|<b>x</b>',
          disposition: 'enforce',
          'source-file': 'http://127.0.0.1/examples/app.js',
          'line-number': 3,
          'column-number': 9,
        },
      }),
      'application/csp-report',
    );
    expect(response.status).toBe(204);
    expect(reports).toEqual([
      {
        documentUrl: 'http://127.0.0.1/examples/',
        directive: 'require-trusted-types-for',
        blockedUrl: 'trusted-types-sink',
        sample: 'Element innerHTML|<b>x</b>',
        disposition: 'enforce',
        source: 'http://127.0.0.1/examples/app.js:3:9',
        via: 'report-uri',
      },
    ]);
  });

  it('takes a Reporting API batch (application/reports+json), its csp-violation reports only', async () => {
    reports.length = 0;
    const response = await report(
      JSON.stringify([
        { type: 'deprecation', url: 'http://127.0.0.1/examples/', body: { id: 'x' } },
        {
          type: 'csp-violation',
          url: 'http://127.0.0.1/examples/',
          body: {
            documentURL: 'http://127.0.0.1/examples/',
            effectiveDirective: 'script-src-elem',
            blockedURL: 'inline',
            disposition: 'enforce',
          },
        },
      ]),
      'application/reports+json',
    );
    expect(response.status).toBe(204);
    expect(reports.map((r) => [r.directive, r.blockedUrl, r.via])).toEqual([
      ['script-src-elem', 'inline', 'report-to'],
    ]);
  });

  it('bounds the fields, refuses bad JSON, other media types and oversized bodies', async () => {
    reports.length = 0;
    const long = 'x'.repeat(5000);
    await report(
      JSON.stringify({ 'csp-report': { 'blocked-uri': long } }),
      'application/csp-report',
    );
    expect(reports[0]?.blockedUrl.length).toBe(1024);
    expect((await report('{not json', 'application/csp-report')).status).toBe(400);
    expect((await report('{}', 'text/plain')).status).toBe(415);
    const huge = JSON.stringify({
      'csp-report': { 'script-sample': 'y'.repeat(CSP_REPORT_BODY_LIMIT) },
    });
    expect((await report(huge, 'application/csp-report')).status).toBe(413);
    expect(reports).toHaveLength(1);
  });

  it('limits the reports of one client', async () => {
    const answers: number[] = [];
    for (let i = 0; i <= CSP_REPORT_RATE_LIMIT.max; i += 1) {
      answers.push((await report('{"csp-report":{}}', 'application/csp-report')).status);
    }
    expect(answers).toContain(429);
  });
});
