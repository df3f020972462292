/**
 * Registers `<portal-news-feed>`. This module's only side effect is the registration: it skips a
 * tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it.
 */
import { PortalNewsFeed } from './news-feed.js';

const tag = 'portal-news-feed';
const defined = customElements.get(tag);
if (!defined) {
  customElements.define(tag, PortalNewsFeed);
} else if (defined !== PortalNewsFeed) {
  console.warn(`Portal Kit: <${tag}> is already defined by another class; keeping that one.`);
}

export { PortalNewsFeed };

declare global {
  interface HTMLElementTagNameMap {
    'portal-news-feed': PortalNewsFeed;
  }
}
