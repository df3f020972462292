/**
 * The framework examples (examples/react, examples/vue, examples/angular) as a stranger builds
 * them: the packages are packed once and installed from their tarballs into one project outside
 * the workspace, beside the three frameworks; each app is type-checked (its tags typed only by
 * what the packages ship: `@portal-kit/elements/react`, `/vue`, and the elements' DOM event
 * maps for Angular), and a copy with a wrong property or event detail must FAIL the check; then it
 * is built (Vite; Angular compiled ahead of time by `ngc`), served on its own loopback origin and
 * run in Chromium against the demo server on another, and under a strict CSP with Trusted Types.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTarballs, packWorkspaces } from '../../scripts/lib/pack.mjs';
import { axeViolations, collectPageErrors, launchChromium } from '../support/chromium.js';
import { startDemo, type Demo } from '../support/demo.js';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const apps = ['react', 'vue', 'angular'] as const;
type App = (typeof apps)[number];

/** Each app's type check (the project's own binaries), and a file that must fail it. */
const checks: Record<
  App,
  { command: string[]; wrongFile: string; wrong: string; errors: RegExp[] }
> = {
  react: {
    command: ['tsc', '-p', 'tsconfig.json', '--noEmit'],
    wrongFile: 'src/wrong.tsx',
    wrong: `export const wrong = (
  <>
    <portal-news-feed pageSize={'x'} />
    <portal-news-feed onportal-load={(event) => event.detail.page.total} />
    <portal-language-switcher onportal-language-change={(event) => event.detail.language} />
  </>
);
`,
    errors: [
      /wrong\.tsx\(3,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/,
      /wrong\.tsx\(4,\d+\): error TS2339: Property 'total' does not exist/,
      /wrong\.tsx\(5,\d+\): error TS2339: Property 'language' does not exist on type 'LanguageChangeDetail'/,
    ],
  },
  vue: {
    command: ['vue-tsc', '-p', 'tsconfig.json', '--noEmit'],
    wrongFile: 'src/Wrong.vue',
    wrong: `<script setup lang="ts">
import { ref } from 'vue';

const seen = ref<unknown>(null);
</script>

<template>
  <portal-news-feed :page-size="'x'" />
  <portal-news-feed @portal-load="seen = $event.detail.page.total" />
  <portal-language-switcher @portal-language-change="seen = $event.detail.language" />
</template>
`,
    errors: [
      /Wrong\.vue\(8,\d+\): error TS2322: Type '"x"' is not assignable/,
      /Wrong\.vue\(9,\d+\): error TS2339: Property 'total' does not exist/,
      /Wrong\.vue\(10,\d+\): error TS2339: Property 'language' does not exist on type 'LanguageChangeDetail'/,
    ],
  },
  angular: {
    // Angular checks no property of a custom element (CUSTOM_ELEMENTS_SCHEMA); its strict
    // templates type `$event` by the DOM event map the `define` modules extend.
    command: ['ngc', '-p', 'tsconfig.wrong.json'],
    wrongFile: 'src/wrong.ts',
    wrong: `import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import '@portal-kit/elements/language-switcher/define';

@Component({
  selector: 'app-wrong',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`<portal-language-switcher
    (portal-language-change)="seen.set($event.detail.language)"
  ></portal-language-switcher>\`,
})
export class Wrong {
  readonly seen = signal<unknown>(null);
}
`,
    errors: [/Property 'language' does not exist on type 'LanguageChangeDetail'/],
  },
};

let work: string;
let project: string;
let demo: Demo;
let browser: Browser;
const served = new Map<App, { server: Server; origin: string }>();
const timings: string[] = [];

/** Runs one of the project's binaries; resolves with its exit code and output. */
async function run(
  cwd: string,
  [bin, ...args]: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await exec(join(project, 'node_modules/.bin', bin!), args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/**
 * The strict policy an app is served with, as the demo's example pages are: no inline script or
 * style, no eval, Trusted Types enforced with only the policies Lit, Vue and Angular create.
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  'connect-src http://127.0.0.1:*',
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html vue angular',
].join('; ');

/** Serves a built app read-only on a loopback port, under {@link STRICT_CSP}. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': STRICT_CSP,
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

/** Measures a step, for the timings the file prints at its end. */
async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await step();
  } finally {
    timings.push(`${label} ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'frameworks-'));
  project = join(work, 'project');
  const packed = (await timed('pack', () => packWorkspaces(join(work, 'packs')))) as Record<
    string,
    { tarball: string }
  >;
  // The framework versions the workspace pins (npm ci put them in npm's cache).
  const pins = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    }
  ).devDependencies;
  const pick = (names: string[]) => Object.fromEntries(names.map((name) => [name, pins[name]!]));
  const installed = timed('install', () =>
    installTarballs(
      project,
      ['@portal-kit/sdk', '@portal-kit/i18n', '@portal-kit/elements'].map(
        (name) => packed[name]!.tarball,
      ),
      {
        dependencies: pick([
          'react',
          'react-dom',
          'vue',
          '@angular/common',
          '@angular/compiler',
          '@angular/core',
          '@angular/platform-browser',
          'rxjs',
        ]),
        devDependencies: pick([
          '@angular/compiler-cli',
          '@types/react',
          '@types/react-dom',
          '@vitejs/plugin-vue',
          'typescript',
          'vite',
          'vue-tsc',
        ]),
      },
    ),
  );
  for (const app of apps) {
    const source = join(root, 'examples', app);
    const target = join(project, app);
    for (const entry of ['src', 'index.html', 'tsconfig.json', 'vite.config.ts']) {
      cpSync(join(source, entry), join(target, entry), { recursive: true });
    }
    served.set(app, await serve(`${join(target, 'dist')}/`));
  }
  const origins = [...served.values()].map((s) => s.origin);
  [demo, browser] = await Promise.all([
    startDemo({ corsOrigins: origins }),
    launchChromium(),
    installed,
  ]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  for (const { server } of served.values()) await new Promise((done) => server.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
  console.log(`frameworks: ${timings.join(', ')}`);
});

describe.each(apps)('the %s example', (app) => {
  it('type-checks with the shipped types, and a wrong property or event detail fails', async () => {
    const dir = join(project, app);
    const wrong = join(project, `${app}-wrong`);
    cpSync(dir, wrong, { recursive: true });
    writeFileSync(join(wrong, checks[app].wrongFile), checks[app].wrong);
    if (app === 'angular') {
      const config = JSON.parse(readFileSync(join(wrong, 'tsconfig.json'), 'utf8')) as {
        files: string[];
      };
      config.files.push(checks[app].wrongFile);
      writeFileSync(join(wrong, 'tsconfig.wrong.json'), JSON.stringify(config));
    }
    const [ok, failed] = await timed(`${app} type checks`, () =>
      Promise.all([
        // Angular's check is its ahead-of-time compile, which the build then bundles.
        run(dir, app === 'angular' ? ['ngc', '-p', 'tsconfig.json'] : checks[app].command),
        run(wrong, checks[app].command),
      ]),
    );
    expect(ok.output).toBe('');
    expect(ok.code).toBe(0);
    expect(failed.code).not.toBe(0);
    for (const error of checks[app].errors) expect(failed.output).toMatch(error);
  });

  it('builds, and in Chromium: items from the server, properties, events, the language switch', async () => {
    const dir = join(project, app);
    const built = await timed(`${app} build`, () =>
      run(dir, ['vite', 'build', '--logLevel', 'error'], { VITE_PORTAL_API_BASE: demo.url }),
    );
    expect(built.output).toBe('');
    expect(built.code).toBe(0);

    const page = await browser.newPage({ bypassCSP: true });
    const errors = collectPageErrors(page);
    try {
      await page.goto(served.get(app)!.origin);
      // The news-load event reached the app's handler (it shows the count), and the policy
      // list's event carried its documents' total.
      await page.waitForFunction(
        () =>
          document.querySelector('#news-count')?.textContent === '5' &&
          /^\d+$/.test(document.querySelector('#documents-total')?.textContent ?? ''),
        undefined,
        { timeout: 20_000 },
      );
      const read = () =>
        page.evaluate(() => {
          type Feed = HTMLElement & { site: string[]; pageSize: number };
          type List = HTMLElement & { pageSize: number; noUrlState: boolean };
          const feed = document.querySelector<Feed>('portal-news-feed')!;
          const list = document.querySelector<List>('portal-policy-list')!;
          const texts = (host: Element, selector: string) =>
            [...host.shadowRoot!.querySelectorAll(selector)].map((e) => e.textContent!.trim());
          return {
            lang: document.documentElement.lang,
            shown: document.querySelector('#language')!.textContent,
            site: feed.site,
            feedPageSize: feed.pageSize,
            heading: texts(feed, '[part~="heading"]')[0],
            titles: texts(feed, '[part~="title"]'),
            listPageSize: list.pageSize,
            noUrlState: list.noUrlState,
            documents: list.shadowRoot!.querySelectorAll('[part~="item"]').length,
            total: Number(document.querySelector('#documents-total')!.textContent),
          };
        });
      const news = async (lang: string) => {
        const response = await fetch(
          `${demo.url}/api/v1/news?column=updates&lang=${lang}&limit=5&site=guangdong,wms`,
        );
        return ((await response.json()) as { items: { title: string }[] }).items.map(
          (item) => item.title,
        );
      };

      const before = await read();
      expect(before.site).toEqual(['wms', 'guangdong']); // an array property
      expect(before.feedPageSize).toBe(5); // an attribute (`page-size="5"`), read as a number
      expect(before.listPageSize).toBe(5); // a number property
      expect(before.noUrlState).toBe(true); // a boolean attribute
      expect(before.titles).toEqual(await news('en'));
      expect(before.documents).toBe(Math.min(5, before.total));
      expect(before.total).toBeGreaterThan(0);
      expect(before.shown).toBe('en');
      expect(await axeViolations(page)).toEqual([]);

      // The reader picks French: the app hears the event, the page's language changes and the
      // components load and show their content again in French.
      await page.evaluate(() =>
        document
          .querySelector<HTMLElement & { select(lang: string): boolean }>(
            'portal-language-switcher',
          )!
          .select('fr'),
      );
      const french = await news('fr');
      await page.waitForFunction(
        (titles) => {
          const feed = document.querySelector('portal-news-feed')!;
          const shown = [...feed.shadowRoot!.querySelectorAll('[part~="title"]')].map((e) =>
            e.textContent!.trim(),
          );
          return JSON.stringify(shown) === JSON.stringify(titles);
        },
        french,
        { timeout: 20_000 },
      );
      const after = await read();
      expect(after.lang).toBe('fr');
      expect(after.shown).toBe('fr');
      expect(after.heading).not.toBe(before.heading);
      expect(french).not.toEqual(await news('en'));
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('runs under its strict CSP with Trusted Types enforced, with no violation', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      );
    });
    try {
      await page.goto(served.get(app)!.origin);
      await page.waitForFunction(() => document.querySelector('#news-count')?.textContent === '5');
      const violations = () =>
        page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      // The policy is enforced: a string sent to an HTML sink is refused and reported.
      const refused = await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
          return false;
        } catch {
          return true;
        }
      });
      expect(refused).toBe(true);
      await expect.poll(violations).toEqual([expect.stringContaining('require-trusted-types-for')]);
    } finally {
      await page.close();
    }
  });
});
