/**
 * Registers `<portal-news-feed>`. This module's only side effect is the registration: it skips a
 * tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalNewsFeed } from './news-feed.js';
import type { PortalErrorEvent, PortalLoadEvent } from './news-feed.js';

const defined = customElements.get('portal-news-feed');
if (!defined) {
  customElements.define('portal-news-feed', PortalNewsFeed);
} else if (defined !== PortalNewsFeed) {
  console.warn('Portal Kit: <portal-news-feed> is already defined by another class; kept it.');
}

export { PortalNewsFeed };

declare global {
  interface HTMLElementTagNameMap {
    'portal-news-feed': PortalNewsFeed;
  }
  interface GlobalEventHandlersEventMap {
    'portal-load': PortalLoadEvent;
    'portal-error': PortalErrorEvent;
  }
}
