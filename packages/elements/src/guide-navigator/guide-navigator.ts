import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { CoreClient, Guide, GuideId, GuideNode, Service } from '@portal-kit/sdk';
import { commonNamespace, guideNavigatorNamespace } from '@portal-kit/i18n';
import type { GuideNavigatorStrings } from '@portal-kit/i18n';
import { PortalErrorEvent } from '../base/events.js';
import { clampInteger, headingPlaceholder, headingView } from '../base/heading.js';
import { addStyles, lazy } from '../base/lazy.js';
import { PortalElement } from '../base/portal-element.js';
import { clientId, resolveClient } from '../client.js';
import { RecordController } from '../controllers/record-controller.js';
import { UrlStateController } from '../controllers/url-state.js';
import { commonT, emptyView, noticeView, skeletonView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import { PortalGuideSelectEvent } from './events.js';
import type { GuideSelectKind } from './events.js';
import { guideNavigatorStyles } from './guide-navigator.styles.js';
import { ancestorsOf, filterTree, nodeCodec, plainClick, treeOf } from './guide-tree.js';
import type { GuideTree } from './guide-tree.js';
import { TreeState } from './tree-state.js';
import { sectionPanel, servicePanel, sideView } from './panel-views.js';
import type { PanelContext } from './panel-views.js';
import type * as ServicePageModule from './service-page.js';

export { PortalGuideSelectEvent } from './events.js';
export type { GuideSelectDetail, GuideSelectKind } from './events.js';

/** The inputs of one load: of the guide, or of a service item. */
interface LoadArgs {
  client: CoreClient;
  id: string;
  lang: string;
}

const keyOf = ({ client, id, lang }: LoadArgs) => `${clientId(client)} ${id} ${lang}`;

/**
 * A business guide (业务指南) as a navigable tree beside the section it shows: the guide's
 * sections and service items as disclosure navigation (links, with a button to show or hide
 * each section's subsections), a filter that narrows the tree to titles containing the words
 * typed while keeping every section above a match (matches marked, the count said politely),
 * breadcrumbs, and a panel with the section's text — or, for a service item, its whole service
 * guide: organ, legal basis, conditions, materials, numbered steps ("all of" / "one of"
 * sub-steps), the time limits with the day a decision is due when applying today (working days,
 * the portal's holiday calendar), fees, where and when, the online service, the phone and
 * frequent questions. A withdrawn item is shown as withdrawn, with its date and note.
 *
 * The node shown lives in the page's URL (`?guide-node=<id>`: a link to it can be shared; back,
 * forward and reload restore it) unless `no-url-state` is set. Two columns on a wide element,
 * one on a narrow one. The service page's code loads when a service item is first opened.
 *
 * @tagname portal-guide-navigator
 * @summary A business guide's tree with a filter, breadcrumbs and the section or service shown.
 *
 * @attribute {string} guide - The guide to load: `china-market`, `foreign-trade`, `investment`, `cooperation`, `trade-remedy` or `wto`. Or set the property to a `Guide` object (no request).
 * @attribute {string} lang - Language of the strings and of the texts asked for. Default: inherited.
 * @attribute {string} api-base - Origin of the Portal API server (the element adds `/api/v1`).
 * @attribute {string} document-href - A portal document's page, `{id}` for its id (`/policies/{id}.html`): a service's legal basis links there.
 * @attribute {number} heading-level - Level of the guide's title, 2–6 (the panel's is one below). Default 2.
 * @attribute {boolean} no-url-state - Keep the node shown out of the page's URL.
 * @attribute {string} today - The day the time limits count from (`YYYY-MM-DD`). Default: today in Beijing.
 *
 * @fires {PortalGuideSelectEvent} portal-guide-select - The reader opened a node (or the overview). `detail: { id, kind }`, `kind` one of `section`, `service`, `guide`.
 * @fires {PortalErrorEvent} portal-error - Loading the guide or a service item failed. `detail: { error }`.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart heading - The guide's title (`h2`–`h6` per `heading-level`).
 * @csspart filter - The filter field.
 * @csspart status - The polite live region saying how many sections match.
 * @csspart no-match - The message shown when no title matches the filter.
 * @csspart clear-button - The button that clears the filter.
 * @csspart nav - The tree's navigation landmark.
 * @csspart tree - The top list of the tree.
 * @csspart node - A node of the tree (`li`).
 * @csspart toggle - The button that shows or hides a section's subsections.
 * @csspart link - A node's link; also `current` for the node shown, `service` for a service item.
 * @csspart title - A node's title.
 * @csspart badge - "Service" or "Withdrawn" after a service item's title.
 * @csspart mark - A match of the filter in a title.
 * @csspart panel - The panel showing the section or service item.
 * @csspart overview - The guide's summary, shown while no node is open.
 * @csspart breadcrumbs - The breadcrumbs (`nav`).
 * @csspart panel-heading - The title of the node shown (focused after a choice).
 * @csspart fallback - The notice that a text is shown in Chinese.
 * @csspart body - A section's text.
 * @csspart children - The links to a section's own nodes.
 * @csspart field - A field of a service item's page; also `field-<name>`: `field-legal-basis`, `field-conditions`, `field-materials`, `field-process`, `field-time-limit`, `field-fees`, `field-where`, `field-when`, `field-enquiry`, `field-faq`.
 * @csspart summary - The item's code and handling organ (`dl`).
 * @csspart document-link - A link of the legal basis to the portal's document page.
 * @csspart faq - A frequent question (`details`).
 * @csspart materials - The materials table.
 * @csspart steps - The numbered steps; `step`, `step-details`, `step-number`, `step-mode` inside.
 * @csspart decision - The day a decision is due when applying today.
 * @csspart withdrawn - The notice of a withdrawn item.
 * @csspart online - The link to the online service.
 * @csspart phone - The enquiry phone number (a `tel:` link).
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The message shown when the guide has no sections or no guide is set.
 * @csspart error - The error box (with its retry button).
 * @csspart notice - The notice over a saved copy (with its retry button).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --portal-guide-navigator-nav-width - Width of the tree's column on a wide element. Default: `18rem`.
 * @cssprop --portal-guide-navigator-min-height - Height reserved for the tree and panel (from the first paint, so a guide's first view moves nothing below it). Default: `36rem`.
 * @cssprop --portal-guide-navigator-link-color - Colour of links. Default: `--portal-color-accent`.
 * @cssprop --portal-guide-navigator-current-color - Background of the node shown. Default: `--portal-color-surface-muted`.
 * @cssprop --portal-guide-navigator-mark-color - Background of filter matches. Default: `--portal-color-notice`.
 * @cssprop --portal-guide-navigator-heading-size - Font size of the panel's title. Default: `1.375em`.
 *
 * @example
 * <portal-guide-navigator api-base="https://api.example.gov.cn" guide="investment"
 *   document-href="/policies/{id}.html"></portal-guide-navigator>
 */
export class PortalGuideNavigator extends PortalElement<GuideNavigatorStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, guideNavigatorStyles];

  static override properties: PropertyDeclarations = {
    guide: {},
    apiBase: { attribute: 'api-base' },
    documentHref: { attribute: 'document-href' },
    headingLevel: { attribute: 'heading-level' },
    noUrlState: { attribute: 'no-url-state', type: Boolean },
    today: {},
    client: { attribute: false },
  };

  readonly #pages = lazy<typeof ServicePageModule>(() => import('./service-page.js'));

  readonly #url = new UrlStateController<{ node: string | null }>(this, {
    prefix: 'guide-',
    codecs: { node: nodeCodec },
    apply: ({ node }) => {
      if (node === this.#node) return;
      this.#node = node;
      this.#revealed = undefined;
      if (this.hasUpdated) this.#fire(node);
      this.requestUpdate();
    },
  });

  readonly #guide = new RecordController<LoadArgs, Guide>(this, {
    args: () => this.#args(typeof this.guide === 'string' ? this.guide : undefined),
    key: keyOf,
    load: ({ client, id, lang }, { signal }) =>
      client.request('GET', '/guides/{id}', {
        params: { id: id as GuideId },
        query: { lang },
        signal,
      }),
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  readonly #service = new RecordController<LoadArgs, Service>(this, {
    args: () => {
      const node = this.#current();
      return this.#args(node?.kind === 'service' ? node.id : undefined);
    },
    key: keyOf,
    load: async ({ client, id, lang }, { signal }) => {
      // The page's code loads beside the request; the page is shown once both are here.
      const page = this.#pages.get().then((m) => m && (addStyles(this, [m.servicePageStyles]), m));
      const service = await client.request('GET', '/services/{id}', {
        params: { id },
        query: { lang },
        signal,
      });
      if (!(await page))
        throw new Error("Portal Kit: the service page's code could not be loaded.");
      return service;
    },
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  #node: string | null = null;
  readonly #state = new TreeState(this, this.localize, () => this.#tree());
  /** The guide whose tree was opened down to {@link #node}. */
  #revealed: Guide | undefined;

  /**
   * The guide: its id as the attribute gives it (`investment`), loaded from the API; or a `Guide`
   * object (from `GET /api/v1/guides/{id}` or anywhere), shown as it is.
   */
  declare guide?: string | Guide;

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;

  /** A portal document's page, `{id}` standing for its id: the legal basis links there. */
  declare documentHref?: string;

  /** Level of the guide's title, 2–6. Default 2. */
  headingLevel: number | string = 2;

  /** Keeps the node shown out of the URL (attribute `no-url-state`). */
  noUrlState = false;

  /** The day time limits count from (`YYYY-MM-DD`); default: today in Beijing. */
  declare today?: string;

  /** The SDK client to load with. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  constructor() {
    super(guideNavigatorNamespace, [commonNamespace]);
    // Delegated: the links of the tree, the breadcrumbs and the sections, the tree's buttons.
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#state.onKeydown);
  }

  /** `idle`, `loading`, `ready`, `empty`, `error` or `stale` (of the guide). */
  get state(): string {
    const guide = this.#data();
    if (typeof this.guide === 'object' || this.#guide.state === 'ready') {
      return guide && guide.nodes.length > 0 ? 'ready' : guide ? 'empty' : 'idle';
    }
    return this.#guide.state;
  }

  /** The state of the service item shown: `idle` (none), `loading`, `ready`, `error`, `stale`. */
  get serviceState(): string {
    return this.#service.state;
  }

  /** The id of the node shown, or `null` for the guide's overview. */
  get node(): string | null {
    return this.#current()?.id ?? null;
  }

  /** Resolves when the guide's load under way has finished. */
  get loadComplete(): Promise<void> {
    return this.#guide.settled;
  }

  /** Resolves when the service item's load under way has finished. */
  get serviceComplete(): Promise<void> {
    return this.#service.settled;
  }

  /**
   * Loads the guide again, or the service item shown when that is what failed (then focuses its
   * title, after the record's own move to the guide's).
   */
  retry(): void {
    const service = this.#service;
    if (service.state !== 'error' && service.state !== 'stale') return this.#guide.retry();
    service.retry();
    // A task later: after the record's own move (to the guide's title, in microtasks).
    void service.settled
      .then(() => new Promise((done) => setTimeout(done)))
      .then(() => this.#focus('[part~="panel-heading"]'));
  }

  /** Shows the node `id` (`null`: the guide's overview), as a reader's choice (a history entry). */
  show(id: string | null): void {
    this.#select(id, false);
  }

  /** The inputs of a load of `id`, or `null` (nothing to load, no client, strings not here). */
  #args(id: string | undefined): LoadArgs | null {
    const client = resolveClient({ client: this.client, apiBase: this.apiBase });
    return id && client && this.localize.isReady
      ? { client, id, lang: this.localize.contentLang }
      : null;
  }

  #data(): Guide | undefined {
    return typeof this.guide === 'object' ? this.guide : this.#guide.data;
  }

  #tree(): GuideTree | undefined {
    const guide = this.#data();
    return guide ? treeOf(guide) : undefined;
  }

  #current(): GuideNode | undefined {
    return this.#node === null ? undefined : this.#tree()?.byId.get(this.#node);
  }

  #href(id: string | null): string {
    return this.#url.urlFor({ node: id }).href;
  }

  #fire(id: string | null): void {
    const node = id === null ? undefined : this.#tree()?.byId.get(id);
    const kind: GuideSelectKind = node?.kind ?? 'guide';
    this.dispatchEvent(
      new PortalGuideSelectEvent({ id: node?.id ?? this.#data()?.id ?? '', kind }),
    );
  }

  async #select(id: string | null, focus: boolean): Promise<void> {
    if (id !== this.#node) {
      this.#node = id;
      this.#revealed = undefined;
      this.#url.push({ node: id });
      this.#fire(id);
      this.requestUpdate();
    }
    if (focus) await this.#focus(id === null ? '[part~="heading"]' : '[part~="panel-heading"]');
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  readonly #onClick = (event: MouseEvent): void => {
    const target = event.composedPath()[0] as Element;
    if (this.#state.onClick(target)) return;
    const link = target.closest?.('a[data-node]');
    if (!link || !plainClick(event)) return;
    event.preventDefault();
    void this.#select(link.getAttribute('data-node') || null, true);
  };

  #content(guide: Guide, level: number): unknown {
    const l = this.localize;
    const tree = treeOf(guide);
    if (this.#revealed !== guide && this.#node !== null) {
      this.#state.reveal(ancestorsOf(tree, this.#node));
      this.#revealed = guide;
    }
    const state = this.#state;
    const query = state.query.trim();
    const node = this.#current();
    const href = (id: string | null) => this.#href(id);
    const context: PanelContext = { localize: l, guide, tree, href, level };
    const side = sideView(
      {
        localize: l,
        tree,
        current: node?.id ?? null,
        isOpen: (id) => state.isOpen(id),
        query,
        filtered: query === '' ? null : filterTree(tree, query),
        href,
        contentLang: l.contentLang,
        idPrefix: 'sub-',
      },
      { query: state.query, said: state.said, onInput: state.onInput, onClear: state.onClear },
    );
    return html`<div class="layout">
      ${side}
      <div part="panel" class="panel" aria-busy=${this.#service.state === 'loading'}>
        ${
          node?.kind === 'service'
            ? servicePanel(context, node, this.#service, this.#pages.value, this, () =>
                this.retry(),
              )
            : sectionPanel(context, node)
        }
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const l = this.localize;
    if (!l.isReady) {
      return html`<div part="base" class="base">${headingPlaceholder()} ${skeletonView(8)}</div>`;
    }
    const c = commonT(l);
    const level = clampInteger(this.headingLevel, 2, 6, 2);
    const record = this.#guide;
    const guide = this.#data();
    let body: unknown;
    if (!guide) {
      if (typeof this.guide !== 'string' || record.state === 'idle')
        body = emptyView(l.t('notConfigured'));
      else if (record.state === 'error') body = noticeView(c, record, () => this.retry());
      else
        body = html`<div class="layout">
          <div class="side">${skeletonView(8, c('loading'))}</div>
          <div class="panel">${skeletonView(6)}</div>
        </div>`;
    } else if (guide.nodes.length === 0) {
      body = emptyView(l.t('empty'));
    } else {
      body = html`${typeof this.guide === 'object' ? nothing : noticeView(c, record, () => this.retry())}
      ${this.#content(guide, level)}`;
    }
    const title = guide
      ? html`<span part="title" lang=${guide.lang === l.contentLang ? nothing : guide.lang}
          >${guide.title}</span
        >`
      : l.t('heading');
    return html`<div
      part="base"
      class="base"
      lang=${l.lang}
      dir=${l.dir}
      aria-busy=${record.state === 'loading'}
    >
      ${headingView(level, title)} ${body}
    </div>`;
  }
}
