/**
 * Registers `<portal-document-lookup>` and the form elements it is made of
 * (`<portal-text-field>`, `<portal-select>`, `<portal-error-summary>`). This module's only side
 * effect is the registration: it skips a tag that is already defined, and warns when another
 * class (e.g. another copy of the kit) defined it. (The tag is written out literally so the
 * Custom Elements Manifest sees it.)
 */
import '../text-field/define.js';
import '../select/define.js';
import '../error-summary/define.js';
import { PortalDocumentLookup } from './document-lookup.js';

const defined = customElements.get('portal-document-lookup');
if (!defined) {
  customElements.define('portal-document-lookup', PortalDocumentLookup);
} else if (defined !== PortalDocumentLookup) {
  console.warn(
    'Portal Kit: <portal-document-lookup> is already defined by another class; kept it.',
  );
}

export { PortalDocumentLookup };

declare global {
  interface HTMLElementTagNameMap {
    'portal-document-lookup': PortalDocumentLookup;
  }
}
