/**
 * The events of the data components (`<portal-news-feed>`, `<portal-policy-list>`): one class per
 * event, typed by the items and the page of the component that fires it.
 */
import type { NewsItem, Page } from '@portal-kit/sdk';

/**
 * Detail of {@link PortalLoadEvent}.
 *
 * @typeParam I - The items: `NewsItem` for the news feed, `DocumentSummary` for the policy list.
 * @typeParam P - The page: `Page<NewsItem>`, or `DocumentsPage` (with `total` and `facets`).
 */
export interface PortalLoadDetail<I = NewsItem, P extends Page<I> = Page<I>> {
  /** Every item the component now shows, in its order. */
  readonly items: readonly I[];
  /** The page just received (the first page, or the next one after "more"). */
  readonly page: P;
}

/** Detail of {@link PortalErrorEvent}. */
export interface PortalErrorDetail {
  /** What went wrong: a `PortalError` of the SDK (network, timeout, http, invalid) or other. */
  readonly error: unknown;
}

/**
 * `portal-load`: a page of data arrived and is shown. Bubbles, composed. A listener on the
 * policy list types it `PortalLoadEvent<DocumentSummary, DocumentsPage>`.
 */
export class PortalLoadEvent<I = NewsItem, P extends Page<I> = Page<I>> extends CustomEvent<
  PortalLoadDetail<I, P>
> {
  constructor(detail: PortalLoadDetail<I, P>) {
    super('portal-load', { detail, bubbles: true, composed: true });
  }
}

/** `portal-error`: loading failed. Bubbles, composed. */
export class PortalErrorEvent extends CustomEvent<PortalErrorDetail> {
  constructor(detail: PortalErrorDetail) {
    super('portal-error', { detail, bubbles: true, composed: true });
  }
}

/** Detail of {@link PortalSubmitEvent}. */
export interface PortalSubmitDetail<R = unknown> {
  /** The server's acknowledgement of what was submitted (a message's receipt). */
  readonly receipt: R;
}

/**
 * `portal-submit`: a form component's submission was acknowledged by the server. Bubbles,
 * composed. `<portal-message-form>` fires it with the message's receipt.
 */
export class PortalSubmitEvent<R = unknown> extends CustomEvent<PortalSubmitDetail<R>> {
  constructor(detail: PortalSubmitDetail<R>) {
    super('portal-submit', { detail, bubbles: true, composed: true });
  }
}
