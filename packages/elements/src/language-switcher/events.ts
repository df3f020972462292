/** The event and public types of `<portal-language-switcher>`. */
import type { Site } from '@portal-kit/sdk';
import type { LanguageCode } from '@portal-kit/i18n';

/** How a choice takes effect: in the page, or by going to the localized page. */
export type LanguageSwitchMode = 'in-page' | 'navigate';

/** What the switcher needs of a site record: its languages and how its pages are addressed. */
export type LanguageSwitcherSite = Pick<Site, 'domain' | 'languages' | 'urlPattern'>;

/** Detail of {@link LanguageChangeEvent}. */
export interface LanguageChangeDetail {
  /** The chosen language's code, e.g. `en`. */
  readonly lang: LanguageCode;
  /** The language shown before the choice (`null` when it is not one the switcher offers). */
  readonly previous: LanguageCode | null;
  /** How the choice takes effect. */
  readonly mode: LanguageSwitchMode;
  /** In `navigate` mode, the localized page's address; `null` in `in-page` mode. */
  readonly url: string | null;
}

/**
 * `portal-language-change`: the reader chose a language. Dispatched BEFORE the switch (before
 * `lang` changes or before navigating); bubbles, composed, cancelable — `preventDefault()` keeps
 * the page as it is (e.g. to switch through a router instead).
 *
 * The i18n package's `notifyLanguageChange()` dispatches a plain `Event` of the same name on
 * `document`; check `event instanceof LanguageChangeEvent` when listening there.
 */
export class LanguageChangeEvent extends CustomEvent<LanguageChangeDetail> {
  constructor(detail: LanguageChangeDetail) {
    super('portal-language-change', { detail, bubbles: true, composed: true, cancelable: true });
  }
}
