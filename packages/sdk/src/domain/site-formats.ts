/**
 * The checks of a site record's formats: its URL pattern, its organizer (主办单位), its record
 * numbers (网站标识码, ICP, 公网安备) and its contact. Each adds what it finds to the report.
 */
import { SITE_URL_PATTERN_KINDS } from '../api/types.js';
import type { SiteKind } from '../api/types.js';
import { checkLanguageKeys } from './site-checks.js';
import { LOCAL_ORGANIZER, localUnits } from './site-kinds.js';
import { MINISTRY_NAMES } from './site-masthead.js';
import {
  codesByAbbr,
  ICP_PATTERN,
  PUBLIC_SECURITY_PATTERN,
  SITE_CODE_PATTERN,
} from './site-record-numbers.js';
import { show, SITE_TEXT_MAX_LENGTH, type Report } from './site-report.js';

const SITE_CODE = /* @__PURE__ */ new RegExp(SITE_CODE_PATTERN);
const ICP = /* @__PURE__ */ new RegExp(ICP_PATTERN, 'u');
const PUBLIC_SECURITY = /* @__PURE__ */ new RegExp(PUBLIC_SECURITY_PATTERN, 'u');
const PHONE = /^\+?[0-9]+([ -][0-9]+)*$/;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PATH_TEMPLATE = /^\/([A-Za-z0-9._~-]+\/)*\{lang\}(\/[A-Za-z0-9._~-]+)*\/?$/;
const QUERY_TEMPLATE = /^\?[A-Za-z][A-Za-z0-9_-]{0,31}=\{lang\}$/;

export function checkUrlPattern(report: Report, pattern: unknown, root: string): void {
  if (!report.record('urlPattern', pattern)) return;
  for (const key of Object.keys(pattern)) {
    if (key !== 'kind' && key !== 'template') {
      report.add(
        `urlPattern.${key}`,
        'unknown-field',
        `${show(key)} is not a field of urlPattern.`,
      );
    }
  }
  const { kind, template } = pattern;
  const kindOk = (SITE_URL_PATTERN_KINDS as readonly unknown[]).includes(kind);
  if (report.string('urlPattern.kind', kind) && !kindOk) {
    report.add(
      'urlPattern.kind',
      'invalid-url-pattern',
      `urlPattern.kind ${show(kind)} is not one of ${SITE_URL_PATTERN_KINDS.join(', ')}.`,
    );
  }
  if (!report.string('urlPattern.template', template) || !kindOk) return;
  // At least one label between {lang} and the root: `{lang}.<root>` would collide with the
  // subsites (`id.mofcom.gov.cn` is the Indonesia office, not the Indonesian pages).
  const subdomain = new RegExp(
    `^\\{lang\\}\\.([a-z0-9-]+\\.)+${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
  );
  const [test, expected] =
    kind === 'path'
      ? [PATH_TEMPLATE, 'a path holding {lang} as one segment, e.g. "/{lang}/"']
      : kind === 'query'
        ? [QUERY_TEMPLATE, 'a query holding {lang} as one parameter, e.g. "?lang={lang}"']
        : [subdomain, `a host name "{lang}.<name>.${root}", e.g. "{lang}.wms.${root}"`];
  if (template.length > SITE_TEXT_MAX_LENGTH || !test.test(template)) {
    report.add(
      'urlPattern.template',
      'invalid-url-pattern',
      `urlPattern.template ${show(template)} must be ${expected}.`,
    );
  }
}

export function checkOrganizer(
  report: Report,
  organizer: unknown,
  kind: SiteKind | undefined,
): void {
  if (!report.record('organizer', organizer)) return;
  checkLanguageKeys(report, 'organizer', organizer);
  if (organizer['zh-CN'] === undefined) {
    report.add('organizer.zh-CN', 'missing', 'organizer.zh-CN (主办单位) is required.');
  }
  for (const [lang, name] of Object.entries(organizer)) {
    const field = `organizer.${lang}`;
    if (!report.text(field, name) || lang !== 'zh-CN' || !kind) continue;
    if (kind === 'local' && !LOCAL_ORGANIZER.test(name)) {
      report.add(
        field,
        'invalid-name',
        `${field} ${show(name)} must be the provincial commerce authority (…商务厅, …商务局 or …商务委员会).`,
      );
    } else if (kind !== 'local' && name !== MINISTRY_NAMES['zh-CN']) {
      report.add(
        field,
        'invalid-name',
        `${field} of a ${kind} site must be the ministry, "${MINISTRY_NAMES['zh-CN']}".`,
      );
    }
  }
}

export function checkCodes(
  report: Report,
  site: Record<string, unknown>,
  kind: SiteKind | undefined,
): void {
  const { siteCode, icp, publicSecurity, id } = site;
  if (report.string('siteCode', siteCode)) {
    const unit = kind === 'local' && typeof id === 'string' ? localUnits.get(id) : undefined;
    if (!SITE_CODE.test(siteCode)) {
      report.add(
        'siteCode',
        'invalid-site-code',
        `siteCode ${show(siteCode)} must be 10 characters: "bm" + 8 digits (a ministry's site) or 10 digits (a local government's site).`,
      );
    } else if (kind !== undefined && kind !== 'local' && !siteCode.startsWith('bm')) {
      report.add(
        'siteCode',
        'invalid-site-code',
        `siteCode ${show(siteCode)} of a ${kind} site must be the ministry form "bm" + 8 digits.`,
      );
    } else if (unit && !siteCode.startsWith('bm') && !siteCode.startsWith(unit.code)) {
      report.add(
        'siteCode',
        'invalid-site-code',
        `siteCode ${show(siteCode)} must start with ${unit.code}, the division code of ${unit.id}.`,
      );
    }
  }
  if (report.string('icp', icp) && !ICP.test(icp)) {
    report.add(
      'icp',
      'invalid-icp',
      `icp ${show(icp)} must be "<省简称>ICP备" + 8 or 10 digits + "号", optionally "-N" (e.g. "京ICP备05004093号-1").`,
    );
  }
  if (report.string('publicSecurity', publicSecurity)) {
    if (!PUBLIC_SECURITY.test(publicSecurity)) {
      report.add(
        'publicSecurity',
        'invalid-public-security',
        `publicSecurity ${show(publicSecurity)} must be "<省简称>公网安备 " + 14 digits + "号" (e.g. "京公网安备 11040102700068号").`,
      );
    } else {
      const abbr = publicSecurity.charAt(0);
      const digits = /[0-9]{2}/.exec(publicSecurity)![0];
      if (!codesByAbbr.get(abbr)!.has(digits)) {
        report.add(
          'publicSecurity',
          'invalid-public-security',
          `publicSecurity ${show(publicSecurity)}: the abbreviation ${abbr} does not match the division code ${digits}.`,
        );
      }
    }
  }
}

export function checkContact(report: Report, contact: unknown): void {
  if (!report.record('contact', contact)) return;
  const { phone, email, address } = contact;
  for (const key of Object.keys(contact)) {
    if (key !== 'phone' && key !== 'email' && key !== 'address') {
      report.add(`contact.${key}`, 'unknown-field', `${show(key)} is not a field of contact.`);
    }
  }
  if (phone === undefined && email === undefined && address === undefined) {
    report.add('contact', 'missing', 'contact must give at least a phone, an email or an address.');
  }
  if (phone !== undefined && report.string('contact.phone', phone)) {
    if (phone.length < 3 || phone.length > 32 || !PHONE.test(phone)) {
      report.add(
        'contact.phone',
        'invalid-contact',
        `contact.phone ${show(phone)} must be digits in groups separated by spaces or "-", optionally after "+" (e.g. "010-65197114").`,
      );
    }
  }
  if (email !== undefined && report.string('contact.email', email)) {
    if (email.length > 254 || !EMAIL.test(email)) {
      report.add(
        'contact.email',
        'invalid-contact',
        `contact.email ${show(email)} is not an email address.`,
      );
    }
  }
  if (address !== undefined) report.text('contact.address', address);
}
