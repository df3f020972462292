/**
 * How `validateSite()` reports: the violation codes and records, and the collector every check
 * adds to, with the shared checks of a string, an object and display text.
 */
import type { Site } from '../api/types.js';

/** Longest name, organizer or address accepted, in UTF-16 code units. */
export const SITE_TEXT_MAX_LENGTH = 200;

/** What is wrong, in a word; `field` says where. */
export type SiteViolationCode =
  /** The value is not an object at all (`field` is `''`). */
  | 'not-an-object'
  /** A required field is absent. */
  | 'missing'
  /** A field has the wrong JSON type. */
  | 'wrong-type'
  /** A field the `Site` record does not have. */
  | 'unknown-field'
  | 'invalid-id'
  | 'invalid-kind'
  | 'invalid-domain'
  /** The domain is well formed for the kind but names another site than `id`. */
  | 'domain-mismatch'
  /** A name (or organizer) breaks its kind's pattern. */
  | 'invalid-name'
  /** Text holds markup (`<`, `>`), control, invisible or direction-override characters. */
  | 'unsafe-text'
  /** Empty, or padded with spaces. */
  | 'blank-text'
  | 'too-long'
  | 'invalid-language'
  | 'duplicate-language'
  | 'invalid-site-code'
  | 'invalid-icp'
  | 'invalid-public-security'
  | 'invalid-parent'
  /** The registry given to `validateSite` has no site with the parent's id. */
  | 'parent-not-found'
  /** The parent exists but is not of a kind that may be this kind's parent. */
  | 'parent-kind'
  /** Another site of the registry has the same domain or site code. */
  | 'duplicate'
  | 'invalid-url-pattern'
  | 'invalid-contact';

/** One broken rule: the field it concerns (a path such as `names.zh-CN`), a code, a message. */
export interface SiteViolation {
  /** Dotted path of the field: `id`, `names.zh-CN`, `urlPattern.template`, `languages.2`… */
  readonly field: string;
  readonly code: SiteViolationCode;
  /** An English sentence saying what is wrong and what is expected. */
  readonly message: string;
}

/**
 * Another site of the group, as `validateSite` needs to know it: id and kind to check a parent,
 * domain and site code (when given) to refuse a second site with the same.
 */
export type SiteRef = Pick<Site, 'id' | 'kind'> & Partial<Pick<Site, 'domain' | 'siteCode'>>;

const UNSAFE = /[<>\p{Cc}\u200B\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

/** A short, quoted rendering of an offending value for a message (never the whole of it). */
export function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/** Collects violations; each check adds its own. */
export class Report {
  readonly violations: SiteViolation[] = [];
  add(field: string, code: SiteViolationCode, message: string): void {
    this.violations.push({ field, code, message });
  }
  /** Adds a `missing`/`wrong-type` violation unless `value` is a string; says whether it is. */
  string(field: string, value: unknown): value is string {
    if (typeof value === 'string') return true;
    if (value === undefined) this.add(field, 'missing', `${field} is required.`);
    else this.add(field, 'wrong-type', `${field} must be a string, not ${typeName(value)}.`);
    return false;
  }
  /** Same for a plain object. */
  record(field: string, value: unknown): value is Record<string, unknown> {
    if (isRecord(value)) return true;
    if (value === undefined) this.add(field, 'missing', `${field} is required.`);
    else this.add(field, 'wrong-type', `${field} must be an object, not ${typeName(value)}.`);
    return false;
  }
  /**
   * Checks display text (a name, an organizer, an address): a string, not blank or padded, at
   * most {@link SITE_TEXT_MAX_LENGTH} long, free of markup and invisible characters. Says
   * whether the text is usable, so pattern checks run only on clean text.
   */
  text(field: string, value: unknown): value is string {
    if (!this.string(field, value)) return false;
    if (value.trim() === '' || value.trim() !== value) {
      this.add(field, 'blank-text', `${field} must not be empty or start or end with spaces.`);
      return false;
    }
    if (value.length > SITE_TEXT_MAX_LENGTH) {
      this.add(
        field,
        'too-long',
        `${field} is ${value.length} characters long; at most ${SITE_TEXT_MAX_LENGTH} are allowed.`,
      );
      return false;
    }
    if (UNSAFE.test(value)) {
      this.add(
        field,
        'unsafe-text',
        `${field} must not contain markup (< >), control, invisible or direction-override characters.`,
      );
      return false;
    }
    return true;
  }
}
