import { html } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { API_LIMITS, NEWS_COLUMNS, newsParams } from '@portal-kit/sdk';
import type { CoreClient, NewsColumn, NewsItem, NewsQuery } from '@portal-kit/sdk';
import { commonNamespace, newsFeedNamespace } from '@portal-kit/i18n';
import type { NewsFeedStrings, TranslationKey } from '@portal-kit/i18n';
import { clampInteger, headingPlaceholder, headingView } from '../base/heading.js';
import { listProperty } from '../base/list-property.js';
import { PortalElement } from '../base/portal-element.js';
import { clientId, clientSite, getConfig, resolveClient } from '../client.js';
import { PagedListController } from '../controllers/paged-list-controller.js';
import { liveRegion, pagedListView, skeletonView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
import { newsFeedStyles } from './news-feed.styles.js';
import { NewsRows } from './news-rows.js';

export { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
export type { PortalErrorDetail, PortalLoadDetail } from '../base/events.js';

/** Default number of items per page. */
const PAGE_SIZE_DEFAULT = 10;

/** The inputs of one load of the feed. */
interface FeedArgs {
  client: CoreClient;
  clientId: number;
  query: NewsQuery;
}

/**
 * A list of the latest news of one or several sites of the portal, in the reader's language,
 * with paging ("more"), and every state shown: loading, empty, error with retry, stale content
 * when the network fails after an earlier success, and offline (it loads again when the browser
 * is back online). A link whose URL is not http(s) or relative is shown as plain text.
 *
 * Data comes from an SDK client: the `client` property, else the page's shared client of
 * `api-base`, else the one set with `configure()`. Set the `items` property instead to show news
 * from anywhere (the element then fetches nothing).
 *
 * The language is the element's `lang`, else the nearest ancestor's, else `<html lang>`; a change
 * of any of them re-renders the strings and loads the news again in the new language. Dates are
 * formatted in that language, as seen in Beijing (Asia/Shanghai).
 *
 * @tagname portal-news-feed
 * @summary The latest news of the portal's sites, localized, with paging and every state shown.
 *
 * @attribute {string} lang - The language of the strings, dates and requested news (any of the
 *   portal's 19 language codes, e.g. `zh-CN`, `en`, `ar`). Optional: by default the nearest
 *   ancestor's `lang`, else `<html lang>`. Changing it (or an ancestor's) switches live.
 *
 * @attribute {string} site - Site ids whose news to show, separated by spaces or commas
 *   (`"main guangdong"`); the `site` property takes the same string or an array.
 *
 * @fires {PortalLoadEvent} portal-load - A page of news arrived and is shown. `detail: { items, page }`: every item shown, and the page just received.
 * @fires {PortalErrorEvent} portal-error - Loading news failed. `detail: { error }`: the SDK's error (`PortalError`: kind `network`, `timeout`, `http` or `invalid`).
 *
 * @csspart base - The wrapper of everything; carries the `lang` and `dir` of the strings.
 * @csspart heading - The heading (an `h2`–`h6` per `heading-level`).
 * @csspart list - The list of news (`ul`).
 * @csspart item - One news item (`li`).
 * @csspart link - The link to an item's article (absent when its URL is not http(s) or relative).
 * @csspart title - An item's title, inside its link.
 * @csspart meta - The line under a title holding its date and column.
 * @csspart date - An item's publication date (`time`).
 * @csspart column - An item's column label.
 * @csspart more-button - The button that loads the next page.
 * @csspart skeleton - The placeholder rows shown while loading.
 * @csspart empty - The message shown when there is no news.
 * @csspart error - The error message box (with its retry button).
 * @csspart notice - The notice shown over stale content (with its retry button).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button of the error message and of the stale notice.
 * @csspart status - The polite live region announcing loaded items (visually hidden).
 *
 * @cssprop --portal-news-feed-gap - Vertical space around each item. Default: `--portal-space-s` (0.5rem).
 * @cssprop --portal-news-feed-heading-size - Font size of the heading. Default: `1.25em`.
 * @cssprop --portal-news-feed-link-color - Colour of the item links and column marks. Default: `--portal-color-accent`.
 * @cssprop --portal-news-feed-divider-color - Colour of the lines between items. Default: `--portal-color-border`.
 * @cssprop --portal-news-feed-skeleton-color - Colour of the loading placeholders. Default: `--portal-color-surface-muted`.
 * @cssprop --portal-color-text - Text colour. Default: `#1f2328` (light), `#e6e8eb` (dark).
 * @cssprop --portal-color-text-muted - Colour of dates and column labels. Default: `#57606a`.
 * @cssprop --portal-color-surface - Background colour. Default: `#ffffff`.
 * @cssprop --portal-color-surface-muted - Background of placeholders. Default: `#eef1f4`.
 * @cssprop --portal-color-border - Colour of dividers. Default: `#d0d7de`.
 * @cssprop --portal-color-accent - Links and buttons. Default: `#0b57a4`.
 * @cssprop --portal-color-accent-contrast - Text on accent-coloured buttons. Default: `#ffffff`.
 * @cssprop --portal-color-danger - Border of the error message. Default: `#b3261e`.
 * @cssprop --portal-color-notice - Background of the stale notice. Default: `#fff5cc`.
 * @cssprop --portal-color-notice-text - Text of the stale notice. Default: `#4d3800`.
 * @cssprop --portal-color-focus - The focus ring. Default: `#0b57a4`.
 * @cssprop --portal-focus-ring-width - Width of the focus ring. Default: `3px`.
 * @cssprop --portal-font-family - Font family. Default: the system UI font with CJK and Arabic fallbacks.
 * @cssprop --portal-font-size - Base font size. Default: `1rem`.
 * @cssprop --portal-line-height - Line height. Default: `1.5`.
 * @cssprop --portal-space-xs - Smallest space. Default: `0.25rem`.
 * @cssprop --portal-space-s - Small space. Default: `0.5rem`.
 * @cssprop --portal-space-m - Medium space. Default: `1rem`.
 * @cssprop --portal-radius - Corner radius of buttons and messages. Default: `0.375rem`.
 *
 * @example
 * <portal-news-feed api-base="https://api.example.gov.cn" site="guangdong" column="updates"
 *   page-size="8"></portal-news-feed>
 */
export class PortalNewsFeed extends PortalElement<NewsFeedStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, newsFeedStyles];

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    column: {},
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    heading: {},
    items: { attribute: false },
    client: { attribute: false },
  };

  static {
    listProperty(this, 'site');
  }

  /** Loads the first page whenever the inputs change; "more" appends the next. */
  readonly #list = new PagedListController<FeedArgs, NewsItem>(this, {
    args: () => this.#args(),
    key: ({ clientId, query }) => JSON.stringify([clientId, query]),
    fetchPage: ({ client, query }, cursor, { signal }) =>
      // Checked as the SDK's `news.list()` checks it (a bad `column` or site id is a set-up
      // error, with no request), then sent through the page's core client.
      (async () =>
        client.request('GET', '/news', { query: newsParams({ ...query, cursor }), signal }))(),
    localize: this.localize,
    onPage: (items, page) => this.dispatchEvent(new PortalLoadEvent({ items, page })),
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  readonly #rows = new NewsRows();

  /**
   * Origin of the Portal API server, e.g. `https://api.example.gov.cn` (the element adds
   * `/api/v1`). Feeds with the same `api-base` share one SDK client (one cache, one request for
   * the same data). Not needed when `client` is set or `configure()` gave a default.
   */
  declare apiBase?: string;

  /**
   * Site ids whose news to show: one (`"guangdong"`) or several, as an array or a string
   * separated by commas or spaces (`"main, us"`) — as an attribute or a property. Empty: the
   * configured default, else all sites.
   */
  declare site: string[];

  /**
   * The column to show: `headlines` (商务要闻), `updates` (商务动态) or `briefs` (商务简讯).
   * Empty: every column. The default heading is the column's name.
   */
  declare column?: NewsColumn;

  /** Items per page, 1–100 (clamped; a numeric string is read as its number). Default 10. */
  pageSize = PAGE_SIZE_DEFAULT;

  /** Level of the heading, 2–6 (clamped; a numeric string is read as its number). Default 2. */
  headingLevel = 2;

  /**
   * The heading's text. Default: the localized name of `column`, or "News" in the element's
   * language when no column is set.
   */
  declare heading?: string;

  /**
   * News to show instead of loading them: when set, the element renders these items and sends
   * no request (and shows no "more" button). Set back to `undefined` to load again.
   */
  declare items?: readonly NewsItem[];

  /**
   * The SDK client to load with (`createClient()`'s or `createCoreClient()`'s). Default: the
   * page's client of `api-base`, or `configure()`'s.
   */
  declare client?: CoreClient;

  constructor() {
    super(newsFeedNamespace, [commonNamespace]);
  }

  /** The state of the feed: `idle`, `loading`, `ready`, `empty`, `error` or `stale`. */
  get state(): 'idle' | 'loading' | 'ready' | 'empty' | 'error' | 'stale' {
    if (this.items) return this.items.length === 0 ? 'empty' : 'ready';
    return this.#list.state;
  }

  /** Resolves when the current load (or "more") has finished, successful or not. */
  get loadComplete(): Promise<void> {
    return this.#list.settled;
  }

  /** Loads the news again (the retry button does this, and then focuses the heading). */
  retry(): void {
    this.#list.retry();
  }

  /** Loads the next page, if there is one, and appends it (the "more" button does this). */
  loadMore(): void {
    this.#list.more();
  }

  #args(): FeedArgs | null {
    if (this.items !== undefined || !this.localize.isReady) return null;
    const client = resolveClient({ client: this.client, apiBase: this.apiBase });
    if (!client) return null;
    const query: NewsQuery = {
      lang: this.localize.contentLang,
      limit: this.#pageSize(),
    };
    // The element's sites, else the page's default, else the client's own (`createClient`'s
    // `site` option).
    const site = this.site.length > 0 ? this.site : (getConfig().site ?? clientSite(client));
    if (site !== undefined) query.site = site;
    if (this.column) query.column = this.column;
    return { client, clientId: clientId(client), query };
  }

  #pageSize(): number {
    return clampInteger(this.pageSize, 1, API_LIMITS.pageSizeMax, PAGE_SIZE_DEFAULT);
  }

  #headingText(): string {
    if (this.heading) return this.heading;
    if (NEWS_COLUMNS.includes(this.column as NewsColumn)) {
      return this.localize.t(`columns.${this.column}` as TranslationKey<NewsFeedStrings>);
    }
    return this.localize.t('heading');
  }

  override render(): TemplateResult {
    const t = this.localize;
    if (!t.isReady) {
      return html`<div part="base" class="base">
        ${headingPlaceholder()} ${skeletonView(this.#pageSize())}
      </div>`;
    }
    const renderItems = (items: readonly NewsItem[]) => this.#rows.render(items, t);
    let body: unknown;
    if (!this.items) {
      body = pagedListView(this.#list, t, renderItems, {
        empty: t.t('empty'),
        notConfigured: t.t('notConfigured'),
        skeletonRows: this.#pageSize(),
      });
    } else if (this.items.length === 0) {
      body = html`<p part="empty" class="empty">${t.t('empty')}</p>`;
    } else {
      body = renderItems(this.items); // strings looked up only when shown: cheap updates
    }
    return html`<div
      part="base"
      class="base"
      lang=${t.lang}
      dir=${t.dir}
      aria-busy=${this.#list.busy}
    >
      ${headingView(this.headingLevel, this.#headingText())} ${body}
      ${liveRegion(this.#list.announcement)}
    </div>`;
  }
}
