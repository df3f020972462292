/**
 * The record numbers a site's footer carries as patterns: the government website
 * identification code (网站标识码), the ICP record number and the public-security record number,
 * whose province abbreviations come from the local units' table.
 */
import { LOCAL_UNITS } from './site-kinds.js';

// The tables below are built by calls marked pure, so a bundle that uses none of the site rules
// drops them.

/** Every one-character province abbreviation → the two-digit codes it may stand for. */
function abbreviationCodes(): Map<string, Set<string>> {
  const codesByAbbr = new Map<string, Set<string>>();
  for (const unit of LOCAL_UNITS) {
    for (const abbr of unit.abbr) {
      const codes = codesByAbbr.get(abbr) ?? new Set<string>();
      codesByAbbr.set(abbr, codes.add(unit.code));
    }
  }
  return codesByAbbr;
}
export const codesByAbbr = /* @__PURE__ */ abbreviationCodes();
const ABBRS = /* @__PURE__ */ [...codesByAbbr.keys()].join('');

/**
 * 网站标识码, the government website identification code the national government website
 * database assigns: exactly 10 characters, either `bm` + 8 digits (a State Council
 * department's site: 2 digits for the department, 6 for the site, e.g. `bm30000012`) or
 * 10 digits (a local government's site: its 6-digit administrative division code + 4 digits,
 * e.g. `4400000101`). Written without `|` so the pattern reads in a Markdown table.
 */
export const SITE_CODE_PATTERN = '^(?=.{10}$)(bm)?[0-9]{8,10}$';

/**
 * ICP record number (ICP备案号): province abbreviation + `ICP备` + 8 digits (numbers issued to
 * 2019) or 10 digits (from 2020: year + 6 digits) + `号`, optionally `-N` for the N-th website
 * of the record, e.g. `京ICP备05004093号-1`.
 */
export const ICP_PATTERN = `^[${ABBRS}]ICP备[0-9]{8}([0-9]{2})?号(-[1-9][0-9]{0,2})?$`;

/**
 * Public-security record number (公安机关备案号): province abbreviation + `公网安备`, an optional
 * space, 14 digits (the first 6 the registering bureau's administrative division code) + `号`,
 * e.g. `京公网安备 11040102700068号`. The abbreviation must match the code's first two digits.
 */
export const PUBLIC_SECURITY_PATTERN = `^[${ABBRS}]公网安备 ?[0-9]{14}号$`;
