/**
 * Registers `<portal-message-status>` and the form elements it is made of (`<portal-text-field>`,
 * `<portal-error-summary>`). This module's only side effect is the registration: it skips a tag
 * that is already defined, and warns when another class (e.g. another copy of the kit) defined
 * it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import '../text-field/define.js';
import '../error-summary/define.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
import { PortalMessageStatus } from './message-status.js';

const defined = customElements.get('portal-message-status');
if (!defined) {
  customElements.define('portal-message-status', PortalMessageStatus);
} else if (defined !== PortalMessageStatus) {
  console.warn('Portal Kit: <portal-message-status> is already defined by another class; kept it.');
}

export { PortalMessageStatus };

declare global {
  interface HTMLElementTagNameMap {
    'portal-message-status': PortalMessageStatus;
  }
  interface GlobalEventHandlersEventMap {
    'portal-load': PortalLoadEvent;
    'portal-error': PortalErrorEvent;
  }
}
