#!/usr/bin/env node
// `npm start`: the demo portal on localhost — the reference server over an embedded PGlite
// database (seeded on first start; a DATABASE_URL database too: the demo asks for its data),
// the example pages and the <script> bundle.
//   PORT=4173 HOST=127.0.0.1 DATA_DIR=.data/pglite DATABASE_URL=postgres://… npm start
//   npm start -- --no-build   (reuse the last build)
//   npm start -- --documents 100000   (an empty database is seeded with that many documents;
//                                      SEED_DOCUMENTS does the same)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './lib/proc.mjs';
import { ensureDependencies } from './lib/setup.mjs';

await ensureDependencies();
if (!process.argv.includes('--no-build')) {
  console.log('› Building the packages…');
  await run('node', ['scripts/build.mjs']);
}

/** `--documents N` or SEED_DOCUMENTS: how many documents an empty database is seeded with. */
function seedDocuments() {
  const at = process.argv.indexOf('--documents');
  const text = at >= 0 ? process.argv[at + 1] : process.env.SEED_DOCUMENTS;
  if (text === undefined || text === '') return undefined;
  if (!/^\d+$/.test(text)) {
    console.error(
      `--documents (or SEED_DOCUMENTS) must be a whole number, got ${JSON.stringify(text)}`,
    );
    process.exit(2);
  }
  return Number(text);
}
const documents = seedDocuments();

/**
 * Staff tokens for trying the inbox: one for the main site's office (it forwards), one for a
 * department (it replies). Made afresh at each start; the previous demo tokens are revoked.
 */
async function demoStaffTokens(db) {
  const server = await import(pathToFileURL(resolve('packages/server/dist/index.js')).href);
  for (const token of await server.listStaffTokens(db)) {
    if (token.label.startsWith('Demo: ') && token.revokedAt === null) {
      await server.revokeStaffToken(db, token.id);
    }
  }
  const make = async (site, label) =>
    (await server.createStaffToken(db, { sites: [site], label: `Demo: ${label}` })).token;
  return { main: await make('main', 'main site office'), wms: await make('wms', 'wms department') };
}

const { startDemo } = await import(pathToFileURL(resolve('scripts/lib/demo.mjs')).href);
const demo = await startDemo({
  port: Number(process.env.PORT ?? 4173),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: process.env.DATA_DIR ?? '.data/pglite',
  ...(documents === undefined ? {} : { seed: { documents } }),
});
const staff = await demoStaffTokens(demo.db);
console.log(`
  Portal Kit demo portal is running at ${demo.url}/

    Examples        ${demo.url}/examples/
    Local window    ${demo.url}/examples/local-window/
    Main site       ${demo.url}/examples/main-site/
    Main site (SSR) ${demo.url}/examples/main-site/ssr.html   (?lang=en, ?lang=ar)
    Messages        ${demo.url}/examples/main-site/messages.html
    Staff inbox     ${demo.url}/examples/main-site/staff.html
                    demo tokens, new at each start (make real ones with
                    \`npm run portal -- staff create --site <id>\`):
                      main site office  ${staff.main}
                      wms department    ${staff.wms}
    Portal API      ${demo.url}/api/v1/news   (OpenAPI: ${demo.url}/openapi.json)
    Bundle          ${demo.url}/cdn/portal-kit.js

  Press Ctrl+C to stop.`);
const stop = async () => {
  await demo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
