/**
 * `sideEffects` in @portal-kit/elements is honest: importing a component's class module
 * registers nothing and bundles to nothing when unused; only its define module registers the
 * tag; and a component's define module pulls in no other component. In @portal-kit/sdk, one
 * export bundles only the modules it uses: a module-level table built by a call (not marked
 * `/* @__PURE__ *\/`) would keep a module that nothing uses in every bundle that touches it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { describe, expect, it } from 'vitest';

const sdkSource = fileURLToPath(new URL('../../packages/sdk/src/', import.meta.url));

/**
 * Bundles `code`; `withEffects` names a module that is assumed to have side effects whatever
 * its package says (so its top-level statements are kept unless provably pure).
 */
async function build(code: string, withEffects?: string) {
  const bundled = await rollup({
    input: 'entry',
    onwarn: () => {},
    plugins: [
      {
        name: 'entry',
        resolveId: (id) =>
          id === 'entry' ? id : id === withEffects ? { id, moduleSideEffects: true } : null,
        load: (id) => (id === 'entry' ? code : null),
      },
      nodeResolve({ exportConditions: ['source', 'browser', 'production', 'import', 'default'] }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    ],
  });
  const { output } = await bundled.generate({ format: 'es' });
  await bundled.close();
  return output.flatMap((chunk) => (chunk.type === 'chunk' ? [chunk] : []));
}

async function bundle(code: string, withEffects?: string): Promise<string> {
  return (await build(code, withEffects)).map((chunk) => chunk.code).join('\n');
}

/** The modules with code in the bundle of `code`, as paths under packages/. */
async function modulesOf(code: string): Promise<string[]> {
  return (await build(code))
    .flatMap((chunk) => Object.entries(chunk.modules))
    .filter(([, module]) => module.renderedLength > 0)
    .map(([id]) => id.slice(id.indexOf('packages/') + 'packages/'.length))
    .sort();
}

describe('@portal-kit/elements side effects', () => {
  it('an unused class module bundles to nothing', async () => {
    const code = await bundle("import '@portal-kit/elements/news-feed';");
    expect(code.trim()).toBe('');
  });

  it('the define module registers its tag', async () => {
    const code = await bundle("import '@portal-kit/elements/news-feed/define';");
    expect(code).toContain('customElements');
    expect(code).toMatch(/["'`]portal-news-feed["'`]/);
  });

  it('the package index registers nothing', async () => {
    const code = await bundle("import '@portal-kit/elements';");
    expect(code).not.toMatch(/customElements\s*\.\s*define/);
  });
});

describe('@portal-kit/sdk: one export bundles only what it uses', () => {
  const sdk = (name: string) => modulesOf(`export { ${name} } from '@portal-kit/sdk';`);

  it('the core client is the request pipeline alone', async () => {
    const modules = await sdk('createCoreClient');
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((m) => !m.startsWith('sdk/src/client/'))).toEqual([]);
  });

  it("a resource's query check carries no domain rule", async () => {
    for (const name of ['newsParams', 'documentsParams']) {
      const modules = await sdk(name);
      expect(modules).toContain('sdk/src/client/query.ts');
      expect(modules.filter((m) => m.includes('/domain/'))).toEqual([]);
    }
  });

  it('a domain rule brings only its own modules', async () => {
    expect(await sdk('isTrackingNumber')).toEqual(['sdk/src/domain/tracking-number.ts']);
    const fileNumbers = await sdk('parseFileNumber');
    expect(fileNumbers.every((m) => m.startsWith('sdk/src/domain/file-number'))).toBe(true);
  });

  // `sideEffects: false` lets a bundler drop a module nothing imports, but a module one export
  // of which is used keeps every top-level statement that is not provably pure. So each module
  // of the SDK, imported for its effects alone with side effects assumed, bundles to nothing.
  // The contract's TypeBox schemas (api/schemas, operations, openapi) are built by calls: the
  // server and the `@portal-kit/sdk/openapi` entry load them, no browser bundle does.
  const contract = /^api\/(schemas\/|operations(-[a-z]+)?\.ts|openapi\.ts)/;
  const sources = readdirSync(sdkSource, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file))
    .filter((file) => !contract.test(file))
    .sort();
  it.each(sources)('sdk/src/%s has no top-level effect', async (file) => {
    const path = join(sdkSource, file);
    const code = await bundle(`import ${JSON.stringify(path)};`, path);
    expect(code.trim()).toBe('');
  });
});
