/**
 * Registers `<portal-guide-navigator>`. This module's only side effect is the registration: it
 * skips a tag that is already defined, and warns when another class (e.g. another copy of the
 * kit) defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalGuideNavigator } from './guide-navigator.js';
import type { PortalGuideSelectEvent } from './events.js';

const defined = customElements.get('portal-guide-navigator');
if (!defined) {
  customElements.define('portal-guide-navigator', PortalGuideNavigator);
} else if (defined !== PortalGuideNavigator) {
  console.warn(
    'Portal Kit: <portal-guide-navigator> is already defined by another class; kept it.',
  );
}

export { PortalGuideNavigator };

declare global {
  interface HTMLElementTagNameMap {
    'portal-guide-navigator': PortalGuideNavigator;
  }
  interface GlobalEventHandlersEventMap {
    'portal-guide-select': PortalGuideSelectEvent;
  }
}
