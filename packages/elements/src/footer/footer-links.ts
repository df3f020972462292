/**
 * The addresses the footer links to, built from a valid site record: the national ICP record
 * system, the public-security record of the site, and the national government-website
 * error-reporting service (我为政府网站找错) with the site's code and the page's address.
 */
import type { Site } from '@portal-kit/sdk';

/** MIIT's ICP record system, where an ICP record number is looked up. */
export const ICP_RECORD_URL = 'https://beian.miit.gov.cn/';

/** The public-security record page; `recordcode` is the record's 14 digits. */
export const PUBLIC_SECURITY_RECORD_URL =
  'https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=';

/** The national government-website error-reporting service. */
export const ERROR_REPORT_URL = 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html';

/**
 * The record page of a public-security record number (`京公网安备 11040102700068号` →
 * `…?recordcode=11040102700068`), or `undefined` when it holds no 14 digits.
 */
export function publicSecurityHref(record: Site['publicSecurity']): string | undefined {
  const digits = /[0-9]{14}/.exec(record)?.[0];
  return digits === undefined ? undefined : `${PUBLIC_SECURITY_RECORD_URL}${digits}`;
}

/** The error-reporting address for the page at `pageUrl` of the site with `siteCode`. */
export function errorReportHref(siteCode: Site['siteCode'], pageUrl: string): string {
  return `${ERROR_REPORT_URL}?site_code=${encodeURIComponent(siteCode)}&url=${encodeURIComponent(pageUrl)}`;
}

/** `text[lang]`, else the Chinese text, with the language it is really in. */
export function inLanguage(
  text: Readonly<Record<string, string>>,
  lang: string,
): { text: string; lang: string } {
  const own = text[lang];
  return own === undefined ? { text: text['zh-CN'] ?? '', lang: 'zh-CN' } : { text: own, lang };
}
