/**
 * Every story of the built Storybook (storybook-static/, from `npm run build-storybook`) renders
 * in a real Chromium without a console error or page error, its play function (if any) passes,
 * and axe finds no violation in what it shows (shadow DOM included). Docs pages render quietly.
 * Every story is also rendered through the toolbar globals: in Arabic (right to left) and in
 * the dark and high-contrast themes.
 *
 * The list of tests comes from storybook-static/index.json, read when this file is collected,
 * so a new story is tested without touching this file.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from '../support/chromium.js';

const staticDir = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const indexPath = join(staticDir, 'index.json');

if (!existsSync(indexPath)) {
  throw new Error(
    `${indexPath} not found: build Storybook first with \`npm run build-storybook\`, ` +
      'then run these tests again.',
  );
}

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  tags?: string[];
}

const index = JSON.parse(readFileSync(indexPath, 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves storybook-static/ read-only on a loopback port. */
function serveStatic(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(staticDir, path));
    if (!file.startsWith(staticDir)) {
      response.writeHead(403).end();
      return;
    }
    if (file.endsWith(sep)) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/**
 * Records the preview's render events on `window.__portalStorybook` (the channel is trapped as
 * Storybook creates it, before any story renders).
 */
function recordRenderEvents(): void {
  type Channel = { on(event: string, listener: (...args: unknown[]) => void): void };
  const state = { finished: false, failures: [] as string[] };
  Object.assign(window, { __portalStorybook: state });
  let channel: Channel | undefined;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: Channel) {
      channel = value;
      const fail = (event: string) => (payload: unknown) => {
        const detail =
          payload && typeof payload === 'object' && 'message' in payload
            ? String((payload as { message: unknown }).message)
            : JSON.stringify(payload);
        state.failures.push(`${event}: ${detail}`);
        state.finished = true;
      };
      for (const event of [
        'storyErrored',
        'storyThrewException',
        'storyMissing',
        'playFunctionThrewException',
        'unhandledErrorsWhilePlaying',
        'configError',
      ]) {
        value.on(event, fail(event));
      }
      value.on('storyFinished', (payload) => {
        const { status } = payload as { status: string };
        if (status !== 'success') state.failures.push(`storyFinished: status ${status}`);
        state.finished = true;
      });
      value.on('docsRendered', () => {
        state.finished = true;
      });
    },
  });
}

/** Waits until every custom element on the page (shadow roots included) is defined and updated. */
async function settleCustomElements(page: Page): Promise<void> {
  await page.evaluate(async () => {
    type Updating = Element & { updateComplete?: Promise<boolean> };
    const collect = (root: ParentNode, found: Updating[] = []): Updating[] => {
      for (const element of root.querySelectorAll<Updating>('*')) {
        if (element.localName.includes('-')) found.push(element);
        if (element.shadowRoot) collect(element.shadowRoot, found);
      }
      return found;
    };
    for (let round = 0; round < 20; round += 1) {
      const elements = collect(document);
      await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
      const settled = await Promise.all(elements.map((element) => element.updateComplete ?? true));
      await new Promise(requestAnimationFrame);
      if (settled.every(Boolean) && collect(document).length === elements.length) return;
    }
  });
}

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** axe-core's violations within `selector` (shadow DOM included). */
async function axeViolations(page: Page, selector: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axe.source });
  }
  return page.evaluate(async (context) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(context, {
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
    }));
  }, selector);
}

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  let served: Awaited<ReturnType<typeof serveStatic>>;
  [served, browser] = await Promise.all([serveStatic(), launchChromium()]);
  ({ server, origin } = served);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Rendered {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** Opens one entry of the index in the preview iframe and waits until it has fully rendered. */
async function render(entry: IndexEntry, globals: Record<string, string> = {}): Promise<Rendered> {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  page.on('console', (message) => {
    if (message.type() === 'warning') errors.push(`console warning: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  await page.addInitScript(recordRenderEvents);
  const query = new URLSearchParams({ id: entry.id, viewMode: entry.type });
  const globalsParam = Object.entries(globals)
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
  if (globalsParam) query.set('globals', globalsParam);
  await page.goto(`${origin}/iframe.html?${query}`);
  await page.waitForFunction(
    () =>
      (window as unknown as { __portalStorybook: { finished: boolean } }).__portalStorybook
        .finished,
    undefined,
    { timeout: 30_000 },
  );
  const failures = await page.evaluate(
    () =>
      (window as unknown as { __portalStorybook: { failures: string[] } }).__portalStorybook
        .failures,
  );
  errors.push(...failures);
  await settleCustomElements(page);
  return { page, errors, close: () => page.close() };
}

describe('Storybook index', () => {
  it('has stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });
});

describe('every story renders quietly and passes axe', () => {
  for (const story of stories) {
    it(`${story.title} › ${story.name}`, async () => {
      const { page, errors, close } = await render(story);
      try {
        const root = page.locator('#storybook-root');
        expect(await root.evaluate((element) => element.childElementCount)).toBeGreaterThan(0);
        expect(errors).toEqual([]);
        expect(await axeViolations(page, '#storybook-root')).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

const variants: { name: string; globals: Record<string, string> }[] = [
  { name: 'Arabic, right to left', globals: { locale: 'ar', direction: 'auto' } },
  { name: 'dark theme', globals: { theme: 'dark' } },
  { name: 'high-contrast theme', globals: { theme: 'high-contrast' } },
];

describe.each(variants)('every story in the $name', ({ globals }) => {
  for (const story of stories) {
    it(`${story.title} › ${story.name}`, async () => {
      const { page, errors, close } = await render(story, globals);
      try {
        const root = page.locator('#storybook-root');
        expect(await root.evaluate((element) => element.childElementCount)).toBeGreaterThan(0);
        if (globals.locale) {
          // The story root carries the toolbar's language; the components inherit it.
          const storyRoot = page.locator('.portal-story-root');
          expect(await storyRoot.getAttribute('lang')).toBe(globals.locale);
          expect(await storyRoot.getAttribute('dir')).toBe('rtl');
        }
        expect(errors).toEqual([]);
        expect(await axeViolations(page, '#storybook-root')).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe('every docs page renders quietly', () => {
  for (const entry of docs) {
    it(`${entry.title} › ${entry.name}`, async () => {
      const { page, errors, close } = await render(entry);
      try {
        const docsRoot = page.locator('#storybook-docs');
        expect(
          await docsRoot.evaluate((element) => element.textContent?.trim().length ?? 0),
        ).toBeGreaterThan(0);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
