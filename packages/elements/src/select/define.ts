/**
 * Registers `<portal-select>`. This module's only side effect is the registration: it skips
 * a tag that is already defined, and warns when another class (e.g. another copy of the kit)
 * defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalSelect } from './select.js';

const defined = customElements.get('portal-select');
if (!defined) {
  customElements.define('portal-select', PortalSelect);
} else if (defined !== PortalSelect) {
  console.warn('Portal Kit: <portal-select> is already defined by another class; kept it.');
}

export { PortalSelect };

declare global {
  interface HTMLElementTagNameMap {
    'portal-select': PortalSelect;
  }
}
