/**
 * Serves the files of a directory under a URL prefix (the demo's example pages and the CDN
 * bundle) with `@fastify/static`: `index.html` for directories, `ETag`/`Last-Modified`
 * revalidation, no dotfiles, nothing outside the directory — and, in their own plugin scope,
 * the security headers of pages (`@fastify/helmet`: a CSP with no inline script or style and
 * Trusted Types enforced, its violations reported to `POST /csp-reports`).
 */
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { CSP_REPORT_PATH, registerCspReports } from './csp-reports.js';
import type { CspReportOptions } from './csp-reports.js';

/**
 * CSP directives of the static pages: their own scripts and stylesheets only (components style
 * themselves through constructed stylesheets, which CSP does not restrict), data from any
 * Portal API, framed only by pages of the same origin. Trusted Types are enforced: a string
 * reaches an HTML or script sink (`innerHTML`, `script.src`…) only through a policy, and the
 * one policy allowed is Lit's (`lit-html`, which turns the kit's own templates into
 * `<template>` HTML). Violations are reported to `POST /csp-reports` with `report-uri`, which
 * every browser sends at once. Not `report-to`: a browser that knows it ignores `report-uri`,
 * and Chromium (156, tried with a `Reporting-Endpoints` header, relative and absolute, and
 * `--short-reporting-delay`) sent no Reporting API report to a plain-HTTP loopback endpoint
 * in 70 s, so the demo's pages would report nothing. (The endpoint takes the Reporting API's
 * `application/reports+json` too, for a deployment behind https that adds a
 * `Reporting-Endpoints` header and `report-to`.)
 */
export const STATIC_CSP_DIRECTIVES: Readonly<Record<string, string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ['*'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['lit-html'],
  'report-uri': [CSP_REPORT_PATH],
};

/** The static pages' CSP as one header value. */
export const STATIC_CSP = Object.entries(STATIC_CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

const JAVASCRIPT = /\.[mc]?js$/i;

/**
 * URL prefixes whose files pages of any origin may load: the CDN folder (the bundle, the loader
 * and its chunks). A module script from another origin is fetched in CORS mode, so it needs
 * `Access-Control-Allow-Origin`; the files are public and carry no credentials, so `*`.
 */
export const CROSS_ORIGIN_PREFIXES: readonly string[] = ['/cdn/'];

/** `/examples` → `/examples/`; a prefix always starts and ends with a slash. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** True when `If-None-Match` names `tag` (or is `*`); weak comparison, as RFC 9110 asks. */
export function matchesTag(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const bare = tag.startsWith('W/') ? tag.slice(2) : tag;
  if (header === bare) return true;
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t === bare || t === `W/${bare}`);
}

/**
 * Serves each directory of `dirs` (URL prefix → absolute directory), and the endpoint their
 * CSP reports to (`options.onReport` sees every violation received).
 */
export async function registerStaticDirs(
  app: FastifyInstance,
  dirs: Readonly<Record<string, string>>,
  options: CspReportOptions = {},
): Promise<void> {
  if (Object.keys(dirs).length === 0) return;
  await registerCspReports(app, options);
  // One scope: helmet's headers apply to the pages, not to the API's own responses.
  await app.register(async (scope) => {
    await scope.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: { ...STATIC_CSP_DIRECTIVES } },
      // The CDN bundle is loaded by pages of other origins (CMS pages embedding the kit).
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    });
    for (const [rawPrefix, dir] of Object.entries(dirs)) {
      const prefix = normalizePrefix(rawPrefix);
      await scope.register(fastifyStatic, {
        root: dir,
        // Without its trailing slash, so that `/examples` redirects to `/examples/`.
        prefix: prefix === '/' ? prefix : prefix.slice(0, -1),
        decorateReply: false,
        dotfiles: 'ignore',
        serveDotFiles: false,
        index: ['index.html'],
        redirect: true,
        etag: true,
        lastModified: true,
        cacheControl: false,
        setHeaders: (reply, path) => {
          reply.header('cache-control', 'public, max-age=0, must-revalidate');
          // RFC 9239: JavaScript is text/javascript (the mime table says application/…).
          if (JAVASCRIPT.test(path)) reply.header('content-type', 'text/javascript; charset=utf-8');
          if (CROSS_ORIGIN_PREFIXES.includes(prefix))
            reply.header('access-control-allow-origin', '*');
        },
      });
    }
  });
}
