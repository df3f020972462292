// The JavaScript each example page actually downloads, in Chromium against the demo: every
// script response of the page (the loader or the bundle, their chunks, the page's own modules)
// once the network is idle, each body's brotli (quality 11) summed, and the number of files.
// The page on the single-file bundle (the overseas office) is the baseline line: the loader's
// pages are compared with what the whole kit costs.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium } from '../lib/chromium.mjs';
import { sizes } from './bytes.mjs';

/** The page that keeps the single-file bundle. */
const BASELINE = 'overseas-office/index.html';

/** Every example page, relative to examples/, sorted. */
function examplePages(dir = 'examples') {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** The script files `path` downloads: `{ files, brotli }`. */
async function measurePage(browser, origin, path) {
  const page = await browser.newPage();
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(
      response.body().then(
        (body) => sizes(body).brotli,
        () => 0,
      ),
    );
  });
  await page.goto(`${origin}/examples/${path}`, { waitUntil: 'networkidle' });
  const brotli = (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0);
  await page.close();
  return { files: bodies.length, brotli };
}

export async function benchPages(origin) {
  const browser = await launchChromium();
  try {
    const rows = [];
    for (const path of examplePages())
      rows.push({ path, ...(await measurePage(browser, origin, path)) });
    const baseline = rows.find((row) => row.path === BASELINE);
    console.log(
      '\nJavaScript each example page downloads (Chromium, brotli)   × = kB / bundle page kB',
    );
    console.log(
      `${'page'.padEnd(44)} ${'files'.padStart(6)} ${'br kB'.padStart(7)}  ${'×'.padStart(5)}`,
    );
    for (const row of [baseline, ...rows.filter((r) => r !== baseline)]) {
      const label = row === baseline ? `${row.path} (bundle, baseline)` : row.path;
      const ratio = baseline.brotli ? (row.brotli / baseline.brotli).toFixed(2) : '—';
      console.log(
        `${label.padEnd(44)} ${String(row.files).padStart(6)} ${(row.brotli / 1000).toFixed(1).padStart(7)}  ${ratio.padStart(5)}`,
      );
    }
  } finally {
    await browser.close();
  }
}
