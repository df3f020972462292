/**
 * The site record a new subsite starts with: the answers given, completed with what the naming
 * conventions fix for the site's kind (its domain, the ministry's organizer, record numbers and
 * contact for ministry-run sites), then checked by `validateSite()` of `@portal-kit/sdk`.
 */
import {
  MAIN_SITE_ID,
  MINISTRY_NAMES,
  ROOT_DOMAIN,
  SITE_KINDS,
  validateSite,
  type Site,
  type SiteKind,
  type SiteViolation,
} from '@portal-kit/sdk';
import type { CliOptions } from './args.js';

/**
 * The ministry's ICP record number, from the public footer of www.mofcom.gov.cn; every site of
 * the group is hosted under mofcom.gov.cn, so ministry-run sites carry it.
 */
export const MINISTRY_ICP = '京ICP备05004093号';
/** The ministry's public-security record number, from the same footer. */
export const MINISTRY_PUBLIC_SECURITY = '京公网安备 11040102700068号';
/** The ministry's contact: the 12335 hotline and its address. */
export const MINISTRY_CONTACT = { phone: '12335', address: '北京市东城区东长安街2号' } as const;
/** The languages a site publishes in when none are given. */
export const DEFAULT_LANGUAGES = ['zh-CN', 'en'] as const;
/** The URL pattern of a generated site: one static page per language under `/<lang>/`. */
export const URL_PATTERN = { kind: 'path', template: '/{lang}/' } as const;

/** Whether `kind` is one of the site kinds. */
export function isSiteKind(kind: unknown): kind is SiteKind {
  return typeof kind === 'string' && (SITE_KINDS as readonly string[]).includes(kind);
}

/** Whether sites of `kind` are run by the ministry (its records and contact are theirs). */
function ministryRun(kind: string | undefined): boolean {
  return kind !== 'local' && kind !== undefined && isSiteKind(kind);
}

/** The domain the conventions give a site: `www.<root>` for main, `<id>.<root>` else. */
export function defaultDomain(kind: string | undefined, id: string): string {
  return kind === 'main' ? `www.${ROOT_DOMAIN}` : `${id}.${ROOT_DOMAIN}`;
}

/** The languages of the answers, else {@link DEFAULT_LANGUAGES}. */
export function languagesOf(options: Pick<CliOptions, 'languages'>): string[] {
  return options.languages ?? [...DEFAULT_LANGUAGES];
}

/** The languages that need a unit name: zh-CN, en and every language offered. */
export function nameLanguages(options: Pick<CliOptions, 'languages'>): string[] {
  return [...new Set(['zh-CN', 'en', ...languagesOf(options)])];
}

/** One answer the record cannot do without and has no default for. */
export interface MissingAnswer {
  /** The flag that gives it, e.g. `--site-code`, `--name fr=<text>`. */
  flag: string;
  /** What it is, for the prompt and the error. */
  label: string;
}

/**
 * The answers still missing for a site of the options' kind, in the order they are asked:
 * kind, id (not for main), the unit's names (main has the ministry's), the site code, the
 * record numbers and organizer of a local site, the contact of an overseas or local site.
 */
export function missingAnswers(options: CliOptions): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  const { kind } = options;
  if (kind === undefined) {
    missing.push({ flag: '--kind', label: `site kind (${SITE_KINDS.join(', ')})` });
  }
  if (options.id === undefined && kind !== 'main') {
    missing.push({ flag: '--id', label: "site id (the site's first DNS label)" });
  }
  if (kind !== 'main') {
    for (const lang of nameLanguages(options)) {
      if (options.names[lang] !== undefined) continue;
      const flag =
        lang === 'zh-CN' ? '--name-zh' : lang === 'en' ? '--name-en' : `--name ${lang}=<text>`;
      missing.push({ flag, label: `the unit's name in ${lang}` });
    }
  }
  if (options.siteCode === undefined) {
    missing.push({ flag: '--site-code', label: 'site identification code (网站标识码)' });
  }
  if (kind === 'local') {
    if (options.icp === undefined) {
      missing.push({ flag: '--icp', label: 'ICP record number (ICP备案号)' });
    }
    if (options.publicSecurity === undefined) {
      missing.push({ flag: '--public-security', label: 'public-security record number' });
    }
    if (options.organizer['zh-CN'] === undefined) {
      missing.push({ flag: '--organizer-zh', label: 'organizer (主办单位) in Chinese' });
    }
  }
  const noContact =
    options.phone === undefined && options.email === undefined && options.address === undefined;
  if ((kind === 'overseas' || kind === 'local') && noContact) {
    missing.push({ flag: '--phone, --email or --address', label: 'contact' });
  }
  return missing;
}

/**
 * The site record of the answers, with the defaults of its kind for what was not given. The
 * result is not checked: pass it to {@link checkSite}. The main site's id is `main` and its
 * names are the ministry's, in every language it publishes in.
 */
export function buildSite(options: CliOptions): Record<string, unknown> {
  const kind = options.kind ?? '';
  const id = options.id ?? (kind === 'main' ? MAIN_SITE_ID : '');
  const languages = languagesOf(options);
  const names: Record<string, string> = { ...options.names };
  if (kind === 'main') {
    for (const lang of nameLanguages(options)) {
      const ministry = (MINISTRY_NAMES as Readonly<Record<string, string>>)[lang];
      if (names[lang] === undefined && ministry !== undefined) names[lang] = ministry;
    }
  }
  const ministry = ministryRun(kind);
  const organizer: Record<string, string> = ministry
    ? { 'zh-CN': MINISTRY_NAMES['zh-CN'], en: MINISTRY_NAMES.en, ...options.organizer }
    : { ...options.organizer };
  const contact: Record<string, string> = {};
  if (options.phone !== undefined) contact.phone = options.phone;
  if (options.email !== undefined) contact.email = options.email;
  if (options.address !== undefined) contact.address = options.address;
  const noContact = Object.keys(contact).length === 0;
  const ministryContact = kind === 'main' || kind === 'department' || kind === 'commissioner';
  return {
    id,
    kind,
    names,
    domain: options.domain ?? defaultDomain(kind, id),
    parent: kind === 'main' ? null : MAIN_SITE_ID,
    languages,
    urlPattern: { ...URL_PATTERN },
    organizer,
    siteCode: options.siteCode ?? '',
    icp: options.icp ?? (ministry ? MINISTRY_ICP : ''),
    publicSecurity: options.publicSecurity ?? (ministry ? MINISTRY_PUBLIC_SECURITY : ''),
    contact: noContact && ministryContact ? { ...MINISTRY_CONTACT } : contact,
  };
}

/** The outcome of {@link checkSite}: the valid record, or every rule it breaks. */
export type SiteCheck =
  | { ok: true; site: Site }
  | { ok: false; site: Record<string, unknown>; violations: SiteViolation[] };

/** Builds the record of the answers and checks it with `validateSite()`. */
export function checkSite(options: CliOptions): SiteCheck {
  const site = buildSite(options);
  const violations = validateSite(site);
  return violations.length === 0
    ? { ok: true, site: site as Site }
    : { ok: false, site, violations };
}

/** The violations as lines for a terminal: `  field: message`. */
export function formatViolations(violations: readonly SiteViolation[]): string {
  return violations.map((v) => `  ${v.field || '(site)'}: ${v.message}`).join('\n');
}
