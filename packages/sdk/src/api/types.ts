/**
 * The Portal API's data types. They mirror the OpenAPI 3.1 document in `./openapi.ts`;
 * `contract.test-d.ts` proves the two describe the same shapes, so neither can drift.
 */

/** The kinds of site in the portal's site group (BRIEF §1). */
export type SiteKind = 'main' | 'department' | 'commissioner' | 'overseas' | 'local';

/** The three news columns of 商务新闻联播. */
export type NewsColumn = 'headlines' | 'updates' | 'briefs';

/** A site of the site group: the main site or one of its subsites. */
export interface Site {
  /** Stable id, lower-case ASCII: `main`, `wms` (a department), `us` (an overseas office)… */
  id: string;
  kind: SiteKind;
  /** The site's name per language code; `zh-CN` always present. */
  names: Record<string, string>;
  /** Host name, e.g. `wms.mofcom.gov.cn`. */
  domain: string;
  /** Id of the parent site; `null` only for the main site. */
  parent: string | null;
  /** Language codes the site publishes in, first is its default. */
  languages: string[];
  /** How the site's pages in each language are addressed (for the language switcher). */
  urlPattern: SiteUrlPattern;
  /** 主办单位: the organization that runs the site, per language code; `zh-CN` always present. */
  organizer: Record<string, string>;
  /** 网站标识码: `bm` + 8 digits (a ministry's site) or 10 digits (a local government's). */
  siteCode: string;
  /** ICP record number, e.g. `京ICP备05004093号-1`. */
  icp: string;
  /** Public-security record number, e.g. `京公网安备 11040102700068号`. */
  publicSecurity: string;
  /** How to reach the site's editors; at least one of the three. */
  contact: SiteContact;
}

/** How the site's localized pages are addressed: where the language code goes. */
export type SiteUrlPatternKind = 'subdomain' | 'path' | 'query';

/**
 * Where a page in language `lang` lives: `template` holds `{lang}` exactly once.
 * - `path`: a path on the site's domain, e.g. `/{lang}/` → `https://wms.mofcom.gov.cn/en/`;
 * - `subdomain`: a host name, e.g. `{lang}.wms.mofcom.gov.cn` → `https://en.wms.mofcom.gov.cn/`;
 * - `query`: a query on any page of the site, e.g. `?lang={lang}` → `…/page.html?lang=en`.
 */
export interface SiteUrlPattern {
  kind: SiteUrlPatternKind;
  template: string;
}

/** The footer's contact facts. */
export interface SiteContact {
  phone?: string;
  email?: string;
  /** Postal address, in Chinese. */
  address?: string;
}

/** A news item as listed. */
export interface NewsItem {
  /** Stable id (opaque string). */
  id: string;
  /** Id of the site that published it. */
  site: string;
  column: NewsColumn;
  /** Language code of title and summary. */
  lang: string;
  title: string;
  summary: string;
  /** Absolute URL of the article page on its site. */
  url: string;
  /** Publication instant, ISO 8601 with offset. */
  publishedAt: string;
}

/** A news item with its body, as returned by `GET /api/v1/news/{id}`. */
export interface NewsArticle extends NewsItem {
  /** Plain text, paragraphs separated by blank lines. */
  body: string;
}

/** One page of a cursor-paginated list, newest first. */
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; `null` on the last page. */
  nextCursor: string | null;
}

/** The list of sites. */
export interface SiteList {
  items: Site[];
}

/** RFC 9457 problem details, as every error response carries. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** For 400: every invalid request parameter, with what is wrong with it. */
  errors?: ProblemParamError[];
}

export interface ProblemParamError {
  /** Name of the query or path parameter. */
  param: string;
  message: string;
}

/** `GET /healthz`. */
export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
}

/** Query of `GET /api/v1/news`. */
export interface NewsQuery {
  /** One site id, several, or none for all sites. */
  site?: string | string[];
  /** One column, several, or none for all columns. */
  column?: NewsColumn | NewsColumn[];
  /** Language code; none for all languages. */
  lang?: string;
  /** Page size, 1–100; default 20. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** Query of `GET /api/v1/sites`. */
export interface SitesQuery {
  kind?: SiteKind | SiteKind[];
}

export const SITE_KINDS: readonly SiteKind[] = [
  'main',
  'department',
  'commissioner',
  'overseas',
  'local',
];
export const SITE_URL_PATTERN_KINDS: readonly SiteUrlPatternKind[] = ['subdomain', 'path', 'query'];
export const NEWS_COLUMNS: readonly NewsColumn[] = ['headlines', 'updates', 'briefs'];

/** Limits the server enforces and the client checks before asking. */
export const API_LIMITS = {
  pageSizeMax: 100,
  pageSizeDefault: 20,
  /** Most site ids in one `site` filter. */
  sitesPerQueryMax: 400,
} as const;
