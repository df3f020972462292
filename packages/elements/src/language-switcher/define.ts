/**
 * Registers `<portal-language-switcher>`. This module's only side effect is the registration: it
 * skips a tag that is already defined, and warns when another class (e.g. another copy of the
 * kit) defined it. (The tag is written out literally so the Custom Elements Manifest sees it.)
 */
import { PortalLanguageSwitcher } from './language-switcher.js';
import type { LanguageChangeEvent } from './language-switcher.js';

const defined = customElements.get('portal-language-switcher');
if (!defined) {
  customElements.define('portal-language-switcher', PortalLanguageSwitcher);
} else if (defined !== PortalLanguageSwitcher) {
  console.warn(
    'Portal Kit: <portal-language-switcher> is already defined by another class; kept it.',
  );
}

export { PortalLanguageSwitcher };

declare global {
  interface HTMLElementTagNameMap {
    'portal-language-switcher': PortalLanguageSwitcher;
  }
  interface GlobalEventHandlersEventMap {
    'portal-language-change': LanguageChangeEvent;
  }
}
