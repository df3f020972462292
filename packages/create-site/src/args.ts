/**
 * The command line of `create-site`: flags → {@link CliOptions}. Only the shape of the command
 * line is checked here (known flags, a value where one is needed, `<lang>=<text>` pairs); what
 * the values mean is the site record's business and is checked by `validateSite()`.
 */
import { parseArgs } from 'node:util';

/** A command line that cannot be read: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Every answer the command takes; `undefined` = not given (asked on a terminal, else an error). */
export interface CliOptions {
  kind?: string;
  id?: string;
  /** Unit names per language code (`--name-zh`, `--name-en`, `--name <lang>=<text>`). */
  names: Record<string, string>;
  languages?: string[];
  domain?: string;
  siteCode?: string;
  icp?: string;
  publicSecurity?: string;
  /** Organizer (主办单位) per language code. */
  organizer: Record<string, string>;
  phone?: string;
  email?: string;
  address?: string;
  /** Origin of the Portal API the pages read from. */
  api?: string;
  /** Address of the kit's CDN bundle. */
  cdn?: string;
  dir?: string;
  yes: boolean;
  force: boolean;
  /** Rewrite the pages of an existing site from its `site.json` and strings. */
  pages: boolean;
  help: boolean;
}

const FLAGS = {
  kind: { type: 'string' },
  id: { type: 'string' },
  'name-zh': { type: 'string' },
  'name-en': { type: 'string' },
  name: { type: 'string', multiple: true },
  languages: { type: 'string' },
  domain: { type: 'string' },
  'site-code': { type: 'string' },
  icp: { type: 'string' },
  'public-security': { type: 'string' },
  'organizer-zh': { type: 'string' },
  'organizer-en': { type: 'string' },
  organizer: { type: 'string', multiple: true },
  phone: { type: 'string' },
  email: { type: 'string' },
  address: { type: 'string' },
  api: { type: 'string' },
  cdn: { type: 'string' },
  dir: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  force: { type: 'boolean' },
  pages: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `Usage: npm create @portal-kit/site -- [options] [dir]
       create-site [options] [dir]

Starts a new subsite of the portal's site group: a site record that follows the naming
conventions (validateSite), static pages with the shared masthead and footer, and a server.

Site record:
  --kind <kind>              main | department | commissioner | overseas | local
  --id <id>                  the site's id, its first DNS label (wms, tianjintb, fr, guangdong)
  --name-zh <text>           the unit's name in Chinese (对外贸易司)
  --name-en <text>           the unit's name in English (Department of Foreign Trade)
  --name <lang>=<text>       the unit's name in another language; repeat per language
  --languages <list>         languages, comma separated, the first the default (zh-CN,en)
  --domain <host>            default <id>.mofcom.gov.cn (www.mofcom.gov.cn for main)
  --site-code <code>         网站标识码: bm + 8 digits, or 10 digits for a local site
  --icp <number>             ICP备案号; default the ministry's for ministry-run sites
  --public-security <number> 公网安备号; default the ministry's for ministry-run sites
  --organizer-zh <text>      主办单位 in Chinese; default the ministry (required for local)
  --organizer-en <text>      主办单位 in English
  --organizer <lang>=<text>  主办单位 in another language; repeat per language
  --phone, --email, --address <text>
                             contact; default the ministry's for main, department and
                             commissioner sites (at least one required for overseas and local)

Pages:
  --api <origin>             the Portal API origin (default http://127.0.0.1:4173, where the
                             portal's npm start and portal-server listen)
  --cdn <url>                the kit's CDN bundle (default <api>/cdn/portal-kit.js)
  --dir <path>               where to write (default ./<id>); also the one positional argument

  -y, --yes                  ask nothing: a missing answer is an error
      --force                write into a directory that is not empty
      --pages                rewrite the pages of the site in --dir (default .) from its
                             site.json and strings/<lang>.json, after editing them
  -h, --help                 show this text

Exit codes: 0 written, 1 invalid site or directory (nothing written), 2 usage error,
130 cancelled (Ctrl-C at a question).`;

/** Reads `<lang>=<text>` pairs of a repeated flag into `into`. */
function readPairs(flag: string, values: readonly string[], into: Record<string, string>): void {
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0) {
      throw new UsageError(
        `--${flag} takes <lang>=<text> (e.g. --${flag} fr=…), not ${JSON.stringify(value)}.`,
      );
    }
    const lang = value.slice(0, at).trim();
    if (into[lang] !== undefined) {
      throw new UsageError(`--${flag} gives ${lang} twice.`);
    }
    into[lang] = value.slice(at + 1);
  }
}

/** Splits a language list (`zh-CN,en` or `zh-CN en`); empty entries are dropped. */
export function splitLanguages(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/**
 * Reads the command line (without `node` and the script). Throws a {@link UsageError} for an
 * unknown flag, a flag without its value, more than one positional argument, a malformed
 * `<lang>=<text>` pair or a language given twice.
 */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(
      `Give at most one directory; got ${positionals.map((p) => JSON.stringify(p)).join(', ')}.`,
    );
  }
  if (positionals.length === 1 && values.dir !== undefined) {
    throw new UsageError('Give the directory either as --dir or as the positional argument.');
  }
  const names: Record<string, string> = {};
  if (values['name-zh'] !== undefined) names['zh-CN'] = values['name-zh'];
  if (values['name-en'] !== undefined) names.en = values['name-en'];
  readPairs('name', values.name ?? [], names);
  const organizer: Record<string, string> = {};
  if (values['organizer-zh'] !== undefined) organizer['zh-CN'] = values['organizer-zh'];
  if (values['organizer-en'] !== undefined) organizer.en = values['organizer-en'];
  readPairs('organizer', values.organizer ?? [], organizer);
  const options: CliOptions = {
    names,
    organizer,
    yes: values.yes ?? false,
    force: values.force ?? false,
    pages: values.pages ?? false,
    help: values.help ?? false,
  };
  const text = {
    kind: values.kind,
    id: values.id,
    domain: values.domain,
    siteCode: values['site-code'],
    icp: values.icp,
    publicSecurity: values['public-security'],
    phone: values.phone,
    email: values.email,
    address: values.address,
    api: values.api,
    cdn: values.cdn,
    dir: values.dir ?? positionals[0],
  } as const;
  for (const [key, value] of Object.entries(text)) {
    if (value !== undefined) options[key as keyof typeof text] = value;
  }
  if (values.languages !== undefined) options.languages = splitLanguages(values.languages);
  return options;
}
