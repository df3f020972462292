/**
 * Storybook for Portal Kit: web components rendered from their TypeScript sources by Vite.
 *
 * - Workspace packages resolve through their "source" export condition (`src/*.ts`), so stories
 *   need no build of the packages. Vite 8 transpiles TypeScript with Oxc, which reads the
 *   nearest tsconfig.json (the root one, extending tsconfig.base.json): `experimentalDecorators`
 *   and `useDefineForClassFields: false` are honoured, as Lit's decorators need. The same options
 *   are also set on the transformer below, so they hold even for a file no tsconfig includes.
 * - The Custom Elements Manifest of @portal-kit/elements (generated from the components' JSDoc)
 *   is served to the preview as the module `virtual:portal-kit/custom-elements-manifest`; the
 *   preview hands it to Storybook, which builds Controls and the docs tables from it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const elementsDir = join(root, 'packages/elements');
const manifestPath = join(elementsDir, 'custom-elements.json');
const manifestModuleId = 'virtual:portal-kit/custom-elements-manifest';

/** Newest modification time of the `.ts` files under `dir` (0 when there are none). */
function newestSourceTime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/**
 * Regenerates the manifest with the package's own analyzer config when it is missing or older
 * than the component sources, so Controls and docs never show a stale API. A failure only warns:
 * Storybook then runs without manifest-driven controls.
 */
function refreshManifest(): void {
  const sourceTime = newestSourceTime(join(elementsDir, 'src'));
  if (sourceTime === 0) return;
  if (existsSync(manifestPath) && statSync(manifestPath).mtimeMs >= sourceTime) return;
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  const result = spawnSync(
    process.execPath,
    [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs'],
    { cwd: elementsDir, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    console.warn(
      `[portal-kit] Could not generate ${manifestPath} (run \`npx cem analyze --config ` +
        `custom-elements-manifest.config.mjs\` in packages/elements):\n${result.stderr}`,
    );
  }
}

interface ManifestMember {
  name?: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
}

/** Drops what is not public API (private/protected/static/underscored members) from the tables. */
function publicApiOnly(manifest: {
  modules?: { declarations?: { members?: ManifestMember[] }[] }[];
}) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.members) continue;
      declaration.members = declaration.members.filter(
        (member) =>
          !member.static &&
          (member.privacy ?? 'public') === 'public' &&
          !member.name?.startsWith('_') &&
          !member.name?.startsWith('#'),
      );
    }
  }
  return manifest;
}

/** Serves the (refreshed, public-API-only) manifest, or `null` when there is none. */
function customElementsManifest(): Plugin {
  const resolvedId = `\0${manifestModuleId}`;
  return {
    name: 'portal-kit:custom-elements-manifest',
    resolveId: {
      filter: { id: /^virtual:portal-kit\/custom-elements-manifest$/ },
      handler: () => resolvedId,
    },
    load: {
      // A hook filter keeps the bundler from calling into JavaScript for every other module.
      filter: { id: /^\0virtual:portal-kit\/custom-elements-manifest$/ },
      handler() {
        refreshManifest();
        if (!existsSync(manifestPath)) {
          this.warn(`${manifestPath} is missing: Controls and docs tables will be empty.`);
          return 'export default null;';
        }
        this.addWatchFile(manifestPath);
        const manifest = publicApiOnly(JSON.parse(readFileSync(manifestPath, 'utf8')));
        return `export default ${JSON.stringify(manifest)};`;
      },
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { defaultClientConditions } = await import('vite');
    return {
      ...viteConfig,
      resolve: {
        ...viteConfig.resolve,
        conditions: ['source', ...defaultClientConditions],
      },
      oxc: {
        ...(typeof viteConfig.oxc === 'object' ? viteConfig.oxc : {}),
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      plugins: [...(viteConfig.plugins ?? []), customElementsManifest()],
    };
  },
};

export default config;
