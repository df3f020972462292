/**
 * The data access layer: the API's queries over the {@link Database} seam, mapped to the exact
 * types of the contract (`@portal-kit/sdk`). Nothing here knows about HTTP.
 */
import { SITE_KINDS } from '@portal-kit/sdk';
import type {
  NewsArticle,
  NewsColumn,
  NewsItem,
  Page,
  Site,
  SiteKind,
  SiteList,
} from '@portal-kit/sdk';
import type { Database } from './db/database.js';

/** Where a page of news starts: after the item published at `publishedAt` (ms) with `id`. */
export interface NewsCursor {
  publishedAt: number;
  id: string;
}

/** Thrown for a cursor this server did not make. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

const CURSOR_MAX_LENGTH = 200;
const ID_MAX_LENGTH = 64;
/** Valid instants: 1970 to 9999, as PostgreSQL's timestamptz and JavaScript both accept. */
const MAX_INSTANT = 253_402_300_799_999;

/** The opaque cursor string: base64url of the JSON `[publishedAt ms, id]`. */
export function encodeCursor(cursor: NewsCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt, cursor.id]), 'utf8').toString('base64url');
}

/** Reads a cursor made by {@link encodeCursor}; `null` for anything else. */
export function decodeCursor(value: string): NewsCursor | null {
  if (value.length === 0 || value.length > CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [publishedAt, id] = parsed as unknown[];
  if (
    typeof publishedAt !== 'number' ||
    !Number.isSafeInteger(publishedAt) ||
    publishedAt < 0 ||
    publishedAt > MAX_INSTANT ||
    typeof id !== 'string' ||
    id.length === 0 ||
    id.length > ID_MAX_LENGTH
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

export interface Repository {
  listNews(options: ListNewsOptions): Promise<Page<NewsItem>>;
  /** The item with its body, or `null` when there is none. */
  getNews(id: string): Promise<NewsArticle | null>;
  /** Sites by kind (main, departments, commissioners, overseas, local), then registry order. */
  listSites(options?: ListSitesOptions): Promise<SiteList>;
  /** Ids of every site (cached: the site group does not change while the server runs). */
  siteIds(): Promise<ReadonlySet<string>>;
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

interface SiteRow {
  id: string;
  kind: SiteKind;
  names: Record<string, string> | string;
  domain: string;
  parent: string | null;
  languages: string[];
}

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

function toSite(row: SiteRow): Site {
  const names = typeof row.names === 'string' ? (JSON.parse(row.names) as object) : row.names;
  // jsonb sorts keys; list the default language first, as the registry does.
  const ordered: Record<string, string> = {};
  for (const lang of row.languages) {
    const name = (names as Record<string, string>)[lang];
    if (name !== undefined) ordered[lang] = name;
  }
  return {
    id: row.id,
    kind: row.kind,
    names: { ...ordered, ...names },
    domain: row.domain,
    parent: row.parent,
    languages: [...row.languages],
  };
}

export function createRepository(db: Database): Repository {
  let siteIds: Promise<ReadonlySet<string>> | null = null;

  return {
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
        `SELECT id, kind, names, domain, parent, languages FROM sites
         ${kinds ? 'WHERE kind = ANY($2::text[])' : ''}
         ORDER BY array_position($1::text[], kind), position, id`,
        kinds ? [[...SITE_KINDS], kinds] : [[...SITE_KINDS]],
      );
      return { items: rows.map(toSite) };
    },

    siteIds() {
      siteIds ??= db.query<{ id: string }>('SELECT id FROM sites').then((rows) => {
        // An empty site group (not seeded yet) is not remembered.
        if (rows.length === 0) siteIds = null;
        return new Set(rows.map((row) => row.id));
      });
      // A failed load is not remembered either: the next request tries again.
      siteIds.catch(() => (siteIds = null));
      return siteIds;
    },

    async ping() {
      await db.query('SELECT 1');
    },
  };
}
