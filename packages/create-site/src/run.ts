/**
 * The command: reads the command line, asks what is missing on a terminal, builds the site
 * record and checks it by the naming conventions, and writes the site — or refuses, saying
 * why, and writes nothing. Exit codes: 0 written, 1 invalid site, folder or file, 2 usage,
 * 130 cancelled with Ctrl-C at a question.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { validateSite, type Site } from '@portal-kit/sdk';
import { parseCommandLine, USAGE, UsageError, type CliOptions } from './args.js';
import type { PageSources } from './page.js';
import { askMissing } from './prompt.js';
import { checkSite, formatViolations, missingAnswers } from './record.js';
import { siteFiles } from './site-files.js';
import { parsePageStrings, type PageStrings } from './strings.js';
import { checkTarget, writeSiteFiles, WriteError } from './write.js';

/** The Portal API origin when `--api` is not given. */
export const DEFAULT_API = 'http://127.0.0.1:4173';

/** The streams and place the command runs with (the process's, or a test's). */
export interface RunContext {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The folder relative paths start from. */
  cwd: string;
}

/** Invalid input (a site that breaks the rules, a bad URL, a folder in the way): exit 1. */
class InputError extends Error {
  override name = 'InputError';
}

/** An http(s) URL from a flag, without a trailing slash for an origin; else an InputError. */
function httpUrl(flag: string, text: string, origin: boolean): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`--${flag} must be an absolute http(s) URL, not ${JSON.stringify(text)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`--${flag} must be an http(s) URL, not ${url.protocol} (${text}).`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new InputError(`--${flag} must not carry a user name or password.`);
  }
  if (origin) {
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
      throw new InputError(
        `--${flag} is the Portal API's origin (scheme, host, port), e.g. ${DEFAULT_API}; not ${JSON.stringify(text)}.`,
      );
    }
    return url.origin;
  }
  return url.href;
}

/** The API origin and CDN bundle URL of the options (defaults: {@link DEFAULT_API}). */
export function pageSources(options: Pick<CliOptions, 'api' | 'cdn'>): PageSources {
  const api = httpUrl('api', options.api ?? DEFAULT_API, true);
  const cdn = httpUrl('cdn', options.cdn ?? `${api}/cdn/portal-kit.js`, false);
  return { api, cdn };
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${path} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * `--pages`: rewrites the pages of the site in `dir` from its `site.json` and
 * `strings/<lang>.json` (after the unit translated or edited them). Touches nothing else.
 */
async function rewritePages(options: CliOptions, dir: string): Promise<Site> {
  const site = await readJson(join(dir, 'site.json'));
  const violations = validateSite(site);
  if (violations.length > 0) {
    throw new InputError(
      `${join(dir, 'site.json')} breaks ${violations.length} naming rule(s):\n${formatViolations(violations)}`,
    );
  }
  const valid = site as Site;
  const pkg = (await readJson(join(dir, 'package.json')).catch(() => ({}))) as {
    portalKit?: { api?: unknown; cdn?: unknown };
  };
  const saved = pkg.portalKit ?? {};
  const sources = pageSources({
    api: options.api ?? (typeof saved.api === 'string' ? saved.api : undefined),
    cdn: options.cdn ?? (typeof saved.cdn === 'string' ? saved.cdn : undefined),
  });
  const strings: Record<string, PageStrings> = {};
  for (const lang of valid.languages) {
    const file = join(dir, 'strings', `${lang}.json`);
    try {
      strings[lang] = parsePageStrings(await readJson(file), file);
    } catch (error) {
      throw new InputError((error as Error).message);
    }
  }
  const all = siteFiles(valid, sources, strings);
  const pages = new Map([...all].filter(([path]) => path.endsWith('index.html')));
  await writeSiteFiles(dir, pages);
  return valid;
}

/** Runs the command with `argv` (without `node` and the script); resolves to its exit code. */
export async function run(argv: readonly string[], context: RunContext): Promise<number> {
  const out = (text: string) => context.stdout.write(`${text}\n`);
  const err = (text: string) => context.stderr.write(`${text}\n`);
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`create-site: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    out(USAGE);
    return 0;
  }
  try {
    if (options.pages) {
      const dir = resolve(context.cwd, options.dir ?? '.');
      const site = await rewritePages(options, dir);
      out(`Rewrote the pages of ${site.id} (${site.languages.join(', ')}) in ${dir}.`);
      return 0;
    }
    const sources = pageSources(options);
    if (!options.yes && context.stdin.isTTY === true) {
      const outcome = await askMissing(options, { input: context.stdin, output: context.stdout });
      if (outcome === 'interrupted') {
        err('create-site: cancelled; nothing was written.');
        return 130;
      }
    }
    const missing = missingAnswers(options);
    if (missing.length > 0) {
      err(
        `create-site: missing ${missing.map((m) => `${m.flag} (${m.label})`).join(', ')}.\n` +
          `Give them as flags${options.yes ? ' (--yes asks nothing)' : ', or run on a terminal to be asked'}; see --help.`,
      );
      return 2;
    }
    const check = checkSite(options);
    if (!check.ok) {
      err(
        `create-site: the site breaks ${check.violations.length} naming rule(s); nothing was written.\n` +
          formatViolations(check.violations),
      );
      return 1;
    }
    const dir = resolve(context.cwd, options.dir ?? check.site.id);
    await checkTarget(dir, options.force);
    const files = siteFiles(check.site, sources);
    await writeSiteFiles(dir, files);
    const rel = relative(context.cwd, dir);
    const shown = rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
    out(`Created ${check.site.id} (${check.site.kind}, ${check.site.domain}) in ${dir}:`);
    for (const path of files.keys()) out(`  ${path}`);
    out(`\nNext:\n  cd ${shown}\n  npm start`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof WriteError) {
      err(`create-site: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
