/**
 * Registers `<portal-policy-list>`. This module's only side effect is the registration: it skips
 * a tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalPolicyList } from './policy-list.js';
import type { PortalErrorEvent, PortalLoadEvent } from './policy-list.js';

const defined = customElements.get('portal-policy-list');
if (!defined) {
  customElements.define('portal-policy-list', PortalPolicyList);
} else if (defined !== PortalPolicyList) {
  console.warn('Portal Kit: <portal-policy-list> is already defined by another class; kept it.');
}

export { PortalPolicyList };

declare global {
  interface HTMLElementTagNameMap {
    'portal-policy-list': PortalPolicyList;
  }
  interface GlobalEventHandlersEventMap {
    'portal-load': PortalLoadEvent;
    'portal-error': PortalErrorEvent;
  }
}
