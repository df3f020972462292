/**
 * The data access layer: the API's queries over the {@link Database} seam, mapped to the exact
 * types of the contract (`@portal-kit/sdk`). Nothing here knows about HTTP.
 */
import {
  assertValidSite,
  NEWS_ID_MAX_LENGTH as ID_MAX_LENGTH,
  NEWS_ID_PATTERN,
  SITE_KINDS,
} from '@portal-kit/sdk';
import type {
  NewsArticle,
  NewsColumn,
  NewsItem,
  Page,
  Site,
  SiteContact,
  SiteKind,
  SiteList,
  SiteRef,
  SiteUrlPattern,
} from '@portal-kit/sdk';
import { decodeTuple, encodeTuple } from './cursor-tuple.js';
import type { Database, Queryable } from './db/database.js';
import { createDocumentsRepository } from './documents/index.js';
import type { DocumentsRepository } from './documents/index.js';
import { createGuidesRepository } from './guides/index.js';
import type { GuidesRepository } from './guides/index.js';

/** Where a page of news starts: after the item published at `publishedAt` (ms) with `id`. */
export interface NewsCursor {
  publishedAt: number;
  id: string;
}

/** Thrown for a cursor this server did not make. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

const NEWS_ID = new RegExp(NEWS_ID_PATTERN, 'u');
/** Valid instants: 1970 to 9999, as PostgreSQL's timestamptz and JavaScript both accept. */
const MAX_INSTANT = 253_402_300_799_999;

/** The opaque cursor string: base64url of the JSON `[publishedAt ms, id]`. */
export function encodeCursor(cursor: NewsCursor): string {
  return encodeTuple([cursor.publishedAt, cursor.id]);
}

/** Reads a cursor made by {@link encodeCursor}; `null` for anything else. */
export function decodeCursor(value: string): NewsCursor | null {
  const parsed = decodeTuple(value, 2);
  if (!parsed) return null;
  const [publishedAt, id] = parsed;
  if (
    typeof publishedAt !== 'number' ||
    !Number.isSafeInteger(publishedAt) ||
    publishedAt < 0 ||
    publishedAt > MAX_INSTANT ||
    typeof id !== 'string' ||
    id.length === 0 ||
    id.length > ID_MAX_LENGTH ||
    !NEWS_ID.test(id)
  ) {
    return null;
  }
  // Only the canonical encoding: one cursor per position, as this server makes them.
  return encodeCursor({ publishedAt, id }) === value ? { publishedAt, id } : null;
}

export interface ListNewsOptions {
  /** Site ids; none or empty for every site. */
  sites?: readonly string[];
  /** Columns; none or empty for all. */
  columns?: readonly NewsColumn[];
  /** Language code; none for all languages. */
  lang?: string;
  limit: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export interface ListSitesOptions {
  kinds?: readonly SiteKind[];
}

/** Every query of the API; the documents' ones are in `./documents/`, the guides' in `./guides/`. */
export interface Repository extends DocumentsRepository, GuidesRepository {
  listNews(options: ListNewsOptions): Promise<Page<NewsItem>>;
  /** The item with its body, or `null` when there is none. */
  getNews(id: string): Promise<NewsArticle | null>;
  /** Sites by kind (main, departments, commissioners, overseas, local), then registry order. */
  listSites(options?: ListSitesOptions): Promise<SiteList>;
  /** The site with this id, or `null` when there is none. */
  getSite(id: string): Promise<Site | null>;
  /** Ids of every site (cached until the next write to the database, from any process). */
  siteIds(): Promise<ReadonlySet<string>>;
  /**
   * Inserts the site, or replaces the site with its id (keeping its position in the registry).
   * The site must pass `validateSite()` against the stored site group (parent present and of
   * the right kind, domain and site code not taken): otherwise nothing is written and an
   * `InvalidSiteError` lists every violation.
   */
  saveSite(site: Site): Promise<void>;
  /** Throws unless the database answers. */
  ping(): Promise<void>;
}

interface NewsRow {
  id: string;
  site: string;
  news_column: NewsColumn;
  lang: string;
  title: string;
  summary: string;
  url: string;
  published_at: Date | string;
  body?: string;
}

/** A jsonb column: an object, or its text where a driver does not parse it. */
type Json<T> = T | string;

interface SiteRow {
  id: string;
  kind: SiteKind;
  names: Json<Record<string, string>>;
  domain: string;
  parent: string | null;
  languages: string[];
  url_pattern: Json<SiteUrlPattern>;
  organizer: Json<Record<string, string>>;
  site_code: string;
  icp: string;
  public_security: string;
  contact: Json<SiteContact>;
}

const SITE_FIELDS =
  'id, kind, names, domain, parent, languages, url_pattern, organizer, site_code, icp, public_security, contact';

const NEWS_FIELDS = 'id, site, news_column, lang, title, summary, url, published_at';

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function toNewsItem(row: NewsRow): NewsItem {
  return {
    id: row.id,
    site: row.site,
    column: row.news_column,
    lang: row.lang,
    title: row.title,
    summary: row.summary,
    url: row.url,
    publishedAt: toDate(row.published_at).toISOString(),
  };
}

function parseJson<T>(value: Json<T>): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** jsonb sorts keys; list the site's languages first, in its order, as the registry does. */
function inLanguageOrder(
  map: Record<string, string>,
  languages: readonly string[],
): Record<string, string> {
  const ordered: Record<string, string> = {};
  for (const lang of ['zh-CN', 'en', ...languages]) {
    const value = map[lang];
    if (value !== undefined) ordered[lang] = value;
  }
  return { ...ordered, ...map };
}

function toSite(row: SiteRow): Site {
  const pattern = parseJson(row.url_pattern);
  const contact = parseJson(row.contact);
  return {
    id: row.id,
    kind: row.kind,
    names: inLanguageOrder(parseJson(row.names), row.languages),
    domain: row.domain,
    parent: row.parent,
    languages: [...row.languages],
    urlPattern: { kind: pattern.kind, template: pattern.template },
    organizer: inLanguageOrder(parseJson(row.organizer), row.languages),
    siteCode: row.site_code,
    icp: row.icp,
    publicSecurity: row.public_security,
    contact: {
      ...(contact.phone !== undefined ? { phone: contact.phone } : {}),
      ...(contact.email !== undefined ? { email: contact.email } : {}),
      ...(contact.address !== undefined ? { address: contact.address } : {}),
    },
  };
}

/** The columns of a site row, as query parameters in {@link SITE_FIELDS} order (+ position). */
export function siteParams(site: Site): unknown[] {
  return [
    site.id,
    site.kind,
    JSON.stringify(site.names),
    site.domain,
    site.parent,
    site.languages,
    JSON.stringify(site.urlPattern),
    JSON.stringify(site.organizer),
    site.siteCode,
    site.icp,
    site.publicSecurity,
    JSON.stringify(site.contact),
  ];
}

/** Every stored site as `validateSite` needs it to check a site against the group. */
async function siteRefs(db: Queryable): Promise<SiteRef[]> {
  return db.query<SiteRef>(
    'SELECT id, kind, domain, site_code AS "siteCode" FROM sites ORDER BY id',
  );
}

/**
 * Validates `site` against the stored group and upserts it, inside the caller's transaction.
 * Throws `InvalidSiteError` (nothing written) when the site breaks a naming rule.
 */
export async function saveSiteIn(tx: Queryable, site: Site): Promise<void> {
  assertValidSite(site, { sites: await siteRefs(tx) });
  await tx.query(
    `INSERT INTO sites (${SITE_FIELDS}, position)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6::text[], $7::jsonb, $8::jsonb, $9, $10, $11, $12::jsonb,
             (SELECT coalesce(max(position) + 1, 0) FROM sites WHERE kind = $2))
     ON CONFLICT (id) DO UPDATE SET
       kind = excluded.kind, names = excluded.names, domain = excluded.domain,
       parent = excluded.parent, languages = excluded.languages,
       url_pattern = excluded.url_pattern, organizer = excluded.organizer,
       site_code = excluded.site_code, icp = excluded.icp,
       public_security = excluded.public_security, contact = excluded.contact,
       position = CASE WHEN sites.kind = excluded.kind THEN sites.position
                       ELSE excluded.position END`,
    siteParams(site),
  );
}

export function createRepository(db: Database): Repository {
  let siteIds: Promise<ReadonlySet<string>> | null = null;
  let watching = false;

  return {
    ...createDocumentsRepository(db),
    ...createGuidesRepository(db),

    async listNews(options) {
      const where: string[] = [];
      const params: unknown[] = [];
      const param = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      if (options.sites && options.sites.length > 0) {
        where.push(`site = ANY(${param([...options.sites])}::text[])`);
      }
      if (options.columns && options.columns.length > 0) {
        where.push(`news_column = ANY(${param([...options.columns])}::text[])`);
      }
      if (options.lang !== undefined) where.push(`lang = ${param(options.lang)}`);
      if (options.cursor !== undefined) {
        const cursor = decodeCursor(options.cursor);
        if (!cursor) throw new InvalidCursorError('malformed cursor');
        const at = param(new Date(cursor.publishedAt).toISOString());
        where.push(`(published_at, id) < (${at}::timestamptz, ${param(cursor.id)}::text)`);
      }
      const limit = Math.max(1, Math.floor(options.limit));
      const rows = await db.query<NewsRow>(
        `SELECT ${NEWS_FIELDS} FROM news
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY published_at DESC, id DESC
         LIMIT ${param(limit + 1)}`,
        params,
      );
      const items = rows.slice(0, limit).map(toNewsItem);
      const last = rows.length > limit ? rows[limit - 1] : undefined;
      return {
        items,
        nextCursor: last
          ? encodeCursor({ publishedAt: toDate(last.published_at).getTime(), id: last.id })
          : null,
      };
    },

    async getNews(id) {
      const [row] = await db.query<NewsRow>(`SELECT ${NEWS_FIELDS}, body FROM news WHERE id = $1`, [
        id,
      ]);
      if (!row) return null;
      return { ...toNewsItem(row), body: row.body ?? '' };
    },

    async listSites(options = {}) {
      const kinds = options.kinds && options.kinds.length > 0 ? [...options.kinds] : null;
      const rows = await db.query<SiteRow>(
        `SELECT ${SITE_FIELDS} FROM sites
         ${kinds ? 'WHERE kind = ANY($2::text[])' : ''}
         ORDER BY array_position($1::text[], kind), position, id`,
        kinds ? [[...SITE_KINDS], kinds] : [[...SITE_KINDS]],
      );
      return { items: rows.map(toSite) };
    },

    async getSite(id) {
      const [row] = await db.query<SiteRow>(`SELECT ${SITE_FIELDS} FROM sites WHERE id = $1`, [id]);
      return row ? toSite(row) : null;
    },

    siteIds() {
      // Any write, here or in another server process, may add or remove a site.
      if (!watching) {
        db.onChange(() => (siteIds = null));
        watching = true;
      }
      siteIds ??= db.query<{ id: string }>('SELECT id FROM sites').then((rows) => {
        // An empty site group (not seeded yet) is not remembered.
        if (rows.length === 0) siteIds = null;
        return new Set(rows.map((row) => row.id));
      });
      // A failed load is not remembered either: the next request tries again.
      siteIds.catch(() => (siteIds = null));
      return siteIds;
    },

    async saveSite(site) {
      await db.transaction(async (tx) => {
        // One writer at a time, so two saves cannot both take the same domain or site code
        // between validation and insert (the unique constraints would refuse the second, but
        // with a database error rather than the list of violations).
        await tx.query('LOCK TABLE sites IN SHARE ROW EXCLUSIVE MODE');
        await saveSiteIn(tx, site);
      });
      siteIds = null;
    },

    async ping() {
      await db.query('SELECT 1');
    },
  };
}
