// Starts the demo portal from the built packages: the reference server, the example pages
// (/examples/), the CDN bundle (/cdn/) and the main site rendered on the server
// (/examples/main-site/ssr.html, `?lang=en`), over a database seeded with the demo data (also a
// PostgreSQL one named by DATABASE_URL: the demo always asks for its data, which a production
// `portal-server` never writes unless started with --seed). Shared by `npm start` and the
// end-to-end tests.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `renderPage` of @portal-kit/elements/ssr, imported on the first server-rendered page. */
let ssr;

/**
 * A page of examples/ rendered on the server, its data loaded in-process, in the language of
 * `?lang=` (default: the page's own).
 * @param {string} file - the page, relative to examples/.
 */
function renderedExample(file) {
  return async ({ url, query, fetch }) => {
    ssr ??= import(new URL('packages/elements/dist/ssr/index.js', `file://${root}`).href);
    const { renderPage } = await ssr;
    const page = await readFile(`${root}examples/${file}`, 'utf8');
    return renderPage(page, { url, fetch, ...(query.lang ? { lang: query.lang } : {}) });
  };
}

/**
 * @param {{ port?: number, host?: string, dataDir?: string, databaseUrl?: string,
 *   corsOrigins?: string[], staticDirs?: Record<string, string>,
 *   seed?: { documents?: number }, onCspReport?: (violation: object) => void,
 *   renderedPages?: Record<string, Function> }} options
 *   `staticDirs` adds URL prefixes to the example pages and the bundle; `onCspReport` sees each
 *   CSP violation the pages' browsers report (`POST /csp-reports`); `renderedPages` adds
 *   server-rendered pages (path → render function, as the server's `renderedPages`).
 */
export async function startDemo(options = {}) {
  const { startServer } = await import(
    new URL('packages/server/dist/index.js', `file://${root}`).href
  );
  return startServer({
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    dataDir: options.dataDir ?? 'memory',
    databaseUrl: options.databaseUrl ?? process.env.DATABASE_URL,
    corsOrigins:
      options.corsOrigins ?? (process.env.CORS_ORIGINS ?? '*').split(',').filter(Boolean),
    staticDirs: {
      '/examples/': `${root}examples`,
      '/cdn/': `${root}packages/elements/dist/cdn`,
      ...options.staticDirs,
    },
    renderedPages: {
      '/examples/main-site/ssr.html': renderedExample('main-site/index.html'),
      ...options.renderedPages,
    },
    logger: process.env.LOG === '1',
    // The demo's data, on PostgreSQL (DATABASE_URL) too: the demo asks for it explicitly.
    seed: options.seed ?? {},
    ...(options.onCspReport ? { onCspReport: options.onCspReport } : {}),
  });
}
