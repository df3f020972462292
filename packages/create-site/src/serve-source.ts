/**
 * The source of the new site's `serve.mjs`: a dependency-free static server (node:http) for
 * the site's folder, run by `npm start`. Its Content-Security-Policy allows scripts from the
 * site itself and the kit's CDN, and data from the Portal API — the origins the site was made
 * with, written into the file.
 */
import type { PageSources } from './page.js';

/** The CSP of the site's pages: its own files, the kit's CDN, the Portal API. */
export function contentSecurityPolicy(sources: PageSources): string {
  const cdn = new URL(sources.cdn).origin;
  const api = new URL(sources.api).origin;
  const scripts = [...new Set(["'self'", cdn])].join(' ');
  const connect = [...new Set(["'self'", api])].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' https:",
    "frame-ancestors 'self'",
    // Trusted Types: no string reaches an HTML/script sink except through Lit's own policy.
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** `serve.mjs` for a site made with `sources`. */
export function serveSource(sources: PageSources): string {
  return `#!/usr/bin/env node
// Serves this site's static files: \`npm start\` (or \`node serve.mjs\`), then open the address
// it prints. No dependencies: node:http only. PORT sets the port (default 4174), HOST the
// interface (default 127.0.0.1). Any static web server can serve the folder instead; this
// one sets the content types and the security headers the pages expect.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)));

/** Content types by extension: a file of any other kind is not served. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** The files of the folder that are not part of the site. */
const PRIVATE = new Set(['package.json', 'package-lock.json']);

/** The pages' Content-Security-Policy: the site, the kit's CDN, the Portal API. */
const CSP = ${JSON.stringify(contentSecurityPolicy(sources))};

function send(res, status, text, headers = {}) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

/** The file a URL path names inside ROOT, or null when it would leave ROOT or is private. */
function fileOf(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes('\\0') || path.includes('\\\\')) return null;
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.startsWith('.') || s === 'node_modules')) return null;
  const file = resolve(join(ROOT, ...segments));
  if (file !== ROOT && !file.startsWith(ROOT + sep)) return null;
  if (segments.length === 1 && PRIVATE.has(segments[0])) return null;
  return file;
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed\\n', { allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = fileOf(url.pathname);
  if (file === null) {
    send(res, 404, 'Not found\\n');
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      send(res, 301, 'Moved\\n', { location: url.pathname + '/' + url.search });
      return;
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  const type = TYPES[extname(file).toLowerCase()];
  if (!info?.isFile() || type === undefined) {
    send(res, 404, 'Not found\\n');
    return;
  }
  res.writeHead(200, {
    'content-type': type,
    'content-length': info.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    ...(type.startsWith('text/html') ? { 'content-security-policy': CSP } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
});

const port = Number(process.env.PORT ?? 4174);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(\`PORT must be a port number (0–65535), not \${JSON.stringify(process.env.PORT)}.\`);
  process.exit(2);
}
server.on('error', (error) => {
  console.error(\`Cannot serve on port \${port}: \${error.message}\`);
  process.exit(1);
});
server.listen(port, process.env.HOST ?? '127.0.0.1', () => {
  const { address, port: bound } = server.address();
  const host = address.includes(':') ? \`[\${address}]\` : address;
  console.log(\`Serving \${ROOT} at http://\${host}:\${bound}/\`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
`;
}
