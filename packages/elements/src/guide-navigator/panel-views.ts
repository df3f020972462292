/**
 * The views of `<portal-guide-navigator>` around its tree and service page: the side column
 * (filter, count, "no match", the tree's navigation landmark), the breadcrumbs, the panel's
 * title, a section's text and the links to a section's own nodes.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Guide, GuideNode, Service } from '@portal-kit/sdk';
import type { BaseLocalizeController, GuideNavigatorStrings } from '@portal-kit/i18n';
import type { RecordController } from '../controllers/record-controller.js';
import {
  commonT,
  emptyView,
  liveRegion,
  noticeView,
  skeletonView,
} from '../status/status-views.js';
import { ancestorsOf, treeView } from './guide-tree.js';
import type { GuideTree, TreeContext } from './guide-tree.js';
import type * as ServicePageModule from './service-page.js';

/** What the views need from the element. */
export interface PanelContext {
  readonly localize: BaseLocalizeController<GuideNavigatorStrings>;
  readonly guide: Guide;
  readonly tree: GuideTree;
  /** The address of a node's view; `null`: the guide's overview. */
  readonly href: (id: string | null) => string;
  /** Level of the guide's title. */
  readonly level: number;
}

/** `lang` for a text in `lang` shown on a page asking for `contentLang` (nothing when equal). */
export const langOf = (l: PanelContext['localize'], lang: string) =>
  lang === l.contentLang ? nothing : lang;

/** "Not translated yet: shown in Chinese", when a text is not in the language asked for. */
export function fallbackNote(l: PanelContext['localize'], lang: string): unknown {
  return lang !== l.contentLang && l.contentLang !== 'zh-CN'
    ? html`<p part="fallback" class="message notice" role="note">${l.t('fallback')}</p>`
    : nothing;
}

/** "In this section" and a link to each node under `parent` ('' for the top). */
export function linkList(context: PanelContext, parent: string, level: number): unknown {
  const kids = context.tree.children.get(parent) ?? [];
  if (kids.length === 0) return nothing;
  return html`<div class="sub" role="heading" aria-level=${Math.min(level, 6)}>
      ${context.localize.t('inSection')}
    </div>
    <ul part="children">
      ${kids.map(
        (n) =>
          html`<li>
            <a href=${context.href(n.id)} data-node=${n.id} lang=${langOf(context.localize, n.lang)}
              >${n.title}</a
            >
          </li>`,
      )}
    </ul>`;
}

/** The breadcrumbs of `node`: the guide, the sections above it, and itself (`aria-current`). */
export function crumbsView(context: PanelContext, node: GuideNode): TemplateResult {
  const { localize: l, tree, href } = context;
  const crumb = (id: string, title: string, current = false) =>
    html`<li>
      <a href=${href(id || null)} data-node=${id} aria-current=${current ? 'page' : nothing}
        >${title}</a
      >
    </li>`;
  return html`<nav part="breadcrumbs" class="crumbs" aria-label=${l.t('breadcrumbs')}>
    <ol>
      ${crumb('', context.guide.title)}
      ${ancestorsOf(tree, node.id).map((id) => crumb(id, tree.byId.get(id)?.title ?? id))}
      ${crumb(node.id, node.title, true)}
    </ol>
  </nav>`;
}

/**
 * The panel's title: the node's, one level below the guide's (an ARIA heading: one template for
 * every level), focused after a choice.
 */
export function panelHeading(context: PanelContext, node: GuideNode): TemplateResult {
  return html`<div
    part="panel-heading"
    class="heading panel-heading"
    role="heading"
    aria-level=${Math.min(context.level + 1, 6)}
    tabindex="-1"
    lang=${langOf(context.localize, node.lang)}
  >
    ${node.title}
  </div>`;
}

/** The panel of the overview (no node) or of a section. */
export function sectionPanel(context: PanelContext, node: GuideNode | undefined): unknown {
  const { localize: l, level } = context;
  if (!node) {
    return html`<p part="overview">${context.guide.summary}</p>
      ${linkList(context, '', level + 1)}`;
  }
  if (node.kind !== 'section') return nothing;
  return html`${crumbsView(context, node)} ${panelHeading(context, node)}
    ${fallbackNote(l, node.lang)}
    <div part="body" lang=${langOf(l, node.lang)}>
      ${node.body.map((b) =>
        b.kind === 'heading'
          ? html`<div class="sub" role="heading" aria-level=${Math.min(level + 2, 6)}>
              ${b.text}
            </div>`
          : html`<p>${b.text}</p>`,
      )}
    </div>
    ${linkList(context, node.id, level + 2)}`;
}

/** What the side column needs besides the tree. */
export interface SideOptions {
  readonly query: string;
  readonly said: string;
  readonly onInput: (event: Event) => void;
  readonly onClear: () => void;
}

/** The side column: the filter, its polite count, "no match" with Clear, and the tree. */
export function sideView(tree: TreeContext, options: SideOptions): TemplateResult {
  const l = tree.localize;
  const none = tree.filtered !== null && tree.filtered.matches.size === 0;
  return html`<div class="side">
    <div class="filter">
      <label for="filter">${l.t('filter')}</label>
      <input
        id="filter"
        part="filter"
        type="search"
        autocomplete="off"
        .value=${options.query}
        @input=${options.onInput}
      />
    </div>
    ${liveRegion(options.said)}
    ${
      none
        ? html`<p part="no-match" class="empty">${l.t('noMatch', { q: tree.query })}</p>
            <button
              part="clear-button"
              class="button secondary"
              type="button"
              @click=${options.onClear}
            >
              ${l.t('clearFilter')}
            </button>`
        : nothing
    }
    <nav part="nav" aria-label=${l.t('navLabel')}>${treeView(tree)}</nav>
  </div>`;
}

/**
 * The panel of a service item: breadcrumbs and title at once (the title is the tree's), then
 * the page once both the item and the page's code are here — a skeleton reserving its space
 * meanwhile, the error box with Retry, or "not configured" without a client.
 */
export function servicePanel(
  context: PanelContext,
  node: GuideNode,
  record: Pick<
    RecordController<unknown, Service>,
    'state' | 'data' | 'error' | 'offline' | 'retry'
  >,
  page: typeof ServicePageModule | undefined,
  options: { readonly documentHref?: string | undefined; readonly today?: string | undefined },
  onRetry: () => void,
): TemplateResult {
  const l = context.localize;
  const c = commonT(l);
  const service = record.data;
  let body: unknown;
  if (record.state === 'idle') body = emptyView(c('notConfigured'));
  else if (!service || !page)
    body =
      record.state === 'error'
        ? noticeView(c, record, onRetry)
        : html`<div class="panel-skeleton">${skeletonView(6, c('loading'))}</div>`;
  else
    body = html`${noticeView(c, record, onRetry)} ${fallbackNote(l, service.lang)}
      <div lang=${langOf(l, service.lang)}>
        ${page.servicePage(l, service, {
          level: context.level + 2,
          documentHref: options.documentHref,
          today: options.today ?? page.todayInBeijing(),
        })}
      </div>`;
  return html`${crumbsView(context, node)} ${panelHeading(context, node)} ${body}`;
}
