#!/usr/bin/env node
/**
 * `create-site` (`npm create @portal-kit/site`): starts a new subsite of the portal's site
 * group. See `create-site --help` and docs/create-site.md.
 */
import { run } from './run.js';

// A reader that stops reading (`create-site … | head`) is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  });
} catch (error) {
  console.error('create-site: unexpected error:', error);
  process.exitCode = 1;
}
