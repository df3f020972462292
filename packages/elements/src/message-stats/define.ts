/**
 * Registers `<portal-message-stats>`. This module's only side effect is the registration: it skips
 * a tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalMessageStats } from './message-stats.js';
import type { PortalErrorEvent, PortalLoadEvent } from './message-stats.js';

const defined = customElements.get('portal-message-stats');
if (!defined) {
  customElements.define('portal-message-stats', PortalMessageStats);
} else if (defined !== PortalMessageStats) {
  console.warn('Portal Kit: <portal-message-stats> is already defined by another class; kept it.');
}

export { PortalMessageStats };

declare global {
  interface HTMLElementTagNameMap {
    'portal-message-stats': PortalMessageStats;
  }
  interface GlobalEventHandlersEventMap {
    'portal-load': PortalLoadEvent;
    'portal-error': PortalErrorEvent;
  }
}
