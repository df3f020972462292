/**
 * Registers `<portal-error-summary>`. This module's only side effect is the registration: it skips
 * a tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalErrorSummary } from './error-summary.js';

const defined = customElements.get('portal-error-summary');
if (!defined) {
  customElements.define('portal-error-summary', PortalErrorSummary);
} else if (defined !== PortalErrorSummary) {
  console.warn('Portal Kit: <portal-error-summary> is already defined by another class; kept it.');
}

export { PortalErrorSummary };

declare global {
  interface HTMLElementTagNameMap {
    'portal-error-summary': PortalErrorSummary;
  }
}
