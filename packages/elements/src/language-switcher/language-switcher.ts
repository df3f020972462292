import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Site } from '@portal-kit/sdk';
import {
  LANGUAGE_CODES,
  dirOf,
  findLangAttribute,
  getDefaultLanguage,
  getFixedT,
  getLanguage,
  languageSwitcherNamespace,
  loadNamespace,
  resolveLanguage,
} from '@portal-kit/i18n';
import type { Language, LanguageCode, LanguageSwitcherStrings } from '@portal-kit/i18n';
import { listProperty } from '../base/list-property.js';
import { PortalElement } from '../base/portal-element.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';
import { localizedAddress } from './localized-address.js';

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

/** The `localStorage` key of the remembered choice (a language code). */
export const LANGUAGE_STORAGE_KEY = 'portal-kit:language';
/** The `localStorage` key set to `dismissed` once the reader turned a suggestion down. */
export const SUGGESTION_STORAGE_KEY = 'portal-kit:language-suggestion';

/** The portal language a browser tag names, or `null` (no fallback to the default language). */
function matchLanguage(tag: string): LanguageCode | null {
  const code = resolveLanguage(tag);
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (code === 'zh-CN' && primary !== 'zh') return null;
  return code;
}

function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage disabled (privacy settings): behave as on a first visit
  }
}

function writeStorage(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // storage disabled or full: the choice simply is not remembered
  }
}

/** The default `navigate` hook: a normal navigation to `url`. */
function assignLocation(url: string): void {
  location.assign(url);
}

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

  /** Restores a remembered choice once, on the first connection. */
  #restored = false;

  /**
   * The target's `lang` and `dir` before a remembered choice was applied, while the reader has
   * not chosen on this page: undone if the offered languages change and no longer include it.
   */
  #beforeRestore?: { lang: string | null; dir: string | null };

  /** Whether the reader (or the page, through `select()`) chose a language here. */
  #chosen = false;

  /** Watches the target's `lang`, so a change made by other code shows here too. */
  #targetObserver?: MutationObserver;

  @query('.button') private buttonElement?: HTMLButtonElement;
  @query('.list') private listElement?: HTMLUListElement;

  /** Whether the list is shown. */
  @state() private open = false;

  /** The language proposed to the reader, once its strings are loaded; `null` for none. */
  @state() private suggested: LanguageCode | null = null;

  /**
   * The languages to offer, as codes separated by spaces or commas (`"zh-CN en fr ar"`), in the
   * order to show. Unknown codes are ignored. Empty: the `site`'s languages, else all 19.
   */
  @listProperty() languages!: string[];

  /**
   * The site record (the SDK's `Site`, or just its `domain`, `languages` and `urlPattern`): its
   * languages are offered when `languages` is empty, and `navigate` mode follows its `urlPattern`.
   */
  @property({ attribute: false }) site?: LanguageSwitcherSite;

  /** `in-page` (default): switch the page's `lang` live. `navigate`: go to the localized page. */
  @property({ reflect: true }) mode: LanguageSwitchMode = 'in-page';

  /**
   * In `in-page` mode, a CSS selector of the element whose `lang` and `dir` to set (e.g.
   * `#content`). Default (or no match): `<html>`. Its language is the current one.
   */
  @property() target?: string;

  /**
   * In `navigate` mode without a `site`: where the localized page is, `{lang}` standing for the
   * code. `/{lang}/` (path prefix), `?lang={lang}` (query parameter, kept with the current path)
   * or `{lang}.example.gov.cn` (subdomain). Default: `?lang={lang}`.
   */
  @property({ attribute: 'url-pattern' }) urlPattern?: string;

  /** Do not read or write the remembered choice (and the dismissed suggestion) in `localStorage`. */
  @property({ type: Boolean, attribute: 'no-remember' }) noRemember = false;

  /**
   * The reader's preferred languages, most preferred first, for the first-visit suggestion.
   * Default: `navigator.languages`. Set `[]` to never suggest.
   */
  @property({ attribute: false }) preferredLanguages: readonly string[] =
    typeof navigator === 'undefined' ? [] : navigator.languages;

  /**
   * The path (and query) of the current page, localized in `navigate` mode: a `path` pattern's
   * language prefix is replaced, the query is kept (a query pattern sets its parameter in it).
   * Default: `location.pathname + location.search`.
   */
  @property({ attribute: false }) path?: string;

  /** Performs the navigation in `navigate` mode. Default: `location.assign(url)`. */
  @property({ attribute: false }) navigate: (url: string) => void = assignLocation;

  constructor() {
    super(languageSwitcherNamespace);
  }

  /** The languages offered, in order, each once. */
  get offered(): readonly Language[] {
    const codes =
      this.languages.length > 0
        ? this.languages
        : this.site && this.site.languages.length > 0
          ? this.site.languages
          : LANGUAGE_CODES;
    const seen = new Set<string>();
    const out: Language[] = [];
    for (const code of codes) {
      const language = getLanguage(code);
      if (language && !seen.has(language.code)) {
        seen.add(language.code);
        out.push(language);
      }
    }
    return out;
  }

  /** The language currently shown: the `target`'s (else `<html>`'s) language, resolved. */
  get current(): LanguageCode {
    return resolveLanguage(findLangAttribute(this.#targetElement()) ?? getDefaultLanguage());
  }

  /** Whether the list is open. */
  get expanded(): boolean {
    return this.open;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#restored) {
      this.#restored = true;
      this.#restore();
    }
    this.#observeTarget();
    void this.#suggest();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#targetObserver?.disconnect();
    this.#targetObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('target') && this.isConnected) this.#observeTarget();
    // Languages known only later (a site record fetched after the element connected): a
    // remembered choice is checked again against them.
    if ((changed.has('languages') || changed.has('site')) && this.#restored && !this.#chosen) {
      this.#recheckRestore();
    }
    if (changed.has('preferredLanguages') || changed.has('languages') || changed.has('site')) {
      void this.#suggest();
    }
  }

  // `open` is private state: the untyped map names it.
  protected override updated(changed: PropertyValues): void {
    if (changed.has('open') && this.open) this.#placeList();
  }

  #onToggle(): void {
    this.open = !this.open;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    this.close();
    this.buttonElement?.focus();
  }

  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && (this.renderRoot.contains(next) || this.contains(next))) return;
    this.open = false;
  }

  #onOptionClick(event: MouseEvent, lang: LanguageCode): void {
    // Links in navigate mode: keep new-tab and modified clicks native.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    this.select(lang);
  }

  #onSuggestionSwitch(lang: LanguageCode): void {
    this.suggested = null;
    this.select(lang);
    // The suggestion (and the focused button in it) is gone: focus goes to the switcher's button.
    void this.updateComplete.then(() => this.buttonElement?.focus());
  }

  #onSuggestionDismiss(): void {
    this.suggested = null;
    if (!this.noRemember) writeStorage(SUGGESTION_STORAGE_KEY, 'dismissed');
    void this.updateComplete.then(() => this.buttonElement?.focus());
  }

  /** Closes the list. */
  close(): void {
    this.open = false;
  }

  /**
   * Chooses `lang` as the reader would: fires `portal-language-change` and, unless it is
   * cancelled, remembers the choice and switches the page (or navigates). Returns whether the
   * switch happened (`false` when `lang` is not offered, is already current, or was cancelled).
   */
  select(lang: string): boolean {
    const language = this.offered.find((l) => l.code === getLanguage(lang)?.code);
    const previous = this.current;
    if (!language || language.code === previous) {
      this.#closeAndFocus();
      return false;
    }
    const url = this.mode === 'navigate' ? this.urlFor(language.code) : null;
    const offeredPrevious = this.offered.some((l) => l.code === previous) ? previous : null;
    const event = new LanguageChangeEvent({
      lang: language.code,
      previous: offeredPrevious,
      mode: this.mode,
      url,
    });
    this.#chosen = true;
    if (!this.dispatchEvent(event)) {
      this.#closeAndFocus(); // the page switches by itself (a router): the choice is made
      return false;
    }
    if (!this.noRemember) writeStorage(LANGUAGE_STORAGE_KEY, language.code);
    if (this.suggested === language.code) this.suggested = null;
    if (url !== null) {
      this.#closeAndFocus(); // stays on the page when a custom `navigate` does not leave it
      this.navigate(url);
      return true;
    }
    this.#apply(language.code);
    this.#closeAndFocus();
    return true;
  }

  /** The localized page's address for `lang` in `navigate` mode. */
  urlFor(lang: string): string {
    return localizedAddress(getLanguage(lang)?.code ?? lang, {
      site: this.site,
      urlPattern: this.urlPattern,
      path: this.path ?? location.pathname + location.search,
      current: this.current,
      offered: this.offered.map((l) => l.code),
      location,
    });
  }

  /**
   * The list opens under the button, aligned with its inline-start edge; when that would run off
   * the viewport (a switcher at the end of a masthead, most often in RTL), it aligns with the
   * button's inline-end edge instead.
   */
  #placeList(): void {
    const list = this.listElement;
    if (!list) return;
    list.classList.remove('end');
    const viewport = document.documentElement.clientWidth;
    const overflows = (r: DOMRect) => r.left < 0 || r.right > viewport;
    const start = list.getBoundingClientRect();
    if (!overflows(start)) return;
    list.classList.add('end');
    const end = list.getBoundingClientRect();
    // Neither fits (a very narrow screen): keep the side that shows more of the list.
    if (
      overflows(end) &&
      Math.min(end.right, viewport) - Math.max(end.left, 0) <
        Math.min(start.right, viewport) - Math.max(start.left, 0)
    ) {
      list.classList.remove('end');
    }
  }

  #observeTarget(): void {
    this.#targetObserver?.disconnect();
    if (typeof MutationObserver === 'undefined') return;
    this.#targetObserver = new MutationObserver(() => {
      this.requestUpdate();
      void this.#suggest();
    });
    this.#targetObserver.observe(this.#targetElement(), { attributeFilter: ['lang'] });
  }

  #targetElement(): Element {
    const selected = this.target ? document.querySelector(this.target) : null;
    return selected ?? document.documentElement;
  }

  #apply(lang: LanguageCode): void {
    const target = this.#targetElement();
    target.setAttribute('lang', lang);
    target.setAttribute('dir', dirOf(lang));
    this.requestUpdate();
  }

  #closeAndFocus(): void {
    if (!this.open) return;
    this.open = false;
    this.buttonElement?.focus();
  }

  /** In `in-page` mode, applies a remembered choice the site offers (no event: not a choice). */
  #restore(): void {
    if (this.noRemember || this.mode !== 'in-page') return;
    const remembered = getLanguage(readStorage(LANGUAGE_STORAGE_KEY) ?? '');
    if (!remembered || remembered.code === this.current) return;
    if (!this.offered.some((l) => l.code === remembered.code)) return;
    const target = this.#targetElement();
    this.#beforeRestore ??= { lang: target.getAttribute('lang'), dir: target.getAttribute('dir') };
    this.#apply(remembered.code);
  }

  /** Undoes a restored language the site no longer offers, then restores again. */
  #recheckRestore(): void {
    const before = this.#beforeRestore;
    if (before && !this.offered.some((l) => l.code === this.current)) {
      const target = this.#targetElement();
      for (const [name, value] of Object.entries(before)) {
        if (value === null) target.removeAttribute(name);
        else target.setAttribute(name, value);
      }
      this.#beforeRestore = undefined;
    }
    this.#restore();
  }

  /** Finds the language to propose on a first visit and loads its strings. */
  async #suggest(): Promise<void> {
    const candidate = this.#candidate();
    if (candidate === null) {
      this.suggested = null;
      return;
    }
    await loadNamespace(candidate, languageSwitcherNamespace.name);
    if (this.#candidate() === candidate) this.suggested = candidate;
  }

  #candidate(): LanguageCode | null {
    if (!this.noRemember) {
      if (readStorage(LANGUAGE_STORAGE_KEY) !== null) return null;
      if (readStorage(SUGGESTION_STORAGE_KEY) === 'dismissed') return null;
    }
    const offered = new Set<string>(this.offered.map((l) => l.code));
    for (const tag of this.preferredLanguages) {
      const code = matchLanguage(tag);
      if (code && offered.has(code)) return code === this.current ? null : code;
    }
    return null;
  }

  #renderSuggestion(): TemplateResult | typeof nothing {
    const lang = this.suggested;
    const language = lang ? getLanguage(lang) : undefined;
    if (!lang || !language || lang === this.current) return nothing;
    const t = getFixedT(lang, languageSwitcherNamespace.name);
    const options = { language: language.name, interpolation: { escapeValue: false } };
    return html`<div part="suggestion" class="suggestion" lang=${lang} dir=${language.dir}>
      <p class="suggestion-text">${t('suggestion', options)}</p>
      <button
        part="switch-button"
        class="suggestion-button primary"
        type="button"
        @click=${() => this.#onSuggestionSwitch(lang)}
      >
        ${t('switch')}
      </button>
      <button
        part="dismiss-button"
        class="suggestion-button"
        type="button"
        @click=${() => this.#onSuggestionDismiss()}
      >
        ${t('dismiss')}
      </button>
    </div>`;
  }

  #renderOption(language: Language, current: LanguageCode): TemplateResult {
    const isCurrent = language.code === current;
    const part = isCurrent ? 'option current' : 'option';
    const onClick = (event: MouseEvent) => this.#onOptionClick(event, language.code);
    const option =
      this.mode === 'navigate'
        ? html`<a
            part=${part}
            class="option"
            href=${this.urlFor(language.code)}
            hreflang=${language.code}
            lang=${language.code}
            dir=${language.dir}
            aria-current=${isCurrent ? 'true' : nothing}
            @click=${onClick}
            >${language.name}</a
          >`
        : html`<button
            part=${part}
            class="option"
            type="button"
            lang=${language.code}
            dir=${language.dir}
            aria-current=${isCurrent ? 'true' : nothing}
            @click=${onClick}
          >
            ${language.name}
          </button>`;
    return html`<li>${option}</li>`;
  }

  override render(): TemplateResult {
    const t = this.localize;
    const current = this.current;
    const currentLanguage = getLanguage(current);
    return html`<div
      part="base"
      class="base"
      lang=${t.lang}
      dir=${t.dir}
      @keydown=${this.#onKeydown}
      @focusout=${this.#onFocusOut}
    >
      ${this.#renderSuggestion()}
      <button
        part="button"
        class="button"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="list"
        @click=${this.#onToggle}
      >
        ${t.isReady ? html`<span class="visually-hidden">${t.t('label')}</span>` : nothing}
        <span lang=${current} dir=${dirOf(current)}>${currentLanguage?.name ?? current}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <ul part="list" class="list" id="list" ?hidden=${!this.open}>
        ${this.offered.map((language) => this.#renderOption(language, current))}
      </ul>
    </div>`;
  }
}
