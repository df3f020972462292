import type { ReactiveControllerHost } from 'lit';
import { isStale } from '@portal-kit/sdk';
import type { Page } from '@portal-kit/sdk';
import { commonNamespace } from '@portal-kit/i18n';
import type { CommonStrings, BaseLocalizeController } from '@portal-kit/i18n';
import { DataController } from './data-controller.js';
import type { DataState, LoadContext } from './data-controller.js';
import { OnlineController } from './online-controller.js';

/** The host of a paged list: a Lit element (its render root holds the rows and the heading). */
export type PagedListHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: ParentNode };

/** Options of {@link PagedListController}. */
export interface PagedListOptions<A, I> {
  /** The current inputs (client, query…), read before each render; `null`: nothing to load. */
  args: () => A | null;
  /** Identity of the inputs: a new first page loads when it changes. Default: `JSON.stringify`. */
  key?: (args: A) => string;
  /** Loads one page: the first (`cursor` undefined) or the one `cursor` points to. */
  fetchPage: (args: A, cursor: string | undefined, context: LoadContext) => Promise<Page<I>>;
  /** The host's localize controller: the `common` strings must be among its shared namespaces. */
  localize: Pick<BaseLocalizeController, 'tOf'>;
  /**
   * Called with every page shown: all the items now shown, the page just received (as the
   * server sent it: a page with totals or facets keeps them), and whether it was a next page.
   */
  onPage?: (items: readonly I[], page: Page<I>, more: boolean) => void;
  /** Called with every failure that is not an abort (`more` for a failed next page). */
  onError?: (error: unknown, more: boolean) => void;
}

/** What a paged list holds: every item loaded so far and the cursor of the next page. */
interface Pages<I> {
  items: readonly I[];
  nextCursor: string | null;
}

/**
 * Cursor paging for a list component, on top of {@link DataController}: the first page loads when
 * the inputs change; {@link more} appends the next page, announces it politely ("5 more items
 * loaded") and moves focus to the first new row (its first link or button, else the row);
 * {@link retry} loads again and moves focus to the heading, so focus is never lost to the page;
 * the browser going offline shows as such, and coming back online loads again.
 *
 * The host renders its rows with `data-index` (their position) and its heading with
 * `part="heading"` and `tabindex="-1"`; the status views (`status-views.ts`) render the rest.
 *
 * @typeParam A - the inputs of a load.
 * @typeParam I - the items of the list.
 */
export class PagedListController<A, I> {
  readonly #host: PagedListHost;
  readonly #options: PagedListOptions<A, I>;
  readonly #data: DataController<A, Pages<I>>;
  readonly #online: OnlineController;
  #announcement = '';

  constructor(host: PagedListHost, options: PagedListOptions<A, I>) {
    this.#host = host;
    this.#options = options;
    this.#data = new DataController<A, Pages<I>>(host, {
      args: options.args,
      ...(options.key ? { key: options.key } : {}),
      task: (args, context) => options.fetchPage(args, undefined, context),
      isEmpty: (data) => data.items.length === 0,
      isStale: (result) => typeof result === 'object' && result !== null && isStale(result),
      onData: (data, result, more) => {
        if (more) this.#shown(result as Page<I>);
        options.onPage?.(data.items, result as Page<I>, more);
      },
      onError: (error, more) => options.onError?.(error, more),
    });
    this.#online = new OnlineController(host, () => {
      if (this.state === 'error' || this.state === 'stale') this.#data.retry();
    });
  }

  /** Where the list stands: `idle`, `loading`, `ready`, `empty`, `error` or `stale`. */
  get state(): DataState {
    return this.#data.state;
  }

  /** Every item loaded so far (`undefined` before the first page arrived). */
  get items(): readonly I[] | undefined {
    return this.#data.data?.items;
  }

  /** Whether there is a next page to load. */
  get hasMore(): boolean {
    return Boolean(this.#data.data?.nextCursor);
  }

  /** Whether the next page is loading. */
  get loadingMore(): boolean {
    return this.#data.extending;
  }

  /** Whether a first page or a next page is loading. */
  get busy(): boolean {
    return this.#data.state === 'loading' || this.#data.extending;
  }

  /** The error of the last failed first-page load, while {@link state} is `error`. */
  get error(): unknown {
    return this.#data.error;
  }

  /** The error of the last failed next page, until the next load. */
  get moreError(): unknown {
    return this.#data.extendError;
  }

  /** Whether the browser says it is offline. */
  get offline(): boolean {
    return !this.#online.online;
  }

  /** The text of the polite live region (the host renders it: `liveRegion()`). */
  get announcement(): string {
    return this.#announcement;
  }

  /** Settles when the load or next page started last has finished (never rejects). */
  get settled(): Promise<void> {
    return this.#data.settled;
  }

  /** Loads the list again and, once rendered, moves focus to the heading. */
  retry(): void {
    this.#announcement = '';
    this.#data.retry();
    void this.#host.updateComplete.then(() => {
      this.#host.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    });
  }

  /** Loads the next page, if there is one and none is loading, and appends it. */
  more(): void {
    const cursor = this.#data.data?.nextCursor;
    const args = this.#options.args();
    if (!cursor || !args || this.#data.extending) return;
    this.#announcement = '';
    void this.#data.extend(
      (context) => this.#options.fetchPage(args, cursor, context),
      (current, page) => ({
        items: [...current.items, ...page.items],
        nextCursor: page.nextCursor,
      }),
    );
  }

  /** Announces a next page and moves focus to its first row once it is rendered. */
  #shown(page: Page<I>): void {
    const count = page.items.length;
    const t = this.#options.localize;
    this.#announcement = t.tOf<CommonStrings>(commonNamespace, 'loadedMore', { count });
    this.#host.requestUpdate();
    if (count === 0) return;
    const first = (this.items?.length ?? 0) - count;
    void this.#host.updateComplete.then(() => {
      const row = this.#host.renderRoot.querySelector<HTMLElement>(`[data-index="${first}"]`);
      if (!row) return;
      const target = row.querySelector<HTMLElement>('a[href], button') ?? row;
      if (target === row) row.tabIndex = -1;
      target.focus();
    });
  }
}
