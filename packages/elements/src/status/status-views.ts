/**
 * The status views every data component shows — loading skeleton, empty, error with its reason
 * and retry, stale notice, offline notice, the "more" button and the polite live region — as
 * functions returning Lit templates, in the `common` strings, styled by `statusViewStyles`.
 * {@link pagedListView} puts them together around a component's own rows.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { isPortalError } from '@portal-kit/sdk';
import { commonNamespace } from '@portal-kit/i18n';
import type {
  CommonStrings,
  BaseLocalizeController,
  TranslateOptions,
  TranslationKey,
} from '@portal-kit/i18n';
import type { DataState } from '../controllers/data-controller.js';
import type { PagedListController } from '../controllers/paged-list-controller.js';

/** A translate function over the `common` strings. */
export type CommonT = (key: TranslationKey<CommonStrings>, options?: TranslateOptions) => string;

/** What the status views need of a component's localize controller. */
export type SharedLocalize = Pick<BaseLocalizeController, 'tOf'>;

/** `t()` of the `common` strings in the language of `localize` (which must share `common`). */
export function commonT(localize: SharedLocalize): CommonT {
  return (key, options) => localize.tOf<CommonStrings>(commonNamespace, key, options);
}

/**
 * Why a load failed, in plain words: the connection, a time-out, a server error or refusal
 * (with its HTTP status), a set-up problem (an invalid parameter), or something unexpected.
 * A network failure while the browser says it is online is not the reader's connection: it
 * names the service that could not be reached ({@link unreachableReason}).
 */
export function reasonOf(t: CommonT, error: unknown): string {
  if (!isPortalError(error)) return t('reasons.unknown');
  if (error.kind === 'network') return unreachableReason(t, error) ?? t('reasons.network');
  if (error.kind === 'timeout') return t('reasons.timeout');
  if (error.kind === 'invalid') return t('reasons.config');
  const status = (error as { status?: number }).status ?? 0;
  return status >= 500 ? t('reasons.server', { status }) : t('reasons.refused', { status });
}

/**
 * The reason of a network failure that is not the reader's connection: the browser is online,
 * yet the request got no answer. The service at that host is down, or (from another origin) it
 * does not allow this page's origin under CORS, which a browser does not tell scripts apart from
 * a service that is down. `undefined` when the browser is offline (or the failed URL is not
 * known): then the reader's connection is the likely cause.
 */
function unreachableReason(t: CommonT, error: unknown): string | undefined {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return undefined;
  const url = (error as { url?: unknown }).url;
  if (typeof url !== 'string') return undefined;
  const page = typeof location === 'undefined' ? undefined : location.href;
  let target: URL;
  try {
    target = new URL(url, page);
  } catch {
    return undefined;
  }
  const origin = page === undefined ? undefined : new URL(page).origin;
  if (origin !== undefined && origin !== 'null' && origin !== target.origin)
    return t('reasons.crossOrigin', { host: target.host, origin });
  return t('reasons.unreachable', { host: target.host });
}

/**
 * Placeholder rows while loading (`part="skeleton"`, `aria-busy`), one per row to come, each
 * as tall as a real row (a line of text and a smaller line), so the content takes the space
 * the skeleton reserved and nothing below it moves (at most 25 rows: the first screenful).
 * `label` is read by screen readers.
 */
export function skeletonView(rows: number, label?: string): TemplateResult {
  return html`<div part="skeleton" class="skeleton" aria-busy="true">
    ${label ? html`<span class="visually-hidden">${label}</span>` : nothing}
    ${Array.from(
      { length: Math.min(rows, 25) },
      () =>
        html`<div class="skeleton-row" aria-hidden="true">
          <span class="bone"></span><span class="bone short"></span>
        </div>`,
    )}
  </div>`;
}

/** The "nothing to show" message (`part="empty"`). */
export function emptyView(text: string): TemplateResult {
  return html`<p part="empty" class="empty">${text}</p>`;
}

/** The retry button (`part="retry-button"`). */
export function retryButton(t: CommonT, onRetry: () => void): TemplateResult {
  return html`<button part="retry-button" class="button secondary" type="button" @click=${onRetry}>
    ${t('retry')}
  </button>`;
}

/**
 * An error box (`part="error"`, `role="alert"`): a title, the reason in plain words and, when
 * `onRetry` is given, a retry button.
 */
export function errorView(
  t: CommonT,
  error: unknown,
  title: string,
  onRetry?: () => void,
): TemplateResult {
  return html`<div part="error" class="message error" role="alert">
    <p class="error-title">${title}</p>
    <p>${reasonOf(t, error)}</p>
    ${onRetry ? retryButton(t, onRetry) : nothing}
  </div>`;
}

/** The notice over content the client answered from its cache (`part="notice"`), with retry. */
export function staleNotice(t: CommonT, onRetry: () => void): TemplateResult {
  return html`<div part="notice" class="message notice">
    <p>${t('stale')}</p>
    ${retryButton(t, onRetry)}
  </div>`;
}

/**
 * The offline notice (`part="offline"`, `role="status"`): the browser has no connection; the
 * component loads again by itself when it comes back.
 */
export function offlineNotice(t: CommonT): TemplateResult {
  return html`<div part="offline" class="message notice" role="status">
    <p>${t('offline')}</p>
  </div>`;
}

/** The "more" button (`part="more-button"`): `aria-disabled` and "Loading more…" while busy. */
export function moreButton(t: CommonT, busy: boolean, onMore: () => void): TemplateResult {
  return html`<button
    part="more-button"
    class="button"
    type="button"
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${onMore}
  >
    ${busy ? t('loadingMore') : t('more')}
  </button>`;
}

/** The polite live region (`part="status"`, visually hidden) announcing loaded rows. */
export function liveRegion(text: string): TemplateResult {
  return html`<div part="status" class="visually-hidden" role="status">${text}</div>`;
}

/** What {@link noticeView} reads of a data component's load. */
export interface LoadStatus {
  readonly state: DataState;
  readonly error: unknown;
  readonly offline: boolean;
}

/**
 * The notice over (or, without data, instead of) a component's content: offline while the
 * browser is offline after a failure, the stale notice with Retry over cached content, the
 * error box with Retry after a failure, else nothing. For a list ({@link pagedListView}) and
 * for one record alike.
 */
export function noticeView(
  t: CommonT,
  load: LoadStatus,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  const { state } = load;
  if (load.offline && (state === 'stale' || state === 'error')) return offlineNotice(t);
  if (state === 'stale') return staleNotice(t, onRetry);
  return state === 'error' ? errorView(t, load.error, t('error'), onRetry) : nothing;
}

/** The component's own wording for the generic states (each defaults to the `common` one). */
export interface PagedListTexts {
  /** Shown when the list is empty. */
  empty?: string;
  /** Shown when the component has nothing to load from (no client, no `items`). */
  notConfigured?: string;
  /** Placeholder rows while the first page loads: the page size. */
  skeletonRows: number;
}

/**
 * The body of a paged list in whatever state it is: "not configured", the error box, the
 * offline notice, the skeleton, or the rows (from `renderItems`) under a stale or offline notice,
 * then a failed "more" and the "more" button.
 */
export function pagedListView<A, I>(
  list: PagedListController<A, I>,
  localize: SharedLocalize,
  renderItems: (items: readonly I[]) => unknown,
  texts: PagedListTexts,
): TemplateResult {
  const t = commonT(localize);
  const { state, items } = list;
  if (state === 'idle') return emptyView(texts.notConfigured ?? t('notConfigured'));
  const notice = noticeView(t, list, () => list.retry());
  // Without items, an error always has its box (the error or offline notice).
  if (!items)
    return state === 'error'
      ? (notice as TemplateResult)
      : skeletonView(texts.skeletonRows, t('loading'));
  return html`${notice}
  ${items.length === 0 ? emptyView(texts.empty ?? t('empty')) : renderItems(items)}
  ${list.moreError ? errorView(t, list.moreError, t('errorMore')) : nothing}
  ${list.hasMore ? moreButton(t, list.loadingMore, () => list.more()) : nothing}`;
}
