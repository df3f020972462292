/**
 * Registers `<portal-footer>`. This module's only side effect is the registration: it skips a
 * tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalFooter } from './footer.js';

const defined = customElements.get('portal-footer');
if (!defined) {
  customElements.define('portal-footer', PortalFooter);
} else if (defined !== PortalFooter) {
  console.warn('Portal Kit: <portal-footer> is already defined by another class; kept it.');
}

export { PortalFooter };

declare global {
  interface HTMLElementTagNameMap {
    'portal-footer': PortalFooter;
  }
}
