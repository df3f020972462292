import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { MESSAGE_QUERY_MAX_LENGTH, PAGE_SIZE_MAX, messagesParams } from '@portal-kit/sdk';
import type { CoreClient, MessagesPage, MessagesQuery, PublishedMessage } from '@portal-kit/sdk';
import { commonNamespace, formatNumber, messageListNamespace } from '@portal-kit/i18n';
import type { MessageListStrings } from '@portal-kit/i18n';
import { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
import { clampInteger, headingPlaceholder, headingView } from '../base/heading.js';
import { listProperty } from '../base/list-property.js';
import { PortalElement } from '../base/portal-element.js';
import { searchForm, searchFormStyles, searchedWords } from '../base/search-form.js';
import { clientId, clientSite, getConfig, resolveClient } from '../client.js';
import { PagedListController } from '../controllers/paged-list-controller.js';
import { UrlStateController, optionalCodec, textCodec } from '../controllers/url-state.js';
import { emptyView, liveRegion, pagedListView, skeletonView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import { messageListStyles } from './message-list.styles.js';
import { messageRow } from './message-rows.js';
import type { MessageRowContext } from './message-rows.js';

export { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
export type { PortalErrorDetail, PortalLoadDetail } from '../base/events.js';

/** The inputs of one load of the list. */
interface ListArgs {
  client: CoreClient;
  clientId: number;
  query: MessagesQuery;
}

/** The search as the URL keeps it: `undefined` means "the `q` attribute's". */
interface Choices {
  q?: string | undefined;
}

const words = textCodec(MESSAGE_QUERY_MAX_LENGTH);
/** Free text as a query: control characters out, trimmed, at most the API's length. */
const cleanText = (value: unknown): string => (typeof value === 'string' ? words.parse(value) : '');

/**
 * The questions and replies a site published (公众留言选登): personal data removed by the staff
 * before publication, newest first, searched by words of the subject, question or reply
 * (Chinese needs no spaces: two characters are enough; then by relevance), paged ("more"), the
 * number found announced politely, and every state shown — loading (placeholder rows as tall as
 * the messages to come), empty (with "clear the search" after a search), error with retry, stale
 * and offline. The search lives in the page's URL (a shareable link; back and forward restore it)
 * unless `no-url-state` is set.
 *
 * Each message: its subject as a heading (one level below the list's), a badge of its kind, the
 * days it was received and replied (in Beijing), the question and the reply as plain text with
 * their line breaks — never markup —, a long one folded to four lines behind a "show the whole
 * question/reply" button, and, for a search, the matched passage with its matches marked.
 *
 * Data comes from `client`, else the page's client of `api-base`, else `configure()`'s; or set
 * `items` to show messages from anywhere (no request, no search).
 *
 * @tagname portal-message-list
 * @summary The published questions and replies of a site, searched and paged, the search in the URL.
 *
 * @attribute {string} lang - Language of the strings and dates. Default: inherited.
 * @attribute {string} site - Sites the messages were sent to (`"main wms"`); empty: the configured default, else all.
 *
 * @fires {PortalLoadEvent<PublishedMessage, MessagesPage>} portal-load - A page of messages arrived and is shown. `detail: { items, page }`; `page` is the `MessagesPage` (with `total`).
 * @fires {PortalErrorEvent} portal-error - Loading failed. `detail: { error }`: the SDK's `PortalError`.
 *
 * @slot - Nothing: the element renders everything itself.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart heading - The list's heading (`h2`–`h6` per `heading-level`).
 * @csspart search - The search form.
 * @csspart input - The words field.
 * @csspart search-button - The search button.
 * @csspart total - The line with the number of messages found.
 * @csspart list - The list of messages (`ul`).
 * @csspart item - One message (`li`).
 * @csspart subject - A message's subject (a heading one level below the list's).
 * @csspart meta - The line under a subject: kind and dates.
 * @csspart kind - The kind badge; also `consultation`, `suggestion` or `complaint`.
 * @csspart received - The day the message was received (`time`).
 * @csspart replied - The day it was replied (`time`).
 * @csspart question - The question (label and text).
 * @csspart reply - The reply (label and text).
 * @csspart fold-button - The button that shows a long question or reply whole, or folds it again.
 * @csspart snippet - The passage a search matched.
 * @csspart mark - A match in a subject or passage (`mark`).
 * @csspart clear-button - "Clear the search", when nothing matches.
 * @csspart more-button - The button that loads the next page.
 * @csspart skeleton - The placeholder rows shown while loading.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The error message (with its retry button).
 * @csspart notice - The notice over stale content (with its retry button).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 * @csspart status - The polite live region (messages found, more loaded; visually hidden).
 *
 * @cssprop --portal-message-list-gap - Space around each message. Default: `--portal-space-s`.
 * @cssprop --portal-message-list-heading-size - Font size of the heading. Default: `1.25em`.
 * @cssprop --portal-message-list-divider-color - Lines between messages. Default: `--portal-color-border`.
 * @cssprop --portal-message-list-skeleton-color - Loading placeholders. Default: `--portal-color-surface-muted`.
 * @cssprop --portal-message-list-mark-color - Background of matches. Default: `--portal-color-notice`.
 * @cssprop --portal-message-list-reply-color - The bar beside a reply. Default: `--portal-color-accent`.
 *
 * @example
 * <portal-message-list api-base="https://api.example.gov.cn" site="main" page-size="10"></portal-message-list>
 */
export class PortalMessageList extends PortalElement<MessageListStrings> {
  static override styles = [
    ...PortalElement.styles,
    statusViewStyles,
    searchFormStyles,
    messageListStyles,
  ];

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    q: {},
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    heading: {},
    urlKey: { attribute: 'url-key' },
    noUrlState: { attribute: 'no-url-state', type: Boolean },
    items: { attribute: false },
    client: { attribute: false },
  };

  static {
    listProperty(this, 'site');
  }

  readonly #list = new PagedListController<ListArgs, PublishedMessage>(this, {
    args: () => this.#args(),
    key: ({ clientId: id, query }) => JSON.stringify([id, query]),
    // Checked as the SDK's `messages.list()` checks it, then sent through the page's core client.
    fetchPage: ({ client, query }, cursor, { signal }) =>
      (async () =>
        client.request('GET', '/messages', {
          query: messagesParams({ ...query, cursor }),
          signal,
        }))(),
    localize: this.localize,
    onPage: (items, page, more) => {
      const full = page as MessagesPage;
      if (!more) this.#total = full.total;
      this.#more = more;
      this.dispatchEvent(
        new PortalLoadEvent<PublishedMessage, MessagesPage>({ items, page: full }),
      );
    },
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  readonly #url = new UrlStateController<Choices>(this, {
    prefix: () => `${this.urlKey || 'messages'}-`,
    codecs: { q: optionalCodec(words) },
    apply: (choices) => {
      this.#choices = choices;
      this.requestUpdate();
    },
  });

  #choices: Choices = {};
  #total: number | undefined;
  /** Whether the last page shown was a next page ("more"), not a first page. */
  #more = false;
  /** The unfolded long texts (`<tracking number>-q` / `-r`). */
  readonly #open = new Set<string>();

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;
  /** Sites the messages were sent to (an array, or a string separated by spaces or commas). Empty: the configured default, else all. */
  declare site: string[];
  /** Initial words to search (at most 100 characters). */
  declare q?: string;
  /** Messages per page, 1–100 (clamped). Default 10. */
  pageSize = 10;
  /** Level of the heading, 2–6 (clamped; the subjects are one level below, at most 6). Default 2. */
  headingLevel = 2;
  /** The heading's text. Default: "Published questions and replies" in the element's language. */
  declare heading?: string;
  /** Prefix of this list's URL parameters (`url-key="wms"` → `?wms-q=…`), unique per list on a page. Default `messages`. */
  declare urlKey?: string;
  /** Keeps the search out of the URL: nothing is read from or written to it. */
  noUrlState = false;
  /** Messages to show instead of loading them: no request, no search, no "more". */
  declare items?: readonly PublishedMessage[];
  /** The SDK client to load with. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  constructor() {
    super(messageListNamespace, [commonNamespace]);
  }

  /** The state: `idle`, `loading`, `ready`, `empty`, `error` or `stale`. */
  get state(): 'idle' | 'loading' | 'ready' | 'empty' | 'error' | 'stale' {
    if (this.items) return this.items.length === 0 ? 'empty' : 'ready';
    return this.#list.state;
  }

  /** Resolves when the current load (or "more") has finished. */
  get loadComplete(): Promise<void> {
    return this.#list.settled;
  }

  /** The words searched now: the reader's (from the URL or the field), else the `q` attribute's. */
  get query(): string {
    return this.#choices.q ?? cleanText(this.q);
  }

  /** Loads again (the retry button does this, then focuses the heading). */
  retry(): void {
    this.#list.retry();
  }

  /** Loads the next page and appends it (the "more" button does this). */
  loadMore(): void {
    this.#list.more();
  }

  /**
   * Searches `words` as the reader's choice (`''`: everything): recorded in the URL as a new
   * history entry (unless `no-url-state`), and loaded.
   */
  search(words: string): void {
    const q = cleanText(words);
    this.#choices = { q: q === cleanText(this.q) ? undefined : q };
    this.#url.push(this.#choices);
    this.requestUpdate();
  }

  #args(): ListArgs | null {
    if (this.items !== undefined || !this.localize.isReady) return null;
    const client = resolveClient({ client: this.client, apiBase: this.apiBase });
    if (!client) return null;
    const query: MessagesQuery = { limit: this.#pageSize() };
    if (this.query) query.q = this.query;
    const site = this.site.length > 0 ? this.site : (getConfig().site ?? clientSite(client));
    if (site !== undefined) query.site = typeof site === 'string' ? [site] : site;
    return { client, clientId: clientId(client), query };
  }

  #pageSize(): number {
    return clampInteger(this.pageSize, 1, PAGE_SIZE_MAX, 10);
  }

  readonly #onSearch = (event: SubmitEvent): void => {
    this.search(String(searchedWords(event) ?? ''));
  };

  readonly #onClear = (): void => {
    this.search('');
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~="input"]')?.focus(),
    );
  };

  readonly #toggle = (id: string): void => {
    if (!this.#open.delete(id)) this.#open.add(id);
    this.requestUpdate();
  };

  override render(): TemplateResult {
    const t = this.localize;
    const rows = this.#pageSize();
    if (!t.isReady) {
      return html`<div part="base" class="base">
        ${headingPlaceholder()}
        ${
          this.items
            ? nothing
            : html`<div class="search" aria-hidden="true"></div>
                <p class="total" aria-hidden="true"></p>`
        }
        ${skeletonView(rows)}
      </div>`;
    }
    const heading = headingView(this.headingLevel, this.heading || t.t('heading'));
    const context: MessageRowContext = {
      t,
      kinds: {
        consultation: t.t('kindConsultation'),
        suggestion: t.t('kindSuggestion'),
        complaint: t.t('kindComplaint'),
      },
      level: clampInteger(this.headingLevel, 2, 5, 2) + 1,
      isOpen: (id) => this.#open.has(id),
      toggle: this.#toggle,
    };
    const renderItems = (items: readonly PublishedMessage[]) =>
      html`<ul part="list" class="list">
        ${items.map((item, i) => messageRow(item, i, context))}
      </ul>`;
    if (this.items) {
      return html`<div part="base" class="base" lang=${t.lang} dir=${t.dir}>
        ${heading} ${this.items.length === 0 ? emptyView(t.t('empty')) : renderItems(this.items)}
      </div>`;
    }
    const q = this.query;
    const list = this.#list;
    const settled = !list.busy && list.state !== 'error' && list.state !== 'idle';
    const found =
      this.#total === undefined
        ? ''
        : t.t('results', { count: this.#total, n: formatNumber(this.#total, t.lang) });
    return html`<div part="base" class="base" lang=${t.lang} dir=${t.dir} aria-busy=${list.busy}>
      ${heading}
      ${searchForm({
        label: t.t('query'),
        button: t.t('search'),
        value: q,
        maxLength: MESSAGE_QUERY_MAX_LENGTH,
        onSearch: this.#onSearch,
      })}
      <p part="total" class="total">${settled && list.state !== 'empty' ? found : ''}</p>
      ${pagedListView(list, t, renderItems, {
        empty: q ? t.t('emptySearch') : t.t('empty'),
        notConfigured: t.t('notConfigured'),
        skeletonRows: rows,
      })}
      ${
        list.state === 'empty' && q
          ? html`<button
              part="clear-button"
              class="button secondary"
              type="button"
              @click=${this.#onClear}
            >
              ${t.t('clearSearch')}
            </button>`
          : nothing
      }
      ${liveRegion(settled ? (this.#more ? list.announcement : found) : '')}
    </div>`;
  }
}
