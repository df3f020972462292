/**
 * Registers `<portal-text-field>`. This module's only side effect is the registration: it skips
 * a tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalTextField } from './text-field.js';

const defined = customElements.get('portal-text-field');
if (!defined) {
  customElements.define('portal-text-field', PortalTextField);
} else if (defined !== PortalTextField) {
  console.warn('Portal Kit: <portal-text-field> is already defined by another class; kept it.');
}

export { PortalTextField };

declare global {
  interface HTMLElementTagNameMap {
    'portal-text-field': PortalTextField;
  }
}
