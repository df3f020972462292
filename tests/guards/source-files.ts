/** Walks the tree's own source files for the guard tests. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders never walked: dependencies, builds, reports, VCS. */
const SKIPPED = new Set([
  'node_modules',
  'dist',
  'coverage',
  'reports',
  'storybook-static',
  '.git',
  '.data',
]);

/**
 * Every file under `dirs` (relative to `root`) whose name ends in one of `extensions`, as
 * slash-separated paths relative to `root`, sorted. A directory that does not exist is skipped.
 */
export function filesUnder(
  root: string,
  dirs: readonly string[],
  extensions: readonly string[],
): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) walk(path);
      } else if (extensions.some((ext) => entry.name.endsWith(ext))) {
        out.push(relative(root, join(root, path)).replaceAll('\\', '/'));
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

/** The packages' folders: `packages/<name>`. */
export function packageDirs(root: string): string[] {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `packages/${entry.name}`);
}
