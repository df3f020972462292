import { html, isServer, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { CoreClient, Site } from '@portal-kit/sdk';
import { commonNamespace, footerNamespace } from '@portal-kit/i18n';
import type { FooterStrings } from '@portal-kit/i18n';
import { PortalElement } from '../base/portal-element.js';
import { serverSession } from '../base/hydration.js';
import { safeHref } from '../base/safe-href.js';
import { invalidSiteView, SiteRecord } from '../base/site-record.js';
import type { SiteState } from '../base/site-record.js';
import { commonT, emptyView, noticeView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import { errorReportHref } from './footer-links.js';
import { footerStyles } from './footer.styles.js';
import {
  contactView,
  footerSkeleton,
  organizerView,
  placeholderMark,
  recordsView,
} from './footer-view.js';
import type { FactLabels } from './footer-view.js';

/**
 * The footer every page of the site group shares: the organizer (主办单位) in the page's
 * language (else in Chinese), the site identification code (网站标识码), the ICP record number
 * linked to MIIT's record system, the public-security record number linked to its record, the
 * contact, the link to report an error on this site to the national government-website service
 * (我为政府网站找错, with the site's code and this page's address), the government-site mark and
 * the sitemap. Links to outside services open in the same tab and are described as external.
 *
 * Like `<portal-masthead>`, it is rendered from a site record given as an object
 * (`.site = record`) or loaded by its id (`site="wms"`), and only from a record `validateSite()`
 * accepts: for any other it shows an alert naming every field to correct, never half a footer.
 * While loading it already takes its final height.
 *
 * @tagname portal-footer
 * @summary The shared footer: organizer, site code, record numbers, contact, error report, mark.
 *
 * @attribute {string} lang - The language of the strings. Optional: by default the nearest
 *   ancestor's `lang`, else `<html lang>`.
 *
 * @fires {PortalErrorEvent} portal-error - Loading the site record failed. `detail: { error }`.
 *
 * @slot mark - The government-site mark (党政机关网站标识) the site was issued, with its link. Default: a neutral placeholder.
 *
 * @csspart base - The `footer` (the content-info landmark); carries the `lang` and `dir` of the strings.
 * @csspart heading - The footer's heading (visually hidden; focused after a retry).
 * @csspart mark - The mark's box.
 * @csspart links - The list of links: `sitemap-link`, `contact-link`, `report-link`.
 * @csspart organizer - The organizer.
 * @csspart contact - The phone and email (`email-link` inside).
 * @csspart address - The postal address.
 * @csspart records - The site code (`site-code`) and the ICP record number (`icp-link`).
 * @csspart public-security - The public-security record number (`public-security-link`).
 * @csspart skeleton - The placeholder while loading.
 * @csspart empty - The notice of a footer without a site.
 * @csspart error - The error box: loading failed (with its retry button), or `invalid` (with `fields`).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --portal-footer-block-size - The footer's height, reserved from the first paint. Default: `12.75em` (`22em` on narrow screens).
 * @cssprop --portal-footer-background - The footer's background. Default: `--portal-color-surface-muted`.
 *
 * @example
 * <portal-footer site="wms" api-base="https://api.example.gov.cn" sitemap-url="/sitemap.html">
 *   <a slot="mark" href="…"><img src="/mark.png" alt="党政机关网站标识" /></a>
 * </portal-footer>
 */
export class PortalFooter extends PortalElement<FooterStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, footerStyles];

  static override properties: PropertyDeclarations = {
    site: {},
    apiBase: { attribute: 'api-base' },
    client: { attribute: false },
    sitemapUrl: { attribute: 'sitemap-url' },
    contactUrl: { attribute: 'contact-url' },
  };

  readonly #site = new SiteRecord(this);

  /** The site: its id (`wms`), loaded from the API, or its record (a `Site` object). */
  declare site?: string | Site;

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;

  /** The SDK client to load with. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  /** The address of the site map. Default: no link. */
  declare sitemapUrl?: string;

  /** The address of the site's contact page. Default: no link. */
  declare contactUrl?: string;

  constructor() {
    super(footerNamespace, [commonNamespace]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) window.addEventListener('popstate', this.#onNavigate);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onNavigate);
  }

  /** The page's address changed: the error report carries the new one. */
  readonly #onNavigate = () => this.requestUpdate();

  /** The page's address may have changed without an event (`replaceState`): take it now. */
  readonly #refreshReport = (event: Event) => {
    const site = this.#site.site;
    if (site)
      (event.currentTarget as HTMLAnchorElement).href = errorReportHref(
        site.siteCode,
        location.href,
      );
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

  /** Loads the record again; once shown, focus goes to the footer's heading. */
  retry(): void {
    this.#site.retry();
  }

  #links(site: Site): TemplateResult {
    const l = this.localize;
    const sitemap = safeHref(this.sitemapUrl);
    const contact = safeHref(this.contactUrl);
    return html`<ul part="links" class="links">
      ${
        this.sitemapUrl && sitemap !== undefined
          ? html`<li><a part="sitemap-link" href=${sitemap}>${l.t('sitemap')}</a></li>`
          : nothing
      }
      ${
        this.contactUrl && contact !== undefined
          ? html`<li><a part="contact-link" href=${contact}>${l.t('contact')}</a></li>`
          : nothing
      }
      <li>
        <a
          part="report-link"
          href=${errorReportHref(site.siteCode, isServer ? (serverSession()?.url ?? '') : location.href)}
          aria-describedby="external"
          @click=${this.#refreshReport}
          >${l.t('reportError')}</a
        >
      </li>
    </ul>`;
  }

  #ready(site: Site): TemplateResult {
    const l = this.localize;
    const labels: FactLabels = {
      organizer: l.t('organizer'),
      siteCode: l.t('siteCode'),
      icp: l.t('icp'),
      publicSecurity: l.t('publicSecurity'),
      phone: l.t('phone'),
      email: l.t('email'),
      address: l.t('address'),
    };
    return html`<div class="inner">
      <span part="mark" class="mark"><slot name="mark">${placeholderMark}</slot></span>
      <div class="facts">
        ${this.#links(site)} ${organizerView(site, l.lang, labels.organizer)}
        ${contactView(site, labels)} ${recordsView(site, labels)}
      </div>
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
        return footerSkeleton(c('loading'));
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
      return html`<footer part="base" class="base">${footerSkeleton('')}</footer>`;
    }
    return html`<footer
      part="base"
      class="base"
      lang=${l.lang}
      dir=${l.dir}
      aria-busy=${this.#site.state === 'loading'}
    >
      <h2 part="heading" class="heading visually-hidden" tabindex="-1">${l.t('heading')}</h2>
      ${this.#body()}
      <span id="external" hidden>${l.t('external')}</span>
    </footer>`;
  }
}
