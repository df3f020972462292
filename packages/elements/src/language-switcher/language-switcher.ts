import { html, isServer, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import {
  dirOf,
  findLangAttribute,
  getDefaultLanguage,
  getLanguage,
  languageSwitcherNamespace,
  loadNamespace,
  resolveLanguage,
} from '@portal-kit/i18n';
import type { Language, LanguageCode, LanguageSwitcherStrings } from '@portal-kit/i18n';
import { listProperty } from '../base/list-property.js';
import { PortalElement } from '../base/portal-element.js';
import { readStorage, writeStorage } from '../base/storage.js';
import { DisclosureController } from '../controllers/disclosure-controller.js';
import { LanguageChangeEvent } from './events.js';
import type { LanguageSwitchMode, LanguageSwitcherSite } from './events.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';
import { localizedAddress } from './localized-address.js';
import { optionView, suggestionView } from './templates.js';
import {
  LANGUAGE_STORAGE_KEY,
  SUGGESTION_STORAGE_KEY,
  offeredLanguages,
  suggestionFor,
} from './preferences.js';

export { LanguageChangeEvent } from './events.js';
export type { LanguageChangeDetail, LanguageSwitchMode, LanguageSwitcherSite } from './events.js';
export { LANGUAGE_STORAGE_KEY, SUGGESTION_STORAGE_KEY } from './preferences.js';

/**
 * A language picker for a site: a button that shows and hides the list of the languages the
 * site offers (the WAI-ARIA **disclosure** pattern, not a menu or listbox), each language in its
 * own name and script with `lang` and `dir` on it, the current one marked `aria-current="true"`.
 *
 * Offered languages: the `languages` attribute, else the `site` record's `languages`, else all
 * 19 portal languages. Choosing one fires a cancelable `portal-language-change`, then:
 * - `mode="in-page"` (default): sets `lang` and `dir` on `<html>` (or on the `target` element);
 *   every Portal Kit element on the page follows live, without reload.
 * - `mode="navigate"`: goes to the localized page — the `site`'s `urlPattern` (subdomain, path
 *   prefix or query parameter, through the SDK's `localizedUrl`), else the `url-pattern`
 *   attribute, else `?lang={lang}` on the current page. Options are then real links (`hreflang`).
 *
 * The choice is remembered in `localStorage` under `portal-kit:language` (set `no-remember` to
 * opt out); in `in-page` mode a remembered choice is applied when the element connects. On a
 * first visit (nothing remembered, no suggestion dismissed) the element proposes the reader's
 * most preferred language (`navigator.languages`) that the site offers, unless the page is
 * already in it — in that language, dismissible, never switching by itself.
 *
 * The switcher follows its target: when other code changes the `lang` of `<html>` (or of the
 * `target`), the button and the current mark update.
 *
 * @tagname portal-language-switcher
 * @summary A disclosure button listing the site's languages in their own names; switches the page in place or goes to the localized page.
 *
 * @attribute {string} lang - The language of the switcher's own strings (its button label and
 *   hidden text). Optional: by default the nearest ancestor's `lang`, else `<html lang>`, else
 *   the page default (`configure({ lang })`, else `zh-CN`).
 *
 * @attribute {string} languages - The languages to offer, codes separated by spaces or commas
 *   (`"zh-CN en fr ar"`); the `languages` property takes the same string or an array.
 * @attribute {string} preferred-languages - The reader's preferred languages for the first-visit
 *   suggestion (default `navigator.languages`); the property takes a string or an array.
 *
 * @fires {LanguageChangeEvent} portal-language-change - The reader chose a language; fired before the switch, cancelable (`preventDefault()` stops it). `detail: { lang, previous, mode, url }`.
 *
 * @csspart base - The wrapper of everything; carries the `lang` and `dir` of the strings.
 * @csspart button - The disclosure button (`aria-expanded`), showing the current language's name.
 * @csspart list - The list of languages (`ul`), hidden while closed.
 * @csspart option - One language: a `button` (`in-page`) or a link (`navigate`), with `lang` and `dir`.
 * @csspart current - The option of the current language (also has the `option` part).
 * @csspart suggestion - The first-visit suggestion, in the language it proposes.
 * @csspart switch-button - The suggestion's button that switches to the proposed language.
 * @csspart dismiss-button - The suggestion's button that turns it down.
 *
 * @cssprop --portal-language-switcher-color - Colour of the button and the options. Default: `--portal-color-accent`.
 * @cssprop --portal-language-switcher-list-width - Largest width of the list. Default: `14rem`.
 * @cssprop --portal-language-switcher-shadow - Shadow of the open list. Default: `0 0.25rem 0.75rem rgb(0 0 0 / 0.15)`.
 * @cssprop --portal-color-text - Text colour. Default: `#1f2328` (light), `#e6e8eb` (dark).
 * @cssprop --portal-color-surface - Background of the button and the list. Default: `#ffffff`.
 * @cssprop --portal-color-border - Border of the list. Default: `#d0d7de`.
 * @cssprop --portal-color-accent - Button, options and the suggestion's switch button. Default: `#0b57a4`.
 * @cssprop --portal-color-accent-contrast - Text of the switch button. Default: `#ffffff`.
 * @cssprop --portal-color-notice - Background of the suggestion. Default: `#fff5cc`.
 * @cssprop --portal-color-notice-text - Text of the suggestion. Default: `#4d3800`.
 * @cssprop --portal-color-focus - The focus ring. Default: `#0b57a4`.
 * @cssprop --portal-focus-ring-width - Width of the focus ring. Default: `3px`.
 * @cssprop --portal-font-family - Font family. Default: the system UI font with CJK and Arabic fallbacks.
 * @cssprop --portal-font-size - Base font size. Default: `1rem`.
 * @cssprop --portal-line-height - Line height. Default: `1.5`.
 * @cssprop --portal-space-xs - Smallest space. Default: `0.25rem`.
 * @cssprop --portal-space-s - Small space. Default: `0.5rem`.
 * @cssprop --portal-space-m - Medium space. Default: `1rem`.
 * @cssprop --portal-radius - Corner radius. Default: `0.375rem`.
 *
 * @example
 * <portal-language-switcher languages="zh-CN en fr ar"></portal-language-switcher>
 * <portal-language-switcher mode="navigate" url-pattern="/{lang}/" languages="zh-CN en">
 * </portal-language-switcher>
 */
export class PortalLanguageSwitcher extends PortalElement<LanguageSwitcherStrings> {
  static override styles = [...PortalElement.styles, languageSwitcherStyles];

  static override properties: PropertyDeclarations = {
    suggested: { state: true },
    site: { attribute: false },
    mode: { reflect: true },
    target: {},
    urlPattern: { attribute: 'url-pattern' },
    noRemember: { type: Boolean, attribute: 'no-remember' },
    path: { attribute: false },
    navigate: { attribute: false },
  };

  static {
    listProperty(this, 'languages');
    listProperty(this, 'preferredLanguages', 'preferred-languages');
  }

  /** Restores a remembered choice once, on the first connection. */
  #restored = false;

  /** Whether the reader (or the page, through `select()`) chose a language here. */
  #chosen = false;

  /** Watches the target's `lang`, so that a change made by other code shows here too. */
  #observer?: MutationObserver;

  /** The target's `lang` and `dir` (name, value) before a remembered choice was applied. */
  #before?: [string, string | null][];

  /** The button that shows and hides the list (Escape, focus leaving, placement). */
  readonly #list = new DisclosureController(this, '.button', '.list');

  /** The language proposed to the reader, once its strings are loaded; `null` for none. */
  private suggested: LanguageCode | null = null;

  /**
   * The languages to offer, in the order to show: an array or a string of codes separated by
   * spaces or commas (`"zh-CN en fr ar"`), as an attribute or a property. Unknown codes are
   * ignored. Empty: the `site`'s languages, else all 19.
   */
  declare languages: string[];

  /**
   * The site record (the SDK's `Site`, or just its `domain`, `languages` and `urlPattern`): its
   * languages are offered when `languages` is empty, and `navigate` mode follows its `urlPattern`.
   */
  declare site?: LanguageSwitcherSite;

  /** `in-page` (default): switch the page's `lang` live. `navigate`: go to the localized page. */
  mode: LanguageSwitchMode = 'in-page';

  /**
   * In `in-page` mode, a CSS selector of the element whose `lang` and `dir` to set (e.g.
   * `#content`). Default (or no match): `<html>`. Its language is the current one.
   */
  declare target?: string;

  /**
   * In `navigate` mode without a `site`: where the localized page is, `{lang}` standing for the
   * code. `/{lang}/` (path prefix), `?lang={lang}` (query parameter, kept with the current path)
   * or `{lang}.example.gov.cn` (subdomain). Default: `?lang={lang}`.
   */
  declare urlPattern?: string;

  /** Do not read or write the remembered choice (and the dismissed suggestion) in `localStorage`. */
  noRemember = false;

  /**
   * The reader's preferred languages, most preferred first, for the first-visit suggestion: an
   * array or a string separated by spaces or commas (attribute `preferred-languages`). Default:
   * `navigator.languages`. Set `[]` (or `""`) to never suggest.
   */
  preferredLanguages: string[] = typeof navigator === 'undefined' ? [] : [...navigator.languages];

  /**
   * The path (and query) of the current page, localized in `navigate` mode: a `path` pattern's
   * language prefix is replaced, the query is kept (a query pattern sets its parameter in it).
   * Default: `location.pathname + location.search`.
   */
  declare path?: string;

  /** Performs the navigation in `navigate` mode. Default: `location.assign(url)`. */
  navigate: (url: string) => void = (url) => location.assign(url);

  constructor() {
    super(languageSwitcherNamespace);
  }

  /** The languages offered, in order, each once. */
  get offered(): readonly Language[] {
    return offeredLanguages(this.languages, this.site?.languages);
  }

  /** The language currently shown: the `target`'s (else `<html>`'s) language, resolved. */
  get current(): LanguageCode {
    // A server render has no document: the page's language is the default it rendered with.
    if (isServer) return resolveLanguage(getDefaultLanguage());
    return resolveLanguage(findLangAttribute(this.#element) ?? getDefaultLanguage());
  }

  /** The element whose language is shown and set: the `target` selector's match, else `<html>`. */
  get #element(): Element {
    return (this.target ? document.querySelector(this.target) : null) ?? document.documentElement;
  }

  /** Whether the list is open. */
  get expanded(): boolean {
    return this.#list.open;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return; // a server render: no page to watch, nothing remembered
    this.#observe();
    if (!this.#restored) {
      this.#restored = true;
      this.#restore();
    }
    void this.#suggest();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** Watches the (possibly new) target's `lang` (called while connected, so in a browser). */
  #observe(): void {
    this.#observer?.disconnect();
    this.#observer ??= new MutationObserver(() => {
      this.requestUpdate();
      void this.#suggest();
    });
    this.#observer.observe(this.#element, { attributeFilter: ['lang'] });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('target') && this.isConnected) this.#observe();
    // Languages known only later (a site record fetched after the element connected): a
    // remembered choice is checked again against them.
    const offered = changed.has('languages') || changed.has('site');
    if (offered && this.#restored && !this.#chosen) this.#recheckRestore();
    if (offered || changed.has('preferredLanguages')) void this.#suggest();
  }

  /** Switches to the suggested language (`lang`) or dismisses the suggestion (`null`). */
  readonly #onSuggestion = (lang: LanguageCode | null): void => {
    this.suggested = null;
    if (lang) this.select(lang);
    else if (!this.noRemember) writeStorage(SUGGESTION_STORAGE_KEY, 'dismissed');
    // The suggestion (and the focused button in it) is gone: focus goes to the switcher's button.
    void this.updateComplete.then(() => this.#list.button?.focus());
  };

  /** Closes the list. */
  close(): void {
    this.#list.open = false;
  }

  /**
   * Chooses `lang` as the reader would: fires `portal-language-change` and, unless it is
   * cancelled, remembers the choice and switches the page (or navigates). Returns whether the
   * switch happened (`false` when `lang` is not offered, is already current, or was cancelled).
   */
  select(lang: string): boolean {
    const code = getLanguage(lang)?.code;
    const previous = this.current;
    const codes = this.#codes();
    let url: string | null = null;
    let done = false;
    if (code && code !== previous && codes.includes(code)) {
      if (this.mode === 'navigate') url = this.urlFor(code);
      this.#chosen = true;
      // Cancelled: the page switches by itself (a router), and the choice is made.
      done = this.dispatchEvent(
        new LanguageChangeEvent({
          lang: code,
          previous: codes.includes(previous) ? previous : null,
          mode: this.mode,
          url,
        }),
      );
      if (done) {
        if (!this.noRemember) writeStorage(LANGUAGE_STORAGE_KEY, code);
        if (this.suggested === code) this.suggested = null;
        if (url === null) this.#apply(code);
      }
    }
    this.#list.closeAndFocus();
    // Stays on the page when a custom `navigate` does not leave it.
    if (done && url !== null) this.navigate(url);
    return done;
  }

  /** The codes of the languages offered. */
  #codes(): LanguageCode[] {
    return this.offered.map((l) => l.code);
  }

  /** The localized page's address for `lang` in `navigate` mode. */
  urlFor(lang: string): string {
    return localizedAddress(getLanguage(lang)?.code ?? lang, this, location);
  }

  /** Sets the target's `lang` and `dir`; `remembered` keeps what they were, to undo it. */
  #apply(lang: LanguageCode, remembered = false): void {
    const target = this.#element;
    if (remembered)
      this.#before ??= ['lang', 'dir'].map((name) => [name, target.getAttribute(name)]);
    target.setAttribute('lang', lang);
    target.setAttribute('dir', dirOf(lang));
    this.requestUpdate();
  }

  /** In `in-page` mode, applies a remembered choice the site offers (no event: not a choice). */
  #restore(): void {
    if (this.noRemember || this.mode !== 'in-page') return;
    const remembered = getLanguage(readStorage(LANGUAGE_STORAGE_KEY) ?? '')?.code;
    if (remembered && remembered !== this.current && this.#codes().includes(remembered)) {
      this.#apply(remembered, true);
    }
  }

  /**
   * Undoes a restored language the site no longer offers (puts back the `lang` and `dir` it
   * replaced), then restores again.
   */
  #recheckRestore(): void {
    if (!this.#codes().includes(this.current)) {
      const target = this.#element;
      for (const [name, value] of this.#before ?? []) {
        if (value === null) target.removeAttribute(name);
        else target.setAttribute(name, value);
      }
      this.#before = undefined;
    }
    this.#restore();
  }

  /** Finds the language to propose on a first visit and loads its strings. */
  async #suggest(): Promise<void> {
    const candidate = this.#candidate();
    if (candidate) await loadNamespace(candidate, languageSwitcherNamespace.name);
    // Shown from the second render on: a server-rendered switcher (the server knows no reader's
    // languages) hydrates its first render as the server made it.
    await this.updateComplete;
    if (this.#candidate() === candidate) this.suggested = candidate;
  }

  #candidate(): LanguageCode | null {
    return suggestionFor(this.preferredLanguages, this.#codes(), this.current, !this.noRemember);
  }

  override render(): TemplateResult {
    const t = this.localize;
    const current = this.current;
    const currentLanguage = getLanguage(current);
    const suggested = this.suggested === current ? undefined : getLanguage(this.suggested ?? '');
    return html`<div
      part="base"
      class="base"
      lang=${t.lang}
      dir=${t.dir}
      @keydown=${this.#list.onKeydown}
      @focusout=${this.#list.onFocusOut}
    >
      ${suggested ? suggestionView(suggested, this.#onSuggestion) : nothing}
      <button
        part="button"
        class="button"
        type="button"
        aria-expanded=${this.#list.open ? 'true' : 'false'}
        aria-controls="list"
        @click=${this.#list.toggle}
      >
        ${t.isReady ? html`<span class="visually-hidden">${t.t('label')}</span>` : nothing}
        <span lang=${current} dir=${dirOf(current)}>${currentLanguage?.name ?? current}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <ul part="list" class="list" id="list" ?hidden=${!this.#list.open}>
        ${this.offered.map((language) =>
          optionView(
            language,
            language.code === current,
            this.mode === 'navigate' ? this.urlFor(language.code) : undefined,
            (lang) => this.select(lang),
          ),
        )}
      </ul>
    </div>`;
  }
}
