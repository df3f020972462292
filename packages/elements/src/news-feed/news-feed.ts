import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { API_LIMITS, NEWS_COLUMNS, isPortalError, isStale } from '@portal-kit/sdk';
import type { NewsColumn, NewsItem, NewsQuery, Page, PortalClient } from '@portal-kit/sdk';
import { newsFeedNamespace } from '@portal-kit/i18n';
import type { NewsFeedStrings, TranslationKey } from '@portal-kit/i18n';
import { parseList } from '../base/attributes.js';
import { PortalElement } from '../base/portal-element.js';
import { getConfig, resolveClient } from '../client.js';
import { DataController } from '../controllers/data-controller.js';
import { newsFeedStyles } from './news-feed.styles.js';

/** Default number of items per page. */
const PAGE_SIZE_DEFAULT = 10;
/** Heading levels the element accepts (`h1` belongs to the page). */
const HEADING_LEVEL_MIN = 2;
const HEADING_LEVEL_MAX = 6;

/** Detail of {@link PortalLoadEvent}. */
export interface PortalLoadDetail {
  /** Every item the feed now shows, newest first. */
  readonly items: readonly NewsItem[];
  /** The page just received (the first page, or the next one after "more"). */
  readonly page: Page<NewsItem>;
}

/** Detail of {@link PortalErrorEvent}. */
export interface PortalErrorDetail {
  /** What went wrong: a `PortalError` of the SDK (network, timeout, http, invalid) or other. */
  readonly error: unknown;
}

/** `portal-load`: a page of news arrived and is shown. Bubbles, composed. */
export class PortalLoadEvent extends CustomEvent<PortalLoadDetail> {
  constructor(detail: PortalLoadDetail) {
    super('portal-load', { detail, bubbles: true, composed: true });
  }
}

/** `portal-error`: loading news failed. Bubbles, composed. */
export class PortalErrorEvent extends CustomEvent<PortalErrorDetail> {
  constructor(detail: PortalErrorDetail) {
    super('portal-error', { detail, bubbles: true, composed: true });
  }
}

/** The inputs of one load of the feed. */
interface FeedArgs {
  client: PortalClient;
  clientId: number;
  query: NewsQuery;
}

/** What the feed shows: every item loaded so far and the cursor of the next page. */
interface FeedData {
  items: readonly NewsItem[];
  nextCursor: string | null;
}

type Key = TranslationKey<NewsFeedStrings>;

/** The localized label of each column, looked up once per render. */
type ColumnLabels = Record<NewsColumn, string>;

const clientIds = new WeakMap<PortalClient, number>();
let lastClientId = 0;
function idOf(client: PortalClient): number {
  let id = clientIds.get(client);
  if (id === undefined) {
    id = ++lastClientId;
    clientIds.set(client, id);
  }
  return id;
}

function isColumn(value: unknown): value is NewsColumn {
  return NEWS_COLUMNS.includes(value as NewsColumn);
}

/** `value` as an integer within [min, max], or `fallback` when it is not a number. */
function clampInteger(value: unknown, min: number, max: number, fallback: number): number {
  const number = Math.trunc(Number(value));
  if (!Number.isFinite(number)) return fallback;
  return Math.min(max, Math.max(min, number));
}

/**
 * A list of the latest news of one or several sites of the portal, in the reader's language,
 * with paging ("more"), and every state shown: loading, empty, error with retry, and stale
 * content when the network fails after an earlier success.
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
 * @fires {PortalLoadEvent} portal-load - A page of news arrived and is shown. `detail: { items, page }`: every item shown, and the page just received.
 * @fires {PortalErrorEvent} portal-error - Loading news failed. `detail: { error }`: the SDK's error (`PortalError`: kind `network`, `timeout`, `http` or `invalid`).
 *
 * @csspart base - The wrapper of everything; carries the `lang` and `dir` of the strings.
 * @csspart heading - The heading (an `h2`–`h6` per `heading-level`).
 * @csspart list - The list of news (`ul`).
 * @csspart item - One news item (`li`).
 * @csspart link - The link to an item's article.
 * @csspart title - An item's title, inside its link.
 * @csspart meta - The line under a title holding its date and column.
 * @csspart date - An item's publication date (`time`).
 * @csspart column - An item's column label.
 * @csspart more-button - The button that loads the next page.
 * @csspart skeleton - The placeholder rows shown while loading.
 * @csspart empty - The message shown when there is no news.
 * @csspart error - The error message box (with its retry button).
 * @csspart notice - The notice shown over stale content (with its retry button).
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
  static override styles = [...PortalElement.styles, newsFeedStyles];

  /** Loads the first page whenever the inputs change; "more" extends it. */
  readonly #data = new DataController<FeedArgs, FeedData>(this, {
    args: () => this.#args(),
    key: ({ clientId, query }) => JSON.stringify([clientId, query]),
    task: ({ client, query }, { signal }) => client.news.list(query, { signal }),
    isEmpty: (data) => data.items.length === 0,
    isStale: (result) => typeof result === 'object' && result !== null && isStale(result),
    onData: (data, result, more) => {
      if (more) this.#announceMore(result as Page<NewsItem>);
      this.dispatchEvent(
        new PortalLoadEvent({ items: data.items, page: result as Page<NewsItem> }),
      );
    },
    onError: (error) => {
      this.dispatchEvent(new PortalErrorEvent({ error }));
    },
  });

  /** Text of the polite live region. */
  @state() private announcement = '';

  /**
   * Origin of the Portal API server, e.g. `https://api.example.gov.cn` (the element adds
   * `/api/v1`). Feeds with the same `api-base` share one SDK client (one cache, one request for
   * the same data). Not needed when `client` is set or `configure()` gave a default.
   */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * Site ids whose news to show: one (`"guangdong"`) or several separated by commas or spaces
   * (`"main, us"`). Empty: the configured default, else all sites.
   */
  @property({
    converter: {
      fromAttribute: parseList,
      toAttribute: (value: string[]) => value.join(','),
    },
  })
  site: string[] = [];

  /**
   * The column to show: `headlines` (商务要闻), `updates` (商务动态) or `briefs` (商务简讯).
   * Empty: every column. The default heading is the column's name.
   */
  @property() column?: NewsColumn;

  /** Items per page, 1–100 (clamped). Default 10. */
  @property({ attribute: 'page-size', type: Number }) pageSize = PAGE_SIZE_DEFAULT;

  /** Level of the heading, 2–6 (clamped). Default 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The heading's text. Default: the localized name of `column`, or "News" in the element's
   * language when no column is set.
   */
  @property() heading?: string;

  /**
   * News to show instead of loading them: when set, the element renders these items and sends
   * no request (and shows no "more" button). Set back to `undefined` to load again.
   */
  @property({ attribute: false }) items?: readonly NewsItem[];

  /** The SDK client to load with. Default: the page's client of `api-base`, or `configure()`'s. */
  @property({ attribute: false }) client?: PortalClient;

  constructor() {
    super(newsFeedNamespace);
  }

  /** The state of the feed: `idle`, `loading`, `ready`, `empty`, `error` or `stale`. */
  get state(): 'idle' | 'loading' | 'ready' | 'empty' | 'error' | 'stale' {
    if (this.items) return this.items.length === 0 ? 'empty' : 'ready';
    return this.#data.state;
  }

  /** Resolves when the current load (or "more") has finished, successful or not. */
  get loadComplete(): Promise<void> {
    return this.#data.settled;
  }

  #onRetry(): void {
    this.announcement = '';
    this.#data.retry();
    void this.updateComplete.then(() => this.#focusHeading());
  }

  #onMore(): void {
    const data = this.#data.data;
    const args = this.#args();
    if (!data?.nextCursor || !args || this.#data.extending) return;
    const cursor = data.nextCursor;
    this.announcement = '';
    void this.#data.extend(
      ({ signal }) => args.client.news.list({ ...args.query, cursor }, { signal }),
      (current, page) => ({
        items: [...current.items, ...page.items],
        nextCursor: page.nextCursor,
      }),
    );
  }

  /** Loads the news again (the retry button does this). */
  retry(): void {
    this.#data.retry();
  }

  /** Loads the next page, if there is one, and appends it (the "more" button does this). */
  loadMore(): void {
    this.#onMore();
  }

  #args(): FeedArgs | null {
    if (this.items !== undefined || !this.localize.isReady) return null;
    const client = resolveClient({ client: this.client, apiBase: this.apiBase });
    if (!client) return null;
    const query: NewsQuery = {
      lang: this.localize.contentLang,
      limit: clampInteger(this.pageSize, 1, API_LIMITS.pageSizeMax, PAGE_SIZE_DEFAULT),
    };
    const site = this.site.length > 0 ? this.site : getConfig().site;
    if (site !== undefined) query.site = site;
    if (this.column) query.column = this.column;
    return { client, clientId: idOf(client), query };
  }

  #announceMore(page: Page<NewsItem>): void {
    const count = page.items.length;
    this.announcement = this.localize.t('loadedMore', { count });
    const shown = this.#data.data?.items.length ?? 0;
    const firstNew = shown - count;
    if (count === 0) return;
    void this.updateComplete.then(() => {
      const link = this.renderRoot.querySelector<HTMLAnchorElement>(
        `li[data-index="${firstNew}"] a`,
      );
      link?.focus();
    });
  }

  #focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }

  #reason(error: unknown): string {
    if (isPortalError(error)) {
      if (error.kind === 'network') return this.localize.t('reasons.network');
      if (error.kind === 'timeout') return this.localize.t('reasons.timeout');
      if (error.kind === 'invalid') return this.localize.t('reasons.config');
      const status = (error as { status?: number }).status ?? 0;
      return status >= 500
        ? this.localize.t('reasons.server', { status })
        : this.localize.t('reasons.refused', { status });
    }
    return this.localize.t('reasons.unknown');
  }

  #headingText(): string {
    if (this.heading) return this.heading;
    if (isColumn(this.column)) return this.localize.t(`columns.${this.column}` as Key);
    return this.localize.t('heading');
  }

  #renderHeading(): TemplateResult {
    const text = this.#headingText();
    const level = clampInteger(this.headingLevel, HEADING_LEVEL_MIN, HEADING_LEVEL_MAX, 2);
    switch (level) {
      case 3:
        return html`<h3 part="heading" class="heading" tabindex="-1">${text}</h3>`;
      case 4:
        return html`<h4 part="heading" class="heading" tabindex="-1">${text}</h4>`;
      case 5:
        return html`<h5 part="heading" class="heading" tabindex="-1">${text}</h5>`;
      case 6:
        return html`<h6 part="heading" class="heading" tabindex="-1">${text}</h6>`;
      default:
        return html`<h2 part="heading" class="heading" tabindex="-1">${text}</h2>`;
    }
  }

  #renderItem(item: NewsItem, index: number, columns: ColumnLabels): TemplateResult {
    const t = this.localize;
    const column = isColumn(item.column) ? columns[item.column] : item.column;
    let date: string;
    try {
      date = t.formatDate(item.publishedAt);
    } catch {
      date = '';
    }
    const titleLang = item.lang && item.lang !== t.lang ? item.lang : nothing;
    return html`<li part="item" class="item" data-index=${index}>
      <a part="link" class="link" href=${item.url}
        ><span part="title" class="title" lang=${titleLang}>${item.title}</span></a
      >
      <span part="meta" class="meta">
        ${
          date
            ? html`<time part="date" class="date" datetime=${item.publishedAt}>${date}</time>`
            : nothing
        }
        <span part="column" class="column">${column}</span>
      </span>
    </li>`;
  }

  #renderList(items: readonly NewsItem[]): TemplateResult {
    const { lang } = this.localize;
    const columns = Object.fromEntries(
      NEWS_COLUMNS.map((column) => [column, this.localize.t(`columns.${column}` as Key)]),
    ) as ColumnLabels;
    const labels = Object.values(columns).join('\n');
    // A row renders again only when its item, its position, the language or the strings (loaded
    // late or overridden) changed: updating one row of a long list costs one row, not the list.
    return html`<ul part="list" class="list">
      ${items.map((item, index) =>
        guard([item, index, lang, labels], () => this.#renderItem(item, index, columns)),
      )}
    </ul>`;
  }

  #renderSkeleton(rows: number, label: string | typeof nothing): TemplateResult {
    return html`<div part="skeleton" class="skeleton" aria-busy="true">
      ${label === nothing ? nothing : html`<span class="visually-hidden">${label}</span>`}
      ${Array.from(
        { length: rows },
        () =>
          html`<div class="skeleton-row" aria-hidden="true">
            <span class="bone"></span><span class="bone short"></span>
          </div>`,
      )}
    </div>`;
  }

  #renderRetry(): TemplateResult {
    return html`<button
      part="retry-button"
      class="button secondary"
      type="button"
      @click=${this.#onRetry}
    >
      ${this.localize.t('retry')}
    </button>`;
  }

  #renderMore(data: FeedData): TemplateResult | typeof nothing {
    if (!data.nextCursor || this.items) return nothing;
    const busy = this.#data.extending;
    return html`<button
      part="more-button"
      class="button"
      type="button"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${this.#onMore}
    >
      ${busy ? this.localize.t('loadingMore') : this.localize.t('more')}
    </button>`;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const t = this.localize;
    if (this.items) {
      return this.items.length === 0
        ? html`<p part="empty" class="empty">${t.t('empty')}</p>`
        : this.#renderList(this.items);
    }
    const state = this.#data.state;
    const data = this.#data.data;
    if (state === 'idle') {
      return html`<p part="empty" class="empty">${t.t('notConfigured')}</p>`;
    }
    if (state === 'error' && !data) {
      return html`<div part="error" class="message error" role="alert">
        <p class="error-title">${t.t('error')}</p>
        <p>${this.#reason(this.#data.error)}</p>
        ${this.#renderRetry()}
      </div>`;
    }
    if (!data) {
      const rows = Math.min(clampInteger(this.pageSize, 1, 5, 3), 5);
      return this.#renderSkeleton(rows, t.t('loading'));
    }
    const moreError = this.#data.extendError;
    return html`
      ${
        state === 'stale'
          ? html`<div part="notice" class="message notice">
              <p>${t.t('stale')}</p>
              ${this.#renderRetry()}
            </div>`
          : nothing
      }
      ${
        state === 'error'
          ? html`<div part="error" class="message error" role="alert">
              <p class="error-title">${t.t('error')}</p>
              <p>${this.#reason(this.#data.error)}</p>
              ${this.#renderRetry()}
            </div>`
          : nothing
      }
      ${
        data.items.length === 0
          ? html`<p part="empty" class="empty">${t.t('empty')}</p>`
          : this.#renderList(data.items)
      }
      ${
        moreError
          ? html`<div part="error" class="message error" role="alert">
              <p class="error-title">${t.t('errorMore')}</p>
              <p>${this.#reason(moreError)}</p>
            </div>`
          : nothing
      }
      ${this.#renderMore(data)}
    `;
  }

  override render(): TemplateResult {
    const t = this.localize;
    if (!t.isReady) {
      return html`<div part="base" class="base">${this.#renderSkeleton(3, nothing)}</div>`;
    }
    const busy = this.#data.state === 'loading' || this.#data.extending;
    return html`<div part="base" class="base" lang=${t.lang} dir=${t.dir} aria-busy=${busy}>
      ${this.#renderHeading()} ${this.#renderBody()}
      <div part="status" class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}
