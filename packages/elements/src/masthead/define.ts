/**
 * Registers `<portal-masthead>`. This module's only side effect is the registration: it skips a
 * tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { CareModeChangeEvent, PortalMasthead } from './masthead.js';

const defined = customElements.get('portal-masthead');
if (!defined) {
  customElements.define('portal-masthead', PortalMasthead);
} else if (defined !== PortalMasthead) {
  console.warn('Portal Kit: <portal-masthead> is already defined by another class; kept it.');
}

export { CareModeChangeEvent, PortalMasthead };

declare global {
  interface HTMLElementTagNameMap {
    'portal-masthead': PortalMasthead;
  }
  interface GlobalEventHandlersEventMap {
    'portal-care-mode-change': CareModeChangeEvent;
  }
}
