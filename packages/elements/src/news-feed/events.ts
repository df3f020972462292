/** The events of `<portal-news-feed>`. */
import type { NewsItem, Page } from '@portal-kit/sdk';

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
