/**
 * Serves the files of a directory under a URL prefix (the demo's example pages and the CDN
 * bundle): `index.html` for directories, content types by extension, `ETag`/`Last-Modified`
 * revalidation, and nothing outside the directory, whatever the path says.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem, ProblemError } from './problem.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Policy for the static pages: own scripts only; data may come from any Portal API. */
export const STATIC_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  'connect-src *',
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** `/examples` → `/examples/`; a prefix always starts and ends with a slash. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The file `relative` names inside `root`, or `null` when it would leave `root` (`..`,
 * absolute paths, encoded separators, NUL bytes, backslashes).
 */
export function resolveInside(root: string, relative: string): string | null {
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  const file = resolve(root, `.${sep}${segments.filter(Boolean).join(sep)}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

function notFound(): ProblemError {
  return new ProblemError(problem(404, { detail: 'No such file.' }));
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

function entityTag(stats: Stats): string {
  return `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

/** True when `If-None-Match` names `tag` (or is `*`); weak comparison, as RFC 9110 asks. */
export function matchesTag(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const bare = tag.replace(/^W\//, '');
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t.replace(/^W\//, '') === bare);
}

async function serveFile(
  root: string,
  relative: string,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const target = resolveInside(root, relative);
  if (!target) throw notFound();
  let file = target;
  let stats = await statOrNull(file);
  if (stats?.isDirectory()) {
    if (relative !== '' && !relative.endsWith('/')) {
      // Relative links in the index page need the trailing slash.
      const [path = '', search] = request.url.split('?');
      return reply.redirect(`${path}/${search === undefined ? '' : `?${search}`}`, 301);
    }
    file = resolve(target, 'index.html');
    stats = await statOrNull(file);
  }
  if (!stats?.isFile()) throw notFound();

  const tag = entityTag(stats);
  reply.headers({
    etag: tag,
    'last-modified': stats.mtime.toUTCString(),
    'cache-control': 'public, max-age=0, must-revalidate',
    'content-security-policy': STATIC_CSP,
  });
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = request.headers['if-modified-since'];
  const fresh = ifNoneMatch
    ? matchesTag(ifNoneMatch, tag)
    : ifModifiedSince !== undefined &&
      Math.floor(stats.mtimeMs / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000);
  if (fresh) return reply.code(304).send();
  reply.type(contentTypeOf(file)).header('content-length', stats.size);
  return reply.send(createReadStream(file));
}

/** Serves each directory of `dirs` (URL prefix → absolute directory). */
export function registerStaticDirs(app: FastifyInstance, dirs: Readonly<Record<string, string>>) {
  for (const [rawPrefix, dir] of Object.entries(dirs)) {
    const prefix = normalizePrefix(rawPrefix);
    const root = resolve(dir);
    if (prefix !== '/') {
      app.get(prefix.slice(0, -1), (_request, reply) => reply.redirect(prefix, 301));
    }
    app.get(`${prefix}*`, (request, reply) => {
      const { '*': rest = '' } = request.params as { '*'?: string };
      return serveFile(root, rest, request, reply);
    });
  }
}
