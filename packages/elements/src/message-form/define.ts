/**
 * Registers `<portal-message-form>` and the form elements it is made of (`<portal-text-field>`,
 * `<portal-select>`, `<portal-error-summary>`). This module's only side effect is the
 * registration: it skips a tag that is already defined, and warns when another class (e.g.
 * another copy of the kit) defined it. (The tag is written out literally so the Custom Elements
 * Manifest sees it.)
 */
import '../text-field/define.js';
import '../select/define.js';
import '../error-summary/define.js';
import type { PortalErrorEvent, PortalSubmitEvent } from '../base/events.js';
import { PortalMessageForm } from './message-form.js';
import type { MessageReceipt } from './message-form.js';

const defined = customElements.get('portal-message-form');
if (!defined) {
  customElements.define('portal-message-form', PortalMessageForm);
} else if (defined !== PortalMessageForm) {
  console.warn('Portal Kit: <portal-message-form> is already defined by another class; kept it.');
}

export { PortalMessageForm };

declare global {
  interface HTMLElementTagNameMap {
    'portal-message-form': PortalMessageForm;
  }
  interface GlobalEventHandlersEventMap {
    'portal-submit': PortalSubmitEvent<MessageReceipt>;
    'portal-error': PortalErrorEvent;
  }
}
