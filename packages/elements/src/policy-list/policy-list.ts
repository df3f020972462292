import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { PAGE_SIZE_MAX, documentsParams } from '@portal-kit/sdk';
import type {
  CoreClient,
  DocumentFacets,
  DocumentsPage,
  DocumentsQuery,
  DocumentSummary,
} from '@portal-kit/sdk';
import {
  commonNamespace,
  domainNamespace,
  formatNumber,
  policyListNamespace,
} from '@portal-kit/i18n';
import type { PolicyListStrings } from '@portal-kit/i18n';
import { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
import { clampInteger, headingPlaceholder, headingView } from '../base/heading.js';
import { listProperty } from '../base/list-property.js';
import { PortalElement } from '../base/portal-element.js';
import { searchFormStyles, searchedWords } from '../base/search-form.js';
import { clientId, clientSite, getConfig, resolveClient } from '../client.js';
import { DisclosureController } from '../controllers/disclosure-controller.js';
import { PagedListController } from '../controllers/paged-list-controller.js';
import { UrlStateController } from '../controllers/url-state.js';
import { emptyView, liveRegion, pagedListView, skeletonView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import { filtersButton, filtersView, searchView } from './policy-filters.js';
import { policyListStyles } from './policy-list.styles.js';
import { rowContext, rowView } from './policy-rows.js';
import {
  CLEARED,
  CODECS,
  LISTS,
  applyChoices,
  choose,
  cleanText,
  isFiltered,
  queryOf,
  sortOf,
  yearOf,
} from './policy-state.js';
import type { Choices, ListArgs, ListKey, PolicyFilter } from './policy-state.js';

export { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
export type { PortalErrorDetail, PortalLoadDetail } from '../base/events.js';
export type { PolicyFilter } from './policy-state.js';

/**
 * The portal's policies and other official documents — orders, announcements, bulletins… —
 * filtered by category, document type, issuing organ, year and validity (each value with its
 * number of documents), searched by words of the title or text (Chinese needs no spaces: two
 * characters are enough), sorted by date or relevance, with paging ("show more") and every state
 * shown: loading, empty (with "clear filters"), error with retry, stale and offline. The filter
 * lives in the page's URL (a shareable link; back and forward restore it) unless `no-url-state`
 * is set; on a narrow container the filters fold into a "Filters" button.
 *
 * Each row: the title (a link), the file number (an isolated left-to-right identifier in any
 * text direction), the issuing organs, the date of publication (in Beijing), a validity badge —
 * amended and repealed documents name and link the documents that amended or repealed them —
 * and, for a text query, the matched passage with its matches marked.
 *
 * Data comes from `client`, else the page's client of `api-base`, else `configure()`'s; or set
 * `items` to show documents from anywhere (no request, no filters).
 *
 * @tagname portal-policy-list
 * @summary The portal's policies, filtered with counts, searched, paged, with the filter in the URL.
 *
 * @attribute {string} lang - Language of the strings, dates and requested titles. Default: inherited.
 * @attribute {string} site - Publishing sites (`"main guangdong"`); empty: the configured default, else all.
 * @attribute {string} category - Initial policy categories (`"foreign-trade foreign-investment"`).
 * @attribute {string} type - Initial document types (`"order announcement bulletin"`).
 * @attribute {string} organ - Initial issuing organs (`"mofcom gacc"`).
 * @attribute {string} validity - Initial validities (`"in-force amended"`).
 *
 * @fires {PortalLoadEvent<DocumentSummary, DocumentsPage>} portal-load - A page of documents arrived and is shown. `detail: { items, page }`; `page` is the `DocumentsPage` (with `total` and `facets`).
 * @fires {PortalErrorEvent} portal-error - Loading failed. `detail: { error }`: the SDK's `PortalError`.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart heading - The heading (`h2`–`h6` per `heading-level`).
 * @csspart search - The search form (words, search button, sort).
 * @csspart input - The words field.
 * @csspart search-button - The search button.
 * @csspart select - The sort select and the two year selects.
 * @csspart filters-button - The "Filters" button that shows the filters on a narrow container.
 * @csspart filters - The filter panel.
 * @csspart filter - One filter (`fieldset`).
 * @csspart legend - A filter's legend.
 * @csspart facet-label - A value of a filter; `organ` too when it is an organ's name.
 * @csspart facet-count - The number of documents a value would give.
 * @csspart more - The "N more" disclosure of a long filter (issuing organs): its values past the first eight.
 * @csspart total - The line with the number of documents found.
 * @csspart list - The list of documents (`ul`).
 * @csspart item - One document (`li`).
 * @csspart link - The link to a document (absent when its URL is not http(s) or relative).
 * @csspart title - A document's title.
 * @csspart meta - The line under a title: file number, organs, date, validity.
 * @csspart file-number - A document's file number (`bdi dir="ltr"`).
 * @csspart issuer - A document's issuing organs.
 * @csspart date - A document's date of publication (`time`).
 * @csspart validity - A document's validity badge; also `in-force`, `amended`, `repealed` or `expired`.
 * @csspart replaced-by - "Amended by" / "Repealed by" with the later documents.
 * @csspart ref-link - A link to an amending or repealing document.
 * @csspart ref - An amending or repealing document's file number.
 * @csspart snippet - The passage a text query matched.
 * @csspart mark - A match in a title or passage (`mark`).
 * @csspart clear-button - "Clear filters", when nothing matches.
 * @csspart more-button - The button that loads the next page.
 * @csspart skeleton - The placeholder rows shown while loading.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The error message (with its retry button).
 * @csspart notice - The notice over stale content (with its retry button).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 * @csspart status - The polite live region (results found, more loaded; visually hidden).
 *
 * @cssprop --portal-policy-list-gap - Space around each row. Default: `--portal-space-s`.
 * @cssprop --portal-policy-list-heading-size - Font size of the heading. Default: `1.25em`.
 * @cssprop --portal-policy-list-link-color - Colour of the links. Default: `--portal-color-accent`.
 * @cssprop --portal-policy-list-divider-color - Lines between rows. Default: `--portal-color-border`.
 * @cssprop --portal-policy-list-skeleton-color - Loading placeholders. Default: `--portal-color-surface-muted`.
 * @cssprop --portal-policy-list-mark-color - Background of matches. Default: `--portal-color-notice`.
 * @cssprop --portal-policy-list-filters-width - Width of the filter column. Default: `15rem`.
 *
 * @example
 * <portal-policy-list api-base="https://api.example.gov.cn" category="foreign-trade"
 *   validity="in-force" page-size="20"></portal-policy-list>
 */
export class PortalPolicyList extends PortalElement<PolicyListStrings> {
  static override styles = [
    ...PortalElement.styles,
    statusViewStyles,
    searchFormStyles,
    policyListStyles,
  ];

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    q: {},
    sort: {},
    yearFrom: { attribute: 'year-from' },
    yearTo: { attribute: 'year-to' },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    heading: {},
    urlKey: { attribute: 'url-key' },
    documentHref: { attribute: 'document-href' },
    noUrlState: { attribute: 'no-url-state', type: Boolean },
    items: { attribute: false },
    client: { attribute: false },
  };

  static {
    for (const name of ['site', ...LISTS]) listProperty(this, name);
  }

  readonly #list = new PagedListController<ListArgs, DocumentSummary>(this, {
    args: () => this.#args(),
    key: ({ clientId: id, query }) => JSON.stringify([id, query]),
    // Checked as the SDK's `documents.list()` checks it (a bad attribute is a set-up error, with
    // no request), then sent through the page's core client.
    fetchPage: ({ client, query }, cursor, { signal }) =>
      (async () =>
        client.request('GET', '/documents', {
          query: documentsParams({ ...query, cursor }),
          signal,
        }))(),
    localize: this.localize,
    onPage: (items, page, more) => {
      const full = page as DocumentsPage;
      if (!more) [this.#facets, this.#total] = [full.facets, full.total];
      this.#more = more;
      this.dispatchEvent(
        new PortalLoadEvent<DocumentSummary, DocumentsPage>({ items, page: full }),
      );
    },
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  readonly #url = new UrlStateController<Choices>(this, {
    prefix: () => `${this.urlKey || 'policy'}-`,
    codecs: CODECS,
    apply: (choices) => {
      this.#choices = choices;
      this.requestUpdate();
    },
  });

  readonly #disclosure = new DisclosureController(this, '.toggle', '.filters');

  #choices: Choices = {};
  #facets: DocumentFacets | undefined;
  #total: number | undefined;
  /** Whether the last page shown was a next page ("more"), not a first page. */
  #more = false;

  /** Origin of the Portal API server (the element adds `/api/v1`). Lists with one `api-base` share a client. */
  declare apiBase?: string;
  /** Publishing site ids (an array, or a string separated by spaces or commas). Empty: the configured default, else all. */
  declare site: string[];
  /** Initial policy categories (`domestic-trade`, `foreign-trade`, `foreign-investment`, `international-cooperation`…). */
  declare category: string[];
  /** Initial document types (`order`, `announcement`, `notice`, `bulletin`…). */
  declare type: string[];
  /** Initial issuing organs (`mofcom`, `gacc`…). */
  declare organ: string[];
  /** Initial validities (`in-force`, `amended`, `repealed`, `expired`). */
  declare validity: string[];
  /** Initial earliest year of publication (1949–2100; a numeric string is read as its number). */
  declare yearFrom?: number | string;
  /** Initial latest year of publication; equal to `yearFrom` for one year. */
  declare yearTo?: number | string;
  /** Initial words to search (at most 100 characters). */
  declare q?: string;
  /** Initial order: `newest` or `relevance`. Default: relevance with words, else newest. */
  declare sort?: string;
  /** Documents per page, 1–100 (clamped). Default 10. */
  pageSize = 10;
  /** Level of the heading, 2–6 (clamped). Default 2. */
  headingLevel = 2;
  /** The heading's text. Default: "Policies" in the element's language. */
  declare heading?: string;
  /** Prefix of this list's URL parameters (`url-key="trade"` → `?trade-q=…`), unique per list on a page. Default `policy`. */
  declare urlKey?: string;
  /**
   * Address of a document's page on this site, `{id}` replaced by its id: when set, titles link
   * there (else to the document's page on its own site), and so do amended/repealed documents'
   * links to their replacements (default for those: `?document={id}`).
   */
  declare documentHref?: string;
  /** Keeps the filter out of the URL: nothing is read from or written to it. */
  noUrlState = false;
  /** Documents to show instead of loading them: no request, no filters, no "more". */
  declare items?: readonly DocumentSummary[];
  /** The SDK client to load with. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  constructor() {
    super(policyListNamespace, [commonNamespace, domainNamespace]);
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

  /** The filter in force: the reader's choices (from the URL or the controls) over the attributes. */
  get filter(): PolicyFilter {
    return applyChoices(this.#defaults(), this.#choices);
  }

  /** Loads again (the retry button does this, then focuses the heading). */
  retry(): void {
    this.#list.retry();
  }

  /** Loads the next page and appends it (the "show more" button does this). */
  loadMore(): void {
    this.#list.more();
  }

  /**
   * Applies a change of the filter as the reader's choice: recorded in the URL as a new history
   * entry (unless `no-url-state`), and loaded.
   */
  setFilter(change: Partial<PolicyFilter>): void {
    this.#choices = choose(this.#defaults(), this.#choices, change);
    this.#url.push(this.#choices);
    this.requestUpdate();
  }

  /** The filter the attributes give. */
  #defaults(): PolicyFilter {
    return {
      q: cleanText(this.q),
      sort: sortOf(this.sort),
      category: this.category,
      type: this.type,
      organ: this.organ,
      validity: this.validity,
      from: yearOf(this.yearFrom),
      to: yearOf(this.yearTo),
    };
  }

  #args(): ListArgs | null {
    if (this.items !== undefined || !this.localize.isReady) return null;
    const client = resolveClient({ client: this.client, apiBase: this.apiBase });
    if (!client) return null;
    const query: DocumentsQuery = {
      ...queryOf(this.filter),
      lang: this.localize.contentLang,
      limit: this.#pageSize(),
    };
    const site = this.site.length > 0 ? this.site : (getConfig().site ?? clientSite(client));
    if (site !== undefined) query.site = typeof site === 'string' ? [site] : site;
    return { client, clientId: clientId(client), query };
  }

  #pageSize(): number {
    return clampInteger(this.pageSize, 1, PAGE_SIZE_MAX, 10);
  }

  readonly #onCheck = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const key = input.name as ListKey;
    const current = this.filter[key].filter((v) => v !== input.value);
    this.setFilter({ [key]: input.checked ? [...current, input.value] : current });
  };

  readonly #onSelect = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const value = select.value;
    this.setFilter({ [select.name]: select.name === 'sort' ? value || null : yearOf(value) });
  };

  readonly #onSearch = (event: SubmitEvent): void => {
    this.setFilter({ q: cleanText(searchedWords(event)) });
  };

  readonly #onClear = (): void => {
    this.setFilter(CLEARED);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus(),
    );
  };

  override render(): TemplateResult {
    const t = this.localize;
    const rows = this.#pageSize();
    if (!t.isReady) {
      return html`<div part="base" class="base">
        ${headingPlaceholder()}
        <div class="search" aria-hidden="true"></div>
        ${skeletonView(rows)}
      </div>`;
    }
    const heading = headingView(this.headingLevel, this.heading || t.t('heading'));
    const context = rowContext(t, this.documentHref || '?document={id}', !!this.documentHref);
    const renderItems = (items: readonly DocumentSummary[]) =>
      html`<ul part="list" class="list">
        ${items.map((item, i) => rowView(item, i, context))}
      </ul>`;
    if (this.items) {
      return html`<div part="base" class="base" lang=${t.lang} dir=${t.dir}>
        ${heading} ${this.items.length === 0 ? emptyView(t.t('empty')) : renderItems(this.items)}
      </div>`;
    }
    const f = this.filter;
    const list = this.#list;
    const settled = !list.busy && list.state !== 'error' && list.state !== 'idle';
    const found =
      this.#total === undefined
        ? ''
        : t.t('results', { count: this.#total, n: formatNumber(this.#total, t.lang) });
    const open = this.#disclosure.open;
    return html`<div part="base" class="base" lang=${t.lang} dir=${t.dir} aria-busy=${list.busy}>
      ${heading} ${searchView(t, f, this.#onSearch, this.#onSelect)}
      ${filtersButton(t.t('filters'), open, this.#disclosure.toggle)}
      <div class="layout">
        <div
          id="filters"
          part="filters"
          class=${open ? 'filters open' : 'filters'}
          @keydown=${this.#disclosure.onKeydown}
        >
          ${filtersView(t, this.#facets, f, this.#onCheck, this.#onSelect)}
        </div>
        <div class="results">
          <p part="total" class="total">${settled && list.state !== 'empty' ? found : ''}</p>
          ${pagedListView(list, t, renderItems, {
            empty: t.t('empty'),
            notConfigured: t.t('notConfigured'),
            skeletonRows: rows,
          })}
          ${
            list.state === 'empty' && isFiltered(f)
              ? html`<button
                  part="clear-button"
                  class="button secondary"
                  type="button"
                  @click=${this.#onClear}
                >
                  ${t.t('clearFilters')}
                </button>`
              : nothing
          }
        </div>
      </div>
      ${liveRegion(settled ? (this.#more ? list.announcement : found) : '')}
    </div>`;
  }
}
