/**
 * The command end to end in Node: what it writes, what it refuses (and that it then writes
 * nothing), its questions on a terminal, `--pages`, and its exit codes as a real process.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { validateSite } from '@portal-kit/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type RunContext } from '../src/run.js';
import { SITE_CASES } from './sites.js';

const temp = mkdtempSync(join(tmpdir(), 'create-site-run-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let count = 0;
const freshDir = () => join(temp, `site-${++count}`);

/** A writable that keeps what is written. */
function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

/** Runs the command without a terminal; resolves to its exit code and output. */
async function runQuiet(argv: string[], tty = false) {
  const stdout = sink();
  const stderr = sink();
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  const context: RunContext = { stdin, stdout, stderr, cwd: temp };
  const code = await run(argv, context);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const wms = SITE_CASES.find((c) => c.id === 'wms')!.argv;

describe('run', () => {
  it.each(SITE_CASES.map((c) => [c.kind, c] as const))(
    'writes a %s site whose record passes validateSite',
    async (_kind, { argv, languages }) => {
      const dir = freshDir();
      const result = await runQuiet([...argv, '--yes', '--dir', dir]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const site: unknown = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8'));
      expect(validateSite(site)).toEqual([]);
      for (const lang of languages) {
        const page = readFileSync(join(dir, lang, 'index.html'), 'utf8');
        expect(page).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
        expect(page).toContain('<main id="main"');
        expect(
          JSON.parse(readFileSync(join(dir, 'strings', `${lang}.json`), 'utf8')),
        ).toHaveProperty('title');
      }
      for (const file of ['index.html', 'serve.mjs', 'site.js', 'site.css', 'README.md']) {
        expect(existsSync(join(dir, file)), file).toBe(true);
      }
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      };
      expect(pkg.scripts.start).toBe('node serve.mjs');
    },
  );

  it('refuses a site that breaks the rules with every violation, and writes nothing', async () => {
    const dir = freshDir();
    const result = await runQuiet([
      ...wms,
      '--name-zh',
      '商务部对外贸易司',
      '--site-code',
      'BM1',
      '--domain',
      'wms.example.org',
      '--yes',
      '--dir',
      dir,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the site breaks 3 naming rule(s); nothing was written.');
    expect(result.stderr).toContain('  names.zh-CN: names.zh-CN "商务部对外贸易司" must be');
    expect(result.stderr).toContain('  siteCode: siteCode "BM1" must be 10 characters');
    expect(result.stderr).toContain(
      '  domain: domain "wms.example.org" must be "<id>.mofcom.gov.cn"',
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a folder that is not empty unless --force, and keeps its other files', async () => {
    const dir = freshDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const refused = await runQuiet([...wms, '--yes', '--dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty \(1 entries\).*--force/);
    expect(existsSync(join(dir, 'site.json'))).toBe(false);

    const forced = await runQuiet([...wms, '--yes', '--force', '--dir', dir]);
    expect(forced.code).toBe(0);
    expect(existsSync(join(dir, 'site.json'))).toBe(true);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('says which path it cannot write', async () => {
    const file = join(temp, 'a-file');
    writeFileSync(file, '');
    const onFile = await runQuiet([...wms, '--yes', '--dir', file]);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toContain(`${file} is a file, not a folder.`);
    const under = await runQuiet([...wms, '--yes', '--dir', join(file, 'wms')]);
    expect(under.code).toBe(1);
    expect(under.stderr).toMatch(
      /create-site: Cannot (use|write) .*a-file.*a part of the path is a file/,
    );
  });

  it('with --yes, names every missing answer and exits 2', async () => {
    const result = await runQuiet(['--kind', 'overseas', '--id', 'fr', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing --name-zh');
    expect(result.stderr).toContain('--site-code');
    expect(result.stderr).toContain('--phone, --email or --address (contact)');
  });

  it('without a terminal, asks nothing: missing answers are an error too', async () => {
    const result = await runQuiet(['--kind', 'department']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('run on a terminal to be asked');
  });

  it.each([
    [['--api', 'ftp://portal.example'], /--api must be an http\(s\) URL/],
    [['--api', 'http://portal.example/api'], /--api is the Portal API's origin/],
    [['--api', 'not a url'], /--api must be an absolute http\(s\) URL/],
    [['--cdn', 'javascript:alert(1)'], /--cdn must be an http\(s\) URL/],
  ])('refuses %j with exit 1', async (extra, message) => {
    const result = await runQuiet([...wms, ...extra, '--yes', '--dir', freshDir()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 on a usage error and prints the usage; --help prints it and exits 0', async () => {
    const bad = await runQuiet(['--kind']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: npm create @portal-kit/site');
    const help = await runQuiet(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 written, 1 invalid');
  });

  it('asks for what is missing on a terminal, re-asking an unknown kind', async () => {
    const dir = freshDir();
    const answers = [
      'ministry', // not a kind: asked again
      'department',
      '', // languages: the default
      'wms',
      '对外贸易司',
      'Department of Foreign Trade',
      'bm30990101',
    ];
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = sink();
    const stderr = sink();
    // Answer each question once it is asked (readline drops lines typed before a question).
    let asked = 0;
    const originalWrite = stdout.write.bind(stdout);
    stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = chunk.toString();
      if (/: $/.test(text) && asked < answers.length) {
        const answer = answers[asked++]!;
        setImmediate(() => stdin.write(`${answer}\n`));
      }
      return (originalWrite as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stdout.write;
    const code = await run(['--dir', dir], { stdin, stdout, stderr, cwd: temp });
    expect(stderr.text()).toBe('');
    expect(code).toBe(0);
    expect(asked).toBe(answers.length);
    expect(stdout.text()).toContain('"ministry" is not a site kind.');
    const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(site).toMatchObject({ id: 'wms', kind: 'department', languages: ['zh-CN', 'en'] });
    expect(validateSite(site)).toEqual([]);
  });

  it('stops asking when the input ends, then names what is missing and writes nothing', async () => {
    const dir = freshDir();
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = sink();
    const stderr = sink();
    let asked = 0;
    const originalWrite = stdout.write.bind(stdout);
    stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      // The kind, then end of input (Ctrl-D) at the languages' question.
      if (/: $/.test(chunk.toString())) {
        asked += 1;
        setImmediate(() => (asked === 1 ? stdin.write('local\n') : stdin.end()));
      }
      return (originalWrite as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stdout.write;
    const code = await run(['--dir', dir], { stdin, stdout, stderr, cwd: temp });
    expect(asked).toBe(2);
    expect(code).toBe(2);
    expect(stderr.text()).toContain('missing --id');
    expect(stderr.text()).toContain('--organizer-zh');
    expect(existsSync(dir)).toBe(false);
  });

  it('--pages rewrites the pages from edited strings, and refuses a broken site.json', async () => {
    const dir = freshDir();
    const fr = SITE_CASES.find((c) => c.id === 'fr')!.argv;
    expect((await runQuiet([...fr, '--yes', '--dir', dir])).code).toBe(0);
    const before = readFileSync(join(dir, 'fr', 'index.html'), 'utf8');
    expect(before).toContain('class="fallback-notice"');
    const strings = {
      lang: 'fr',
      title: 'Bureau économique',
      intro: 'Les actualités & les textes du bureau.',
      news: 'Actualités',
      policies: 'Textes',
    };
    writeFileSync(join(dir, 'strings', 'fr.json'), JSON.stringify(strings));
    const rewritten = await runQuiet(['--pages', '--dir', dir]);
    expect(rewritten.stderr).toBe('');
    expect(rewritten.code).toBe(0);
    const after = readFileSync(join(dir, 'fr', 'index.html'), 'utf8');
    expect(after).not.toContain('fallback-notice');
    expect(after).toContain('Les actualités &amp; les textes du bureau.');
    expect(after).toContain('heading="Actualités"');
    expect(after).toContain('src="http://127.0.0.1:4173/cdn/portal-kit.js"');

    writeFileSync(join(dir, 'strings', 'fr.json'), JSON.stringify({ ...strings, news: 7 }));
    const badStrings = await runQuiet(['--pages', '--dir', dir]);
    expect(badStrings.code).toBe(1);
    expect(badStrings.stderr).toMatch(/fr\.json: "news" must be a non-empty string/);

    const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ ...site, siteCode: '123' }));
    const badSite = await runQuiet(['--pages', '--dir', dir]);
    expect(badSite.code).toBe(1);
    expect(badSite.stderr).toContain('breaks 1 naming rule(s)');
    expect(badSite.stderr).toContain('siteCode: siteCode "123" must be 10 characters');
  });
});

describe('the create-site process', () => {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  // From the repository's root, where tsx resolves; every path given is absolute.
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const exec = (argv: string[]) =>
    new Promise<{ code: number; stderr: string; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', cli, ...argv],
        { cwd: root },
        (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });

  it('exits 0, 1 and 2 as documented', async () => {
    const dir = freshDir();
    const [ok, invalid, usage] = await Promise.all([
      exec([...wms, '--yes', dir]),
      exec([...wms, '--id', 'W', '--yes', freshDir()]),
      exec(['--unknown']),
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`Created wms (department, wms.mofcom.gov.cn) in ${dir}`);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('id: id "W" does not follow the rule for a department site');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Unknown option '--unknown'");
  });
});
