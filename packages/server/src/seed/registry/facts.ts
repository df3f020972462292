/**
 * The masthead and footer facts of every site: URL pattern, organizer (主办单位),
 * site identification code (网站标识码), ICP and public-security record numbers, contact.
 * They follow the naming conventions of `@portal-kit/sdk` (`validateSite`); the site codes are
 * reference values in the official format, numbered by the site's kind and position, not the
 * codes the national government website database assigned.
 */
import { LOCAL_UNITS, MINISTRY_NAMES } from '@portal-kit/sdk';
import type { Site, SiteKind } from '@portal-kit/sdk';

/** The facts a site carries besides its id, kind, names, domain, parent and languages. */
export type SiteFacts = Pick<
  Site,
  'urlPattern' | 'organizer' | 'siteCode' | 'icp' | 'publicSecurity' | 'contact'
>;

/**
 * Every site of the group is hosted under mofcom.gov.cn, so they share the ministry's records:
 * the ICP record number as the ministry's public footer shows it (no `-N` site suffix; migration
 * 011 corrects databases seeded before), and its public-security record number.
 */
export const ICP_RECORD = '京ICP备05004093号';
export const PUBLIC_SECURITY_RECORD = '京公网安备 11040102700068号';
/** 商务部 (the ministry's two-digit department code in the `bm` site codes of this data set). */
const MINISTRY_CODE = '30';
/** First site number per kind: bm30 + 6 digits. */
const FIRST_NUMBER: Readonly<Record<Exclude<SiteKind, 'local'>, number>> = {
  main: 12,
  department: 101,
  commissioner: 201,
  overseas: 1001,
};
const MINISTRY_ADDRESS = '北京市东城区东长安街2号';
/** 商务部 hotline 12335; the government service hotline 12345 answers for local authorities. */
const MINISTRY_PHONE = '12335';
const LOCAL_PHONE = '12345';

/** A ministry-run site's identification code: `bm30` + its number. */
function ministryCode(kind: Exclude<SiteKind, 'local'>, position: number): string {
  return `bm${MINISTRY_CODE}${String(FIRST_NUMBER[kind] + position).padStart(6, '0')}`;
}

/** The facts of a site run by the ministry itself (main, department, commissioner, overseas). */
export function ministryFacts(site: Pick<Site, 'id' | 'kind'>, position: number): SiteFacts {
  const kind = site.kind as Exclude<SiteKind, 'local'>;
  const organizer =
    kind === 'main'
      ? { ...MINISTRY_NAMES }
      : { 'zh-CN': MINISTRY_NAMES['zh-CN'], en: MINISTRY_NAMES.en };
  // Sample data: the `<id>@mofcom.gov.cn` mailboxes follow the ministry's domain; none is a
  // confirmed address of that office.
  const contact =
    kind === 'overseas'
      ? { email: `${site.id}@mofcom.gov.cn` }
      : kind === 'commissioner'
        ? { phone: MINISTRY_PHONE, email: `${site.id}@mofcom.gov.cn` }
        : { phone: MINISTRY_PHONE, address: MINISTRY_ADDRESS };
  return {
    urlPattern: { kind: 'path', template: '/{lang}/' },
    organizer,
    siteCode: ministryCode(kind, position),
    icp: ICP_RECORD,
    publicSecurity: PUBLIC_SECURITY_RECORD,
    contact,
  };
}

/** The commerce authority of a provincial-level unit: [中文 suffix, English name]. */
function localAuthority(id: string, full: string, en: string): [string, string] {
  switch (id) {
    case 'beijing':
    case 'tianjin':
      return [`${full}商务局`, `${en} Municipal Bureau of Commerce`];
    case 'shanghai':
    case 'chongqing':
      return [`${full}商务委员会`, `${en} Municipal Commission of Commerce`];
    case 'bingtuan':
      return [`${full}商务局`, `Bureau of Commerce of the ${en}`];
    default:
      return [`${full}商务厅`, `Department of Commerce of ${en}`];
  }
}

/**
 * The facts of a local commerce window: organized by its provincial commerce authority, with a
 * local-government site code (the province's division code + 0000 + 0100), addressed with a
 * `?lang=` query (the windows are pages in many provincial systems).
 */
export function localFacts(id: string, full: string, en: string): SiteFacts {
  const unit = LOCAL_UNITS.find((u) => u.id === id);
  if (!unit) throw new Error(`no provincial-level unit ${id}`);
  const [zhOrganizer, enOrganizer] = localAuthority(id, full, en);
  return {
    urlPattern: { kind: 'query', template: '?lang={lang}' },
    organizer: { 'zh-CN': zhOrganizer, en: enOrganizer },
    siteCode: `${unit.code}00000100`,
    icp: ICP_RECORD,
    publicSecurity: PUBLIC_SECURITY_RECORD,
    contact: { phone: LOCAL_PHONE },
  };
}
