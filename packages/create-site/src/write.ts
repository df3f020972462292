/**
 * Writes a site's files into its folder: refuses a folder that exists and is not empty (unless
 * forced) or a path that is a file, and turns the file system's refusals into sentences.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SiteFiles } from './site-files.js';

/** A folder the site cannot be written to: exit code 1. */
export class WriteError extends Error {
  override name = 'WriteError';
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EEXIST':
      return 'a file is in the way';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Checks that `dir` can take a new site: it does not exist, or is an empty folder, or `force`
 * is set and it is a folder. Throws a {@link WriteError} otherwise.
 */
export async function checkTarget(dir: string, force: boolean): Promise<void> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new WriteError(`Cannot use ${dir}: ${reason(error)}.`);
  });
  if (info === null) return;
  if (!info.isDirectory()) throw new WriteError(`${dir} is a file, not a folder.`);
  const entries = await readdir(dir).catch((error: unknown) => {
    throw new WriteError(`Cannot read ${dir}: ${reason(error)}.`);
  });
  if (entries.length > 0 && !force) {
    throw new WriteError(
      `${dir} is not empty (${entries.length} entries); choose another --dir, or add --force to write the site's files into it (other files stay).`,
    );
  }
}

/**
 * Writes every file of `files` under `dir`, creating folders as needed. Throws a
 * {@link WriteError} naming the path the file system refused.
 */
export async function writeSiteFiles(dir: string, files: SiteFiles): Promise<void> {
  for (const [path, contents] of files) {
    const target = join(dir, ...path.split('/'));
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, contents, { mode: path.endsWith('.mjs') ? 0o755 : 0o644 });
    } catch (error) {
      throw new WriteError(`Cannot write ${target}: ${reason(error)}.`);
    }
  }
}
