// Starts the demo portal from the built packages: the reference server, the example pages
// (/examples/) and the CDN bundle (/cdn/), over a database seeded with the demo data (also a
// PostgreSQL one named by DATABASE_URL: the demo always asks for its data, which a production
// `portal-server` never writes unless started with --seed). Shared by `npm start` and the
// end-to-end tests.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @param {{ port?: number, host?: string, dataDir?: string, databaseUrl?: string,
 *   corsOrigins?: string[], staticDirs?: Record<string, string>,
 *   seed?: { documents?: number }, onCspReport?: (violation: object) => void }} options
 *   `staticDirs` adds URL prefixes to the example pages and the bundle; `onCspReport` sees each
 *   CSP violation the pages' browsers report (`POST /csp-reports`).
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
    logger: process.env.LOG === '1',
    // The demo's data, on PostgreSQL (DATABASE_URL) too: the demo asks for it explicitly.
    seed: options.seed ?? {},
    ...(options.onCspReport ? { onCspReport: options.onCspReport } : {}),
  });
}
