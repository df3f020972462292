/**
 * Registers `<portal-message-list>`. This module's only side effect is the registration: it skips
 * a tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalMessageList } from './message-list.js';
import type { PortalErrorEvent, PortalLoadEvent } from './message-list.js';

const defined = customElements.get('portal-message-list');
if (!defined) {
  customElements.define('portal-message-list', PortalMessageList);
} else if (defined !== PortalMessageList) {
  console.warn('Portal Kit: <portal-message-list> is already defined by another class; kept it.');
}

export { PortalMessageList };

declare global {
  interface HTMLElementTagNameMap {
    'portal-message-list': PortalMessageList;
  }
  interface GlobalEventHandlersEventMap {
    'portal-load': PortalLoadEvent;
    'portal-error': PortalErrorEvent;
  }
}
