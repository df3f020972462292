import { html, isServer, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { CoreClient, Site } from '@portal-kit/sdk';
import { commonNamespace, mastheadNamespace } from '@portal-kit/i18n';
import type { MastheadStrings } from '@portal-kit/i18n';
import { PortalElement } from '../base/portal-element.js';
import { safeHref } from '../base/safe-href.js';
import { invalidSiteView, SiteRecord } from '../base/site-record.js';
import type { SiteState } from '../base/site-record.js';
import { commonT, emptyView, noticeView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import {
  applyStoredCareMode,
  CareModeChangeEvent,
  isCareModeOn,
  setCareMode,
} from './care-mode.js';
import { mastheadStyles } from './masthead.styles.js';
import {
  careButton,
  mastheadSkeleton,
  namesView,
  placeholderEmblem,
  searchView,
} from './masthead-view.js';

/**
 * The masthead every page of the site group shares: a skip link to the page's main content
 * (the first thing the keyboard reaches), the ministry's emblem, the ministry's name and the
 * unit's name in the page's language, the language switcher, a search entry, an accessibility
 * entrance and the care-mode toggle (关怀版: larger text, stronger contrast, no motion, for every
 * Portal Kit component on the page; remembered).
 *
 * It is rendered from a site record, given as an object (`.site = record`) or loaded by its id
 * (`site="wms"`), and only from a record `validateSite()` of `@portal-kit/sdk` accepts: for any
 * other it shows an alert naming every field to correct, never half a masthead. The skip link
 * is there in every state: the page's bypass never depends on data. While loading, the masthead
 * already takes its final height, so nothing below it moves.
 *
 * @tagname portal-masthead
 * @summary The shared masthead: skip link, emblem, names, languages, search, care mode.
 *
 * @attribute {string} lang - The language of the strings and names. Optional: by default the
 *   nearest ancestor's `lang`, else `<html lang>`.
 *
 * @fires {CareModeChangeEvent} portal-care-mode-change - The reader turned care mode on or off. `detail: { on }`.
 * @fires {PortalErrorEvent} portal-error - Loading the site record failed. `detail: { error }`.
 *
 * @slot emblem - The ministry's emblem (an `<img alt="">` or inline SVG the ministry supplies). Default: a neutral placeholder.
 * @slot languages - The language switcher (`<portal-language-switcher>`).
 * @slot search - A search entry of the page's own, in place of the one `search-url` gives.
 *
 * @csspart base - The `header` (the banner landmark); carries the `lang` and `dir` of the strings.
 * @csspart skip-link - The skip link (visible when focused).
 * @csspart bar - The row of tools: languages, search, accessibility, care mode.
 * @csspart search - The search form; `search-input` and `search-button` inside it.
 * @csspart accessibility-link - The accessibility entrance.
 * @csspart care-button - The care-mode toggle (`aria-pressed`).
 * @csspart brand - The row of the emblem and the names.
 * @csspart emblem - The emblem's box.
 * @csspart names - The names; `ministry` and `unit` inside it.
 * @csspart skeleton - The placeholder while loading.
 * @csspart empty - The notice of a masthead without a site.
 * @csspart error - The error box: loading failed (with its retry button), or `invalid` (with `fields`).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --portal-masthead-bar-size - Height of the tools row. Default: `3em` (`5.5em` on narrow screens, where it wraps).
 * @cssprop --portal-masthead-brand-size - Height of the emblem and names row (three lines of names). Default: `6em`.
 * @cssprop --portal-masthead-background - Background of the brand row. Default: `--portal-color-surface`.
 * @cssprop --portal-care-scale - Set by care mode on the document (text size factor, `1.25`); read by every component.
 *
 * @example
 * <portal-masthead site="wms" api-base="https://api.example.gov.cn" search-url="/search"
 *   accessibility-url="/accessibility.html">
 *   <img slot="emblem" src="/emblem.svg" alt="" />
 *   <portal-language-switcher slot="languages"></portal-language-switcher>
 * </portal-masthead>
 * <main id="main">…</main>
 */
export class PortalMasthead extends PortalElement<MastheadStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, mastheadStyles];

  static override properties: PropertyDeclarations = {
    site: {},
    apiBase: { attribute: 'api-base' },
    client: { attribute: false },
    main: {},
    searchUrl: { attribute: 'search-url' },
    accessibilityUrl: { attribute: 'accessibility-url' },
  };

  readonly #site = new SiteRecord(this);

  /** The site: its id (`wms`), loaded from the API, or its record (a `Site` object). */
  declare site?: string | Site;

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;

  /** The SDK client to load with. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  /** The skip link's target: the page's main content, as `#id`. Default `#main`. */
  declare main?: string;

  /** Where the search form sends `q` (GET). Default: no search entry. */
  declare searchUrl?: string;

  /** The address of the site's accessibility page. Default: no entrance. */
  declare accessibilityUrl?: string;

  constructor() {
    super(mastheadNamespace, [commonNamespace]);
  }

  override connectedCallback(): void {
    // A server render has no document: it renders care mode off.
    if (isServer) return super.connectedCallback();
    // Before the first render, so the page paints in the remembered mode from the start.
    applyStoredCareMode();
    super.connectedCallback();
    window.addEventListener('portal-care-mode-change', this.#onCareChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('portal-care-mode-change', this.#onCareChange);
  }

  /** Another masthead of the page switched care mode: show the same. */
  readonly #onCareChange = () => this.requestUpdate();

  readonly #toggleCare = () => {
    const on = !isCareModeOn();
    setCareMode(on);
    this.requestUpdate();
    this.dispatchEvent(new CareModeChangeEvent({ on }));
  };

  /** Moves focus to the main content (made focusable by script when it is not). */
  readonly #skip = (event: Event) => {
    const target = this.#mainElement();
    if (!target) return;
    event.preventDefault();
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
  };

  /** `loading`, `ready`, `invalid` (a record `validateSite()` rejects), `error`, `offline`, `idle`. */
  get state(): SiteState {
    return this.#site.state;
  }

  /** The site record shown (only ever a valid one). */
  get record(): Site | undefined {
    return this.#site.site;
  }

  /** Resolves when the load under way has finished. */
  get loadComplete(): Promise<void> {
    return this.#site.settled;
  }

  /** Loads the record again; once shown, focus goes to the names. */
  retry(): void {
    this.#site.retry();
    void this.#site.settled
      .then(() => this.updateComplete)
      .then(() => this.renderRoot.querySelector<HTMLElement>('[part~="names"]')?.focus());
  }

  #mainElement(): HTMLElement | null {
    const selector = this.main || '#main';
    const root = this.getRootNode() as ParentNode;
    try {
      return root.querySelector<HTMLElement>(selector) ?? document.querySelector(selector);
    } catch {
      return null;
    }
  }

  #ready(site: Site): TemplateResult {
    const l = this.localize;
    const search = safeHref(this.searchUrl);
    const accessibility = safeHref(this.accessibilityUrl);
    return html`<div part="bar" class="bar">
        <slot name="languages"></slot>
        <slot name="search"
          >${
            search // neither unset, empty nor unsafe
              ? searchView(search, l.t('searchLabel'), l.t('searchButton'))
              : nothing
          }</slot
        >
        ${
          accessibility
            ? html`<a part="accessibility-link" class="tool" href=${accessibility}
                >${l.t('accessibility')}</a
              >`
            : nothing
        }
        ${careButton(!isServer && isCareModeOn(), l.t('careMode'), l.t('careModeHint'), this.#toggleCare)}
      </div>
      <div part="brand" class="brand">
        <span part="emblem" class="emblem"><slot name="emblem">${placeholderEmblem}</slot></span>
        ${namesView(site, l.lang, this.#site.rules!.siteMasthead(site, l.lang))}
      </div>`;
  }

  #body(): unknown {
    const l = this.localize;
    const c = commonT(l);
    const record = this.#site;
    switch (record.state) {
      case 'idle':
        return emptyView(l.t('notConfigured'));
      case 'loading':
        return mastheadSkeleton(c('loading'));
      case 'invalid':
        return invalidSiteView(record.violations, {
          title: l.t('invalid'),
          fields: l.t('invalidFields'),
          whole: l.t('wholeRecord'),
        });
      case 'error':
      case 'offline':
        return noticeView(c, record.load, () => this.retry());
      default:
        return this.#ready(record.site as Site);
    }
  }

  override render(): TemplateResult {
    const l = this.localize;
    if (!l.isReady) {
      return html`<header part="base" class="base">${mastheadSkeleton('')}</header>`;
    }
    const main = this.main || '#main';
    return html`<header
      part="base"
      class="base"
      lang=${l.lang}
      dir=${l.dir}
      aria-busy=${this.#site.state === 'loading'}
    >
      <a
        part="skip-link"
        class="skip-link"
        href=${main.startsWith('#') ? main : '#'}
        @click=${this.#skip}
        >${l.t('skipLink')}</a
      >
      ${this.#body()}
    </header>`;
  }
}

export { CareModeChangeEvent };
