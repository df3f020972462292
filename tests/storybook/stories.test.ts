/**
 * Every story of the built Storybook (storybook-static/, from `npm run build-storybook`) renders
 * in a real Chromium without a console error or page error, its play function (if any) passes,
 * and axe finds no violation in what it shows (shadow DOM included). Docs pages render quietly.
 * Every story is also rendered through one of the toolbar globals — Arabic (right to left), the
 * dark or the high-contrast theme —, a component's stories taking them in turn.
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
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
      'Cache-Control': 'public, max-age=3600',
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
  const state = {
    finished: false,
    failures: [] as string[],
    /** The globals the preview started with (`setGlobals`), and whether an update landed. */
    initialGlobals: {} as Record<string, unknown>,
    globalsUpdated: false,
  };
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
      value.on('setGlobals', (payload) => {
        state.initialGlobals = (payload as { globals: Record<string, unknown> }).globals;
      });
      value.on('globalsUpdated', () => {
        state.globalsUpdated = true;
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
/**
 * One browser context for every page, so the HTTP cache and V8's code cache are shared: the
 * preview's scripts are fetched and compiled once, not once per story. Each page starts with
 * empty storage (see `render`), so no story sees what another remembered.
 */
let context: BrowserContext;

beforeAll(async () => {
  let served: Awaited<ReturnType<typeof serveStatic>>;
  [served, browser] = await Promise.all([serveStatic(), launchChromium()]);
  ({ server, origin } = served);
  context = await browser.newContext();
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

type RenderState = {
  finished: boolean;
  failures: string[];
  initialGlobals: Record<string, unknown>;
  globalsUpdated: boolean;
};

/** Opens a page that reports its console errors, warnings, failed requests and render events. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
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
  return { page, errors };
}

/** Waits for the render started last to finish; returns its failures. */
async function finished(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => (window as unknown as { __portalStorybook: RenderState }).__portalStorybook.finished,
    undefined,
    { timeout: 30_000 },
  );
  return page.evaluate(
    () => (window as unknown as { __portalStorybook: RenderState }).__portalStorybook.failures,
  );
}

/** Opens one entry of the index in a page of its own and waits until it has fully rendered. */
async function renderFresh(
  entry: IndexEntry,
  globals: Record<string, string> = {},
): Promise<Rendered> {
  const { page, errors } = await openPage();
  const query = new URLSearchParams({ id: entry.id, viewMode: entry.type });
  const globalsParam = Object.entries(globals)
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
  if (globalsParam) query.set('globals', globalsParam);
  await page.goto(`${origin}/iframe.html?${query}`);
  errors.push(...(await finished(page)));
  await settleCustomElements(page);
  return { page, errors, close: () => page.close() };
}

/**
 * One preview page for every story, as Storybook's own test runner does: loading the preview
 * (its scripts, the index, the component modules) once instead of once per story is what keeps
 * this suite's time growing with the stories, not with the stories times the page load. Each
 * story is mounted afresh (`setCurrentStory`, or `forceRemount` for the story already shown), so
 * its play function runs as on a page of its own; storage and the document's `lang`/`dir` are
 * reset first, and the errors and render failures are collected per story. When the shared page
 * cannot show a story (a timeout, a crashed page), the story is rendered in a page of its own.
 */
class SharedPreview {
  #page: Page | undefined;
  #errors: string[] = [];
  #storyId: string | undefined;
  #globals = '';

  async show(entry: IndexEntry, globals: Record<string, string>): Promise<Rendered> {
    try {
      return await this.#show(entry, globals);
    } catch (error) {
      console.warn(`${entry.id}: shown in a page of its own (${String(error).slice(0, 200)})`);
      await this.#page?.close().catch(() => undefined);
      this.#page = undefined;
      return renderFresh(entry, globals);
    }
  }

  async #show(entry: IndexEntry, globals: Record<string, string>): Promise<Rendered> {
    const page = this.#page ?? (await this.#open(entry));
    const wanted = JSON.stringify(globals);
    if (wanted !== this.#globals) {
      // The story shown re-renders under the new globals (no play function runs then).
      await page.evaluate((variant) => {
        const s = (window as unknown as { __portalStorybook: RenderState }).__portalStorybook;
        s.globalsUpdated = false;
        const channel = (
          window as unknown as {
            __STORYBOOK_ADDONS_CHANNEL__: { emit(e: string, p: unknown): void };
          }
        ).__STORYBOOK_ADDONS_CHANNEL__;
        channel.emit('updateGlobals', { globals: { ...s.initialGlobals, ...variant } });
      }, globals);
      await page.waitForFunction(
        () =>
          (window as unknown as { __portalStorybook: RenderState }).__portalStorybook
            .globalsUpdated,
        undefined,
        {
          timeout: 10_000,
        },
      );
      this.#globals = wanted;
    }
    await settleCustomElements(page);
    // A clean slate for the story: nothing remembered, the document as the preview made it, no
    // error of an earlier story counted against it.
    this.#errors.length = 0;
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
      const s = (window as unknown as { __portalStorybook: RenderState }).__portalStorybook;
      s.finished = false;
      s.failures = [];
    });
    await page.evaluate(
      ({ storyId, remount, root }) => {
        for (const name of [...document.documentElement.getAttributeNames()]) {
          if (!(name in root)) document.documentElement.removeAttribute(name);
        }
        for (const [name, value] of Object.entries(root)) {
          document.documentElement.setAttribute(name, value);
        }
        const channel = (
          window as unknown as {
            __STORYBOOK_ADDONS_CHANNEL__: { emit(e: string, p: unknown): void };
          }
        ).__STORYBOOK_ADDONS_CHANNEL__;
        if (remount) channel.emit('forceRemount', { storyId });
        else channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      },
      { storyId: entry.id, remount: entry.id === this.#storyId, root: this.#root },
    );
    this.#storyId = entry.id;
    const failures = await finished(page);
    await settleCustomElements(page);
    const errors = [...failures, ...this.#errors];
    // The page stays open for the next story; a failed story closes nothing either.
    return { page, errors, close: async () => {} };
  }

  /** The `<html>` attributes the preview starts with, restored before each story. */
  #root: Record<string, string> = {};

  async #open(entry: IndexEntry): Promise<Page> {
    const { page, errors } = await openPage();
    await page.goto(
      `${origin}/iframe.html?${new URLSearchParams({ id: entry.id, viewMode: 'story' })}`,
    );
    await finished(page);
    await settleCustomElements(page);
    this.#root = await page.evaluate(() =>
      Object.fromEntries(
        document.documentElement
          .getAttributeNames()
          .map((name) => [name, document.documentElement.getAttribute(name) ?? '']),
      ),
    );
    this.#page = page;
    this.#errors = errors;
    this.#storyId = entry.id;
    this.#globals = JSON.stringify({});
    return page;
  }

  async close(): Promise<void> {
    await this.#page?.close().catch(() => undefined);
  }
}

const preview = new SharedPreview();
afterAll(() => preview.close());

/** Shows a story (in the shared preview) or a docs page (in a page of its own). */
function render(entry: IndexEntry, globals: Record<string, string> = {}): Promise<Rendered> {
  return entry.type === 'story' ? preview.show(entry, globals) : renderFresh(entry, globals);
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

/**
 * The toolbar variants — Arabic (right to left), the dark theme, the high-contrast theme — taken
 * in turn by a component's stories: each story renders once as written and once in one variant
 * (a story already in Arabic takes a theme instead). A component's states are shown in several
 * stories (one per language, or side by side), so each state meets the variants while the suite
 * grows with the stories, not three times as fast.
 */
const VARIANTS = [
  { name: 'Arabic, right to left', globals: { locale: 'ar', direction: 'auto' } },
  { name: 'dark theme', globals: { theme: 'dark' } },
  { name: 'high-contrast theme', globals: { theme: 'high-contrast' } },
] as const;

const turns = (() => {
  const seen = new Map<string, number>();
  return stories.map((story) => {
    const n = seen.get(story.title) ?? 0;
    seen.set(story.title, n + 1);
    const turn = n % VARIANTS.length;
    return turn === 0 && story.id.includes('arabic') ? 1 + (n % 2) : turn;
  });
})();

const variants = VARIANTS.map((variant, index) => ({
  ...variant,
  globals: variant.globals as Record<string, string>,
  stories: stories.filter((_, i) => turns[i] === index),
}));

describe.each(variants)('every story in the $name', ({ globals, stories }) => {
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
