// Small process helpers shared by the project's scripts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Runs a command with inherited stdio; resolves on exit 0, rejects otherwise. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}`)),
    );
  });
}

/** Runs a command and reports its exit code instead of throwing. */
export async function exitCodeOf(cmd, args, options = {}) {
  try {
    await run(cmd, args, options);
    return 0;
  } catch {
    return 1;
  }
}

/** The first path of `candidates` that exists, else the command found on PATH, else null. */
export function findExecutable(candidates, command) {
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  if (!command) return null;
  const which = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
