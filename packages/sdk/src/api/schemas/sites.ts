/** Schemas of the sites resource: `GET /api/v1/sites` and `GET /api/v1/sites/{id}`. */
import Type from 'typebox';
import { ICP_PATTERN, PUBLIC_SECURITY_PATTERN, SITE_CODE_PATTERN } from '../../domain/sites.js';
import {
  ADDRESS_MAX_LENGTH,
  DOMAIN_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  LANG_PATTERN,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  SITE_ID_MAX_LENGTH,
  SITE_ID_PATTERN,
  URL_TEMPLATE_MAX_LENGTH,
} from '../constants.js';
import { SiteKind, SiteUrlPatternKind } from './common.js';

/** A site id. */
export const SiteId = Type.String({
  minLength: 1,
  maxLength: SITE_ID_MAX_LENGTH,
  pattern: SITE_ID_PATTERN,
  description: 'Site id, lower-case ASCII: `main`, `wms` (a department), `us` (an office abroad).',
});

/** A language code. */
export const Lang = Type.String({ pattern: LANG_PATTERN, description: 'Language code.' });

/** Text per language code (`additionalProperties`: no per-key pattern to test). */
const PerLanguage = (description: string) =>
  Type.Unsafe<Record<string, string>>({
    type: 'object',
    additionalProperties: Type.String({ maxLength: NAME_MAX_LENGTH }),
    description,
  });

export const SiteUrlPattern = Type.Object(
  {
    kind: SiteUrlPatternKind,
    template: Type.String({
      maxLength: URL_TEMPLATE_MAX_LENGTH,
      pattern: '\\{lang\\}',
      description:
        'Holds `{lang}` exactly once: `/{lang}/`, `{lang}.wms.mofcom.gov.cn`, `?lang={lang}`.',
    }),
  },
  {
    additionalProperties: false,
    description: "How the site's pages in each language are addressed (for the language switcher).",
  },
);

export const SiteContact = Type.Object(
  {
    phone: Type.Optional(Type.String({ maxLength: PHONE_MAX_LENGTH })),
    email: Type.Optional(Type.String({ maxLength: EMAIL_MAX_LENGTH })),
    address: Type.Optional(
      Type.String({ maxLength: ADDRESS_MAX_LENGTH, description: 'Postal address, in Chinese.' }),
    ),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: "How to reach the site's editors; at least one of the three.",
  },
);

export const Site = Type.Object(
  {
    id: SiteId,
    kind: SiteKind,
    names: PerLanguage("The site's name per language code; `zh-CN` always present."),
    domain: Type.String({
      maxLength: DOMAIN_MAX_LENGTH,
      description: 'Host name, e.g. `wms.mofcom.gov.cn`.',
    }),
    parent: Type.Union([SiteId, Type.Null()], {
      description: 'Id of the parent site; `null` only for the main site.',
    }),
    languages: Type.Array(Lang, {
      description: 'Language codes the site publishes in, first is its default.',
    }),
    urlPattern: SiteUrlPattern,
    organizer: PerLanguage('主办单位: the organization that runs the site, per language code.'),
    siteCode: Type.String({
      pattern: SITE_CODE_PATTERN,
      description: "网站标识码: `bm` + 8 digits (a ministry's site) or 10 digits (a local one).",
    }),
    icp: Type.String({ pattern: ICP_PATTERN, description: 'ICP record number.' }),
    publicSecurity: Type.String({
      pattern: PUBLIC_SECURITY_PATTERN,
      description: 'Public-security record number.',
    }),
    contact: SiteContact,
  },
  {
    additionalProperties: false,
    description: 'A site of the site group: the main site or one of its subsites.',
  },
);

export const SiteList = Type.Object(
  { items: Type.Array(Site) },
  { additionalProperties: false, description: 'The sites of the site group.' },
);

/** Query of `GET /api/v1/sites`. */
export const SitesQuery = Type.Object(
  {
    kind: Type.Optional(
      Type.Array(SiteKind, {
        minItems: 1,
        description: 'Site kinds, comma-separated; omit for all.',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Path of `GET /api/v1/sites/{id}`. */
export const SitePath = Type.Object({ id: SiteId }, { additionalProperties: false });
