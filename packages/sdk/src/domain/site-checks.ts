/**
 * The checks of a site record's identity and languages: its fields, id, kind and domain, the
 * keys of its per-language maps, its names, its languages, its parent and its uniqueness in the
 * registry. Each adds what it finds to the report.
 */
import { SITE_KINDS } from '../api/types.js';
import type { SiteKind } from '../api/types.js';
import { isPortalLanguage, PORTAL_LANGUAGES } from './portal.js';
import { MAIN_SITE_ID, PARENT_KINDS, RULES } from './site-kinds.js';
import { MINISTRY_NAMES } from './site-masthead.js';
import { show, typeName, type Report, type SiteRef } from './site-report.js';

const SITE_FIELDS = [
  'id',
  'kind',
  'names',
  'domain',
  'parent',
  'languages',
  'urlPattern',
  'organizer',
  'siteCode',
  'icp',
  'publicSecurity',
  'contact',
] as const;
const siteFields: ReadonlySet<string> = /* @__PURE__ */ new Set(SITE_FIELDS);

const ID = /^[a-z][a-z0-9-]{0,31}$/;

export function checkUnknownFields(report: Report, site: Record<string, unknown>): void {
  for (const key of Object.keys(site)) {
    if (!siteFields.has(key)) {
      report.add(key, 'unknown-field', `${show(key)} is not a field of a site.`);
    }
  }
}

export function checkIdKindDomain(
  report: Report,
  site: Record<string, unknown>,
  root: string,
): SiteKind | undefined {
  const { id, kind, domain } = site;
  const kindOk = typeof kind === 'string' && (SITE_KINDS as readonly string[]).includes(kind);
  if (report.string('kind', kind) && !kindOk) {
    report.add(
      'kind',
      'invalid-kind',
      `kind ${show(kind)} is not one of ${SITE_KINDS.join(', ')}.`,
    );
  }
  const rules = kindOk ? RULES[kind as SiteKind] : undefined;
  const idOk = report.string('id', id) && ID.test(id) && (!rules || rules.id(id));
  if (typeof id === 'string' && !idOk) {
    report.add(
      'id',
      'invalid-id',
      rules
        ? `id ${show(id)} does not follow the rule for a ${String(kind)} site: ${rules.idText}.`
        : `id ${show(id)} must be lower-case ASCII letters, digits and "-", starting with a letter, at most 32 characters.`,
    );
  }
  if (!report.string('domain', domain) || !rules) return rules ? (kind as SiteKind) : undefined;
  const expected = kind === 'main' ? `www.${root}` : `${idOk ? id : '<id>'}.${root}`;
  if (domain === expected) return kind as SiteKind;
  const label = domain.endsWith(`.${root}`) ? domain.slice(0, -root.length - 1) : undefined;
  const labelOk = label !== undefined && kind !== 'main' && ID.test(label) && rules.id(label);
  if (labelOk && idOk) {
    report.add(
      'domain',
      'domain-mismatch',
      `domain ${show(domain)} belongs to site "${label}", not to "${id}"; expected "${expected}".`,
    );
  } else if (!labelOk) {
    report.add(
      'domain',
      'invalid-domain',
      kind === 'main'
        ? `domain ${show(domain)} must be "www.${root}" for the main site.`
        : `domain ${show(domain)} must be "<id>.${root}" where <id> is ${rules.idText}.`,
    );
  }
  return kind as SiteKind;
}

/** Checks that every key of a per-language map is a portal language. */
export function checkLanguageKeys(
  report: Report,
  field: string,
  map: Record<string, unknown>,
): void {
  for (const key of Object.keys(map)) {
    if (!isPortalLanguage(key)) {
      report.add(
        `${field}.${key}`,
        'invalid-language',
        `${show(key)} is not one of the portal's language codes (${PORTAL_LANGUAGES.join(', ')}).`,
      );
    }
  }
}

export function checkNames(
  report: Report,
  names: unknown,
  kind: SiteKind | undefined,
  languages: readonly string[],
): void {
  if (!report.record('names', names)) return;
  checkLanguageKeys(report, 'names', names);
  const required = new Set(['zh-CN', 'en', ...languages.filter(isPortalLanguage)]);
  for (const lang of required) {
    if (names[lang] === undefined) {
      report.add(
        `names.${lang}`,
        'missing',
        lang === 'zh-CN' || lang === 'en'
          ? `names.${lang} is required: every site has a Chinese and an English name.`
          : `names.${lang} is required: the site publishes in ${lang}.`,
      );
    }
  }
  for (const [lang, name] of Object.entries(names)) {
    const field = `names.${lang}`;
    // An undefined entry is an absent name (reported above when the name is required).
    if (name === undefined || !report.text(field, name) || !kind) continue;
    const rules = RULES[kind];
    if (kind === 'main' && isPortalLanguage(lang) && name !== MINISTRY_NAMES[lang]) {
      report.add(
        field,
        'invalid-name',
        `${field} of the main site must be the ministry's name, ${show(MINISTRY_NAMES[lang])}.`,
      );
    } else if (lang === 'zh-CN' && kind !== 'main' && !rules.zh.test(name)) {
      report.add(field, 'invalid-name', `${field} ${show(name)} must be ${rules.zhText}.`);
    } else if (lang === 'en' && kind !== 'main' && !rules.en.test(name)) {
      report.add(field, 'invalid-name', `${field} ${show(name)} must be ${rules.enText}.`);
    }
  }
}

/** Checks `languages`; returns the entries that are strings, for the name check. */
export function checkLanguages(report: Report, languages: unknown): string[] {
  if (!Array.isArray(languages)) {
    if (languages === undefined) report.add('languages', 'missing', 'languages is required.');
    else {
      report.add(
        'languages',
        'wrong-type',
        `languages must be an array, not ${typeName(languages)}.`,
      );
    }
    return [];
  }
  if (languages.length === 0) {
    report.add('languages', 'missing', 'languages must list at least one language.');
  }
  const seen = new Set<string>();
  languages.forEach((lang: unknown, index) => {
    const field = `languages.${index}`;
    if (!report.string(field, lang)) return;
    if (!isPortalLanguage(lang)) {
      report.add(
        field,
        'invalid-language',
        `${show(lang)} is not one of the portal's language codes (${PORTAL_LANGUAGES.join(', ')}).`,
      );
    } else if (seen.has(lang)) {
      report.add(field, 'duplicate-language', `${lang} is listed more than once.`);
    }
    seen.add(lang);
  });
  if (languages.length > 0 && !seen.has('zh-CN')) {
    report.add(
      'languages',
      'missing',
      'languages must include zh-CN: every site publishes in Chinese.',
    );
  }
  return languages.filter((lang): lang is string => typeof lang === 'string');
}

export function checkParent(
  report: Report,
  site: Record<string, unknown>,
  kind: SiteKind | undefined,
  registry: ReadonlyMap<string, SiteRef> | undefined,
): void {
  const { parent } = site;
  if (parent === undefined) {
    report.add('parent', 'missing', 'parent is required (null for the main site).');
    return;
  }
  if (parent !== null && typeof parent !== 'string') {
    report.add(
      'parent',
      'wrong-type',
      `parent must be a site id or null, not ${typeName(parent)}.`,
    );
    return;
  }
  if (!kind) return;
  if (kind === 'main') {
    if (parent !== null) report.add('parent', 'invalid-parent', 'the main site has no parent.');
    return;
  }
  if (parent !== MAIN_SITE_ID) {
    report.add(
      'parent',
      'invalid-parent',
      `parent ${parent === null ? 'null' : show(parent)} is wrong: a ${kind} site's parent is the main site, "${MAIN_SITE_ID}".`,
    );
    return;
  }
  if (!registry) return;
  const found = registry.get(parent);
  if (!found) {
    report.add('parent', 'parent-not-found', `parent "${parent}" is not a site of the registry.`);
  } else if (!PARENT_KINDS[kind].includes(found.kind)) {
    report.add(
      'parent',
      'parent-kind',
      `parent "${parent}" is a ${found.kind} site; a ${kind} site's parent must be ${PARENT_KINDS[kind].join(' or ')}.`,
    );
  }
}

export function checkUnique(
  report: Report,
  site: Record<string, unknown>,
  registry: ReadonlyMap<string, SiteRef> | undefined,
): void {
  if (!registry) return;
  for (const other of registry.values()) {
    if (other.id === site.id) continue;
    for (const field of ['domain', 'siteCode'] as const) {
      if (other[field] !== undefined && other[field] === site[field]) {
        report.add(
          field,
          'duplicate',
          `${field} ${show(site[field])} is already the ${field} of site "${other.id}".`,
        );
      }
    }
  }
}
