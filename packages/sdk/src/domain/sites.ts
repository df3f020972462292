/**
 * The site group's naming conventions as code: what a valid {@link Site} record
 * looks like for each kind of site — id, domain, names, masthead and footer facts, languages,
 * URL pattern — and `validateSite()`, which reports every rule a record breaks. The server
 * refuses to store a site that fails it; the masthead renders only from a valid record.
 * The rules are written down for people in docs/naming-conventions.md.
 */
import type { Site } from '../api/types.js';
import {
  checkIdKindDomain,
  checkLanguages,
  checkNames,
  checkParent,
  checkUnique,
  checkUnknownFields,
} from './site-checks.js';
import { checkCodes, checkContact, checkOrganizer, checkUrlPattern } from './site-formats.js';
import { ROOT_DOMAIN } from './site-kinds.js';
import { isRecord, Report, typeName, type SiteRef, type SiteViolation } from './site-report.js';

// The rules live in modules by idea; this one validates a whole record and re-exports them all.
export { isPortalLanguage, PORTAL_LANGUAGES, type PortalLanguage } from './portal.js';
export {
  isOverseasSiteId,
  LOCAL_UNITS,
  MAIN_SITE_ID,
  PARENT_KINDS,
  ROOT_DOMAIN,
  type LocalUnitId,
} from './site-kinds.js';
export { MINISTRY_NAMES, siteMasthead, type SiteMasthead } from './site-masthead.js';
export { ICP_PATTERN, PUBLIC_SECURITY_PATTERN, SITE_CODE_PATTERN } from './site-record-numbers.js';
export {
  SITE_TEXT_MAX_LENGTH,
  type SiteRef,
  type SiteViolation,
  type SiteViolationCode,
} from './site-report.js';

// The placeholder of URL templates and the localized address live in their own module, so the
// language switcher gets them without the registry tables of this one.
export { LANG_PLACEHOLDER, localizedUrl } from './site-urls.js';

export interface ValidateSiteOptions {
  /** Root domain of the site group; default {@link ROOT_DOMAIN}. */
  root?: string;
  /**
   * The other sites of the group (a list, or a map by id). When given, the parent must be one of
   * them and of the right kind, and no other site may have the same domain or site code;
   * without it only the parent's id is checked. An entry with the site's own id is ignored.
   */
  sites?: Iterable<SiteRef> | ReadonlyMap<string, SiteRef>;
}

function toRegistry(sites: ValidateSiteOptions['sites']): ReadonlyMap<string, SiteRef> | undefined {
  if (sites === undefined) return undefined;
  if (sites instanceof Map) return sites as ReadonlyMap<string, SiteRef>;
  return new Map([...(sites as Iterable<SiteRef>)].map((site) => [site.id, site]));
}

/**
 * Every rule of the naming conventions that `site` breaks, as a list of violations (empty when
 * the site is valid). Never throws: any value — `null`, a number, a record with fields of the
 * wrong type, hostile text — gives violations, each naming its field. Checks:
 * - `id` per kind: `main`; department pinyin initials; `<city>tb`; ISO 3166-1 alpha-2 or `eu`;
 *   the pinyin of a provincial-level unit;
 * - `kind` is one of {@link SITE_KINDS}; `domain` is `www.<root>` (main) or `<id>.<root>`;
 * - `names`: zh-CN and en always, and one per language offered; keys are portal languages;
 *   the main site bears the ministry's names, other sites their unit's name by their kind's
 *   pattern (the masthead puts the ministry's name before it); no markup or invisible text;
 * - `languages`: non-empty, portal languages only, no repeats, zh-CN among them;
 * - `parent`: `null` for the main site, `"main"` for every other; with `options.sites`, the
 *   parent exists and has a kind allowed by {@link PARENT_KINDS};
 * - `urlPattern`, `organizer` (主办单位), `siteCode` (网站标识码), `icp`, `publicSecurity`,
 *   `contact` by their formats (see the constants above and docs/naming-conventions.md).
 *
 * @example
 * validateSite({ ...site, domain: 'wms.example.org' })
 * // [{ field: 'domain', code: 'invalid-domain', message: 'domain "wms.example.org" must be …' }]
 */
export function validateSite(site: unknown, options: ValidateSiteOptions = {}): SiteViolation[] {
  const report = new Report();
  if (!isRecord(site)) {
    report.add('', 'not-an-object', `A site must be an object, not ${typeName(site)}.`);
    return report.violations;
  }
  const root = options.root ?? ROOT_DOMAIN;
  checkUnknownFields(report, site);
  const kind = checkIdKindDomain(report, site, root);
  const languages = checkLanguages(report, site.languages);
  checkNames(report, site.names, kind, languages);
  const registry = toRegistry(options.sites);
  checkParent(report, site, kind, registry);
  checkUnique(report, site, registry);
  checkUrlPattern(report, site.urlPattern, root);
  checkOrganizer(report, site.organizer, kind);
  checkCodes(report, site, kind);
  checkContact(report, site.contact);
  return report.violations;
}

/** Whether `site` is a valid {@link Site} (no violations). */
export function isValidSite(site: unknown, options?: ValidateSiteOptions): site is Site {
  return validateSite(site, options).length === 0;
}

/** Thrown by {@link assertValidSite} (and by the server when it refuses a site). */
export class InvalidSiteError extends Error {
  override name = 'InvalidSiteError';
  /** Every rule the site breaks. */
  readonly violations: readonly SiteViolation[];

  constructor(violations: readonly SiteViolation[], siteId?: string) {
    const subject = siteId === undefined ? 'The site' : `Site ${JSON.stringify(siteId)}`;
    const list = violations.map((v) => `${v.field || '(site)'}: ${v.message}`).join('\n  ');
    super(`${subject} breaks ${violations.length} naming rule(s):\n  ${list}`);
    this.violations = violations;
  }
}

/** Whether `error` is an {@link InvalidSiteError} (also across bundle copies of the SDK). */
export function isInvalidSiteError(error: unknown): error is InvalidSiteError {
  return (
    error instanceof InvalidSiteError ||
    (error instanceof Error && error.name === 'InvalidSiteError' && 'violations' in error)
  );
}

/** Throws an {@link InvalidSiteError} listing every violation unless `site` is valid. */
export function assertValidSite(
  site: unknown,
  options?: ValidateSiteOptions,
): asserts site is Site {
  const violations = validateSite(site, options);
  if (violations.length > 0) {
    const id = isRecord(site) && typeof site.id === 'string' ? site.id : undefined;
    throw new InvalidSiteError(violations, id);
  }
}
