/** Runs a generated site's `serve.mjs` as a real process (for this package's and the e2e tests). */
import { spawn, type ChildProcess } from 'node:child_process';

/** Starts `node serve.mjs` in `cwd` with `env`; resolves to the address it prints. */
export function startServe(
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ process: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['serve.mjs'], {
      cwd,
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/\S+?)\/?\n/.exec(out);
      if (found) resolve({ process: child, url: found[1]! });
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited ${code}: ${err}`)));
  });
}
