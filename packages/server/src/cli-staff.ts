/**
 * `portal-server staff …` (from the repository: `npm run portal -- staff …`): the staff tokens
 * of the database the server uses — DATA_DIR (PGlite directory, default ./.data/pglite) or
 * DATABASE_URL (PostgreSQL), as the server reads them; the database is migrated first, and an
 * empty embedded one seeded (SEED_DOCUMENTS as for the server; PostgreSQL only with SEED=1).
 *
 *   staff create --site wms [--site main] [--label "WMS desk"]   prints the token, once
 *   staff list                                                  id, label, sites, state
 *   staff revoke <id>                                           stops the token at once
 *
 * With PGlite, run it while the server is stopped (an embedded database has one process at a
 * time); with PostgreSQL, any time — a new token works at once, a revoked one stops at once.
 */
import type { Database } from './db/database.js';
import {
  createStaffToken,
  listStaffTokens,
  revokeStaffToken,
  StaffTokenError,
} from './messages/staff-tokens.js';
import { DEFAULT_DATA_DIR, openDatabase } from './server.js';

/** Where the command writes. */
export interface StaffCliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = [
  'Usage: npm run portal -- staff <command>',
  '  staff create --site <id> [--site <id>…] [--label <text>]   make a token (shown once)',
  '  staff list                                                list the tokens',
  '  staff revoke <id>                                         revoke a token',
  'Database: DATA_DIR (PGlite directory, default ./.data/pglite) or DATABASE_URL (PostgreSQL).',
];

/** Thrown for a command line that cannot be run; the usage follows its message. */
class UsageError extends Error {}

/** `--name value` / `--name=value`, every occurrence, and the other arguments. */
function parse(args: readonly string[], names: readonly string[]) {
  const values = new Map<string, string[]>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const name = names.find((n) => arg === `--${n}` || arg.startsWith(`--${n}=`));
    if (name === undefined) {
      if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
      rest.push(arg);
      continue;
    }
    let value = arg.slice(name.length + 3);
    if (arg === `--${name}`) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`--${name} needs a value.`);
      }
      value = next;
      i += 1;
    }
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { values, rest };
}

function openFromEnv(env: NodeJS.ProcessEnv): Promise<Database> {
  const documents = env.SEED_DOCUMENTS;
  if (documents !== undefined && documents !== '' && !/^\d+$/.test(documents)) {
    throw new UsageError(
      `SEED_DOCUMENTS must be a whole number, got ${JSON.stringify(documents)}.`,
    );
  }
  return openDatabase({
    dataDir: env.DATA_DIR || DEFAULT_DATA_DIR,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    // As the server does: PostgreSQL gets demo data only when asked (SEED=1).
    ...(env.DATABASE_URL && env.SEED !== '1'
      ? { seed: false as const }
      : documents
        ? { seed: { documents: Number(documents) } }
        : {}),
  });
}

type Action = (db: Database) => Promise<number>;

/** The command line read into what to do (before the database is opened). */
function plan(command: string, args: readonly string[], io: StaffCliIo): Action {
  if (command === 'create') {
    const { values, rest } = parse(args, ['site', 'label']);
    if (rest.length > 0) throw new UsageError(`Unexpected argument ${rest[0]}.`);
    const sites = (values.get('site') ?? []).flatMap((value) => value.split(','));
    const labels = values.get('label') ?? [];
    if (labels.length > 1) throw new UsageError('Give --label once.');
    if (sites.length === 0) throw new UsageError('Name at least one site: --site <id>.');
    return async (db) => {
      const { id, token } = await createStaffToken(db, {
        sites: sites.map((site) => site.trim()).filter(Boolean),
        ...(labels[0] === undefined ? {} : { label: labels[0] }),
      });
      io.out(`Staff token ${id} for ${[...new Set(sites)].join(', ')}:`);
      io.out('');
      io.out(`  ${token}`);
      io.out('');
      io.out('It is shown this once (only its hash is stored): give it to its holder now.');
      io.out('Use it as `Authorization: Bearer <token>`, or `client.staff(token)` in the SDK.');
      io.out(`Revoke it with: npm run portal -- staff revoke ${id}`);
      return 0;
    };
  }
  if (command === 'list') {
    const { rest } = parse(args, []);
    if (rest.length > 0) throw new UsageError(`Unexpected argument ${rest[0]}.`);
    return async (db) => {
      const tokens = await listStaffTokens(db);
      if (tokens.length === 0)
        io.out('No staff tokens yet: npm run portal -- staff create --site <id>');
      for (const t of tokens) {
        const state = t.revokedAt ? `revoked ${t.revokedAt}` : 'active';
        io.out(`${t.id}\t${t.label}\t${t.sites.join(',')}\tcreated ${t.createdAt}\t${state}`);
      }
      return 0;
    };
  }
  if (command === 'revoke') {
    const { rest } = parse(args, []);
    if (rest.length !== 1) throw new UsageError('Name one token id: staff revoke <id>.');
    const id = rest[0]!;
    return async (db) => {
      const result = await revokeStaffToken(db, id);
      if (result === 'unknown') {
        io.err(`No staff token has the id ${JSON.stringify(id)} (see: staff list).`);
        return 1;
      }
      io.out(result === 'revoked' ? `Token ${id} revoked.` : `Token ${id} was already revoked.`);
      return 0;
    };
  }
  throw new UsageError(command === '' ? 'Name a command.' : `Unknown command ${command}.`);
}

/**
 * Runs `staff <args>` on the database `env` names; resolves the exit code (0 done, 1 refused,
 * 2 a usage error). Errors are written to `io.err`, never thrown.
 */
export async function runStaffCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io: StaffCliIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
): Promise<number> {
  const [command = '', ...rest] = args;
  if (command === 'help' || command === '--help' || command === '-h') {
    for (const line of USAGE) io.out(line);
    return 0;
  }
  let db: Database | undefined;
  try {
    const action = plan(command, rest, io);
    db = await openFromEnv(env);
    return await action(db);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      for (const line of USAGE) io.err(line);
      return 2;
    }
    if (error instanceof StaffTokenError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db?.close();
  }
}
