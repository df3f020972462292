/**
 * Registers `<portal-message-inbox>` and the form elements of its sign-in (`<portal-text-field>`,
 * `<portal-error-summary>`; `<portal-select>` comes with the detail, on first use). This module's
 * only side effect is the registration: it skips a tag that is already defined, and warns when
 * another class (e.g. another copy of the kit) defined it. (The tag is written out literally so
 * the Custom Elements Manifest sees it.)
 */
import '../text-field/define.js';
import '../error-summary/define.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
import type { PortalMessageActionEvent } from './events.js';
import { PortalMessageInbox } from './message-inbox.js';

const defined = customElements.get('portal-message-inbox');
if (!defined) {
  customElements.define('portal-message-inbox', PortalMessageInbox);
} else if (defined !== PortalMessageInbox) {
  console.warn('Portal Kit: <portal-message-inbox> is already defined by another class; kept it.');
}

export { PortalMessageInbox };

declare global {
  interface HTMLElementTagNameMap {
    'portal-message-inbox': PortalMessageInbox;
  }
  interface GlobalEventHandlersEventMap {
    'portal-load': PortalLoadEvent;
    'portal-error': PortalErrorEvent;
    'portal-message-action': PortalMessageActionEvent;
  }
}
