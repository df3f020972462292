/**
 * `sideEffects` in @portal-kit/elements is honest: importing a component's class module
 * registers nothing and bundles to nothing when unused; only its define module registers the
 * tag; and a component's define module pulls in no other component.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(code: string): Promise<string> {
  const build = await rollup({
    input: 'entry',
    onwarn: () => {},
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? code : null),
      },
      nodeResolve({ exportConditions: ['source', 'browser', 'production', 'import', 'default'] }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
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
