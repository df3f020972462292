/**
 * The dependency direction (sdk ← i18n ← elements, sdk ← server, sdk ← create-site) is a lint rule of
 * eslint.config.js. These cases lint a one-line module placed inside each package through
 * ESLint's Node API with the project's own configuration, and expect the rule to fire exactly
 * where an import breaks the direction — and to stay quiet where it does not.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Lints, through ESLint's Node API (`new ESLint().lintText`), a module importing each specifier,
 * placed at each path; returns the `no-restricted-imports` messages per case. It runs in a child
 * Node process: under vitest the "source" export condition would also apply to the ESLint
 * plugins' own dependencies.
 */
function lintImports(cases: readonly (readonly [string, string])[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const cases = JSON.parse(process.argv[1]);
    const out = [];
    for (const [filePath, specifier] of cases) {
      const code = "import * as dependency from '" + specifier + "';\\nexport { dependency };\\n";
      const [result] = await eslint.lintText(code, { filePath });
      out.push(
        result.messages
          .filter((m) => m.ruleId === 'no-restricted-imports' || m.fatal)
          .map((m) => m.message),
      );
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const stdout = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(cases)],
    { encoding: 'utf8' },
  );
  return JSON.parse(stdout) as string[][];
}

const sdk = 'packages/sdk/src/domain/guard-probe.ts';
const i18n = 'packages/i18n/src/guard-probe.ts';
const elements = 'packages/elements/src/news-feed/guard-probe.ts';
const server = 'packages/server/src/http/guard-probe.ts';
const create = 'packages/create-site/src/guard-probe.ts';

const FORBIDDEN: readonly (readonly [string, string])[] = [
  // The SDK imports no Lit, no i18next, no other Portal Kit package.
  [sdk, 'lit'],
  [sdk, 'lit/decorators.js'],
  [sdk, '@lit/reactive-element'],
  [sdk, 'i18next'],
  [sdk, '@portal-kit/i18n'],
  [sdk, '@portal-kit/elements/news-feed'],
  [sdk, '@portal-kit/server'],
  [sdk, '../../../i18n/src/index.js'],
  [sdk, '../../../elements/src/index.js'],
  // i18n imports no Lit, no elements, no server.
  [i18n, 'lit'],
  [i18n, '@portal-kit/elements'],
  [i18n, '@portal-kit/server'],
  [i18n, '../../elements/src/index.js'],
  [i18n, '../../sdk/src/domain/portal.js'], // allowed direction, but by name only
  // elements import no server.
  [elements, '@portal-kit/server'],
  [elements, '../../../server/src/app.js'],
  [elements, '../../../sdk/src/index.js'],
  // The server imports no elements, no Lit, no i18n.
  [server, '@portal-kit/elements'],
  [server, '@portal-kit/elements/all'],
  [server, 'lit'],
  [server, '@portal-kit/i18n'],
  [server, '../../../elements/src/index.js'],
  // create-site imports the SDK only: no Lit, no i18n, no elements, no server.
  [create, 'lit'],
  [create, 'i18next'],
  [create, '@portal-kit/i18n'],
  [create, '@portal-kit/elements'],
  [create, '@portal-kit/server'],
  [create, '../../sdk/src/index.js'],
  // …and no package imports it.
  [server, '../../../create-site/src/run.js'],
];

const ALLOWED: readonly (readonly [string, string])[] = [
  [i18n, '@portal-kit/sdk'],
  [i18n, 'i18next'],
  [elements, '@portal-kit/sdk'],
  [elements, '@portal-kit/i18n'],
  [elements, 'lit'],
  [elements, 'lit/decorators.js'],
  [server, '@portal-kit/sdk'],
  [server, '@portal-kit/sdk/openapi'],
  [server, 'fastify'],
  [sdk, '../api/types.js'],
  [elements, '../base/portal-element.js'],
  [create, '@portal-kit/sdk'],
  [create, 'node:readline/promises'],
  [create, './record.js'],
];

describe('dependency direction (eslint no-restricted-imports)', () => {
  let forbidden: string[][] = [];
  let allowed: string[][] = [];
  beforeAll(() => {
    const messages = lintImports([...FORBIDDEN, ...ALLOWED]);
    forbidden = messages.slice(0, FORBIDDEN.length);
    allowed = messages.slice(FORBIDDEN.length);
  }, 120_000);

  it.each(FORBIDDEN.map(([file, specifier], i) => [file, specifier, i] as const))(
    '%s may not import %s',
    (_file, _specifier, i) => {
      expect(forbidden[i]).toHaveLength(1);
    },
  );

  it.each(ALLOWED.map(([file, specifier], i) => [file, specifier, i] as const))(
    '%s may import %s',
    (_file, _specifier, i) => {
      expect(allowed[i]).toEqual([]);
    },
  );
});
