#!/usr/bin/env node
// `npm run bench`: the bundle, request and speed budgets, measured. Every figure is printed beside a baseline
// measured in the same run — never against a number from elsewhere:
//   bytes       each entry point bundled alone, the CDN bundle (vs Lit and i18next alone);
//   browser     render time of a 200-item feed vs the same DOM by hand, a one-row update at
//               2,000 rows, request counts for identical widgets and a repeat view (Chromium);
//   pages       the JavaScript each example page downloads in Chromium (brotli bytes, files), the
//               single-file bundle's page as the baseline;
//   server      requests per second vs a bare node:http server sending the same bytes;
//   parse       parseFileNumber() inputs per second vs a normalize-and-match baseline;
//   lighthouse  Lighthouse 12.2.3 scores of every example page (performance, accessibility,
//               best practices, SEO) beside the thresholds the test holds them to (~1 minute);
//   documents   lookup, two-character search and a filtered list with facets at 2,623 and
//               100,000 documents on PGlite and PostgreSQL vs a sequential-scan baseline
//               (minutes: it seeds 100,000 documents twice; only when named).
//   messages    16 clients submit 1,000 messages through a fault-injecting proxy while the server
//               is killed and restarted, on PGlite and PostgreSQL: messages per second vs plain
//               INSERTs, and 0 lost / 0 duplicated (about a minute; only when named).
//   topology    a mix of GETs through nginx (cache) in front of two server processes over a
//               PostgreSQL primary and streaming replica, vs the two servers without nginx and
//               one server process alone: requests/s, p50, p99 (only when named).
// `npm run bench -- bytes server` runs only the named parts.
import { existsSync } from 'node:fs';
import { benchBrowser } from './bench/browser.mjs';
import { benchBytes } from './bench/bytes.mjs';
import { benchDocuments } from './bench/documents.mjs';
import { benchLighthouse } from './bench/lighthouse.mjs';
import { benchMessages } from './bench/messages.mjs';
import { benchPages } from './bench/pages.mjs';
import { benchParse } from './bench/parse.mjs';
import { benchServer } from './bench/server.mjs';
import { benchTopology } from './bench/topology.mjs';
import { run } from './lib/proc.mjs';
import { ensureChromium, ensureDependencies } from './lib/setup.mjs';

const parts = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const wants = (name) => parts.length === 0 || parts.includes(name);

await ensureDependencies();
if (!existsSync('packages/server/dist/index.js') || !existsSync('packages/elements/dist/cdn')) {
  console.log('› Building the packages first…');
  await run('node', ['scripts/build.mjs']);
}

if (wants('bytes')) await benchBytes();
if (wants('browser') || wants('pages')) {
  process.env.CHROME_PATH = await ensureChromium();
  const { startDemo } = await import('./lib/demo.mjs');
  const demo = await startDemo({ port: 0 });
  try {
    if (wants('browser')) await benchBrowser(demo.url);
    if (wants('pages')) await benchPages(demo.url);
  } finally {
    await demo.close();
  }
}
if (wants('server')) await benchServer();
if (wants('parse')) await benchParse();
if (wants('lighthouse')) {
  process.env.CHROME_PATH = await ensureChromium();
  const { startDemo } = await import('./lib/demo.mjs');
  const demo = await startDemo({ port: 0 });
  try {
    await benchLighthouse(demo.url);
  } finally {
    await demo.close();
  }
}
if (parts.includes('documents')) await benchDocuments();
if (parts.includes('messages')) await benchMessages();
if (parts.includes('topology')) await benchTopology();
