/**
 * Registers `<portal-document>`. This module's only side effect is the registration: it skips a
 * tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalDocument } from './document.js';

const defined = customElements.get('portal-document');
if (!defined) {
  customElements.define('portal-document', PortalDocument);
} else if (defined !== PortalDocument) {
  console.warn('Portal Kit: <portal-document> is already defined by another class; kept it.');
}

export { PortalDocument };

declare global {
  interface HTMLElementTagNameMap {
    'portal-document': PortalDocument;
  }
}
