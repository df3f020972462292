#!/usr/bin/env node
// Builds every package: declarations (tsc -b), JavaScript + the CDN bundle (rollup), and the
// Custom Elements Manifest of @portal-kit/elements.
import { rmSync } from 'node:fs';
import { writeFrameworkTypes } from './lib/framework-types.mjs';
import { run } from './lib/proc.mjs';

// The build info of `tsc -b` sits beside dist/ (never in a package's tarball); it goes with it,
// or tsc would take the emptied dist/ for up to date.
for (const pkg of ['sdk', 'i18n', 'elements', 'server', 'create-site']) {
  rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });
  rmSync(`packages/${pkg}/.tsbuildinfo`, { force: true });
}
await run('npx', ['tsc', '-b', 'tsconfig.build.json']);
await run('npx', ['rollup', '-c', 'rollup.config.ts', '--configPlugin', 'esbuild', '--silent']);
await run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  cwd: 'packages/elements',
});
// React and Vue types of the tags (`@portal-kit/elements/react`, `/vue`), from that manifest.
writeFrameworkTypes('packages/elements');
