/**
 * The guide's tree as `<portal-guide-navigator>` shows it: built from the guide's flat `nodes`
 * (in tree order, each naming its `parent`), narrowed by a filter that keeps every ancestor of a
 * match, and rendered as disclosure navigation — a nested list of links (one per section or
 * service item) with a disclosure button before each section that has children.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Guide, GuideNode } from '@portal-kit/sdk';
import type { BaseLocalizeController, GuideNavigatorStrings } from '@portal-kit/i18n';
import { marked, matchRanges } from '../base/highlight.js';
import type { UrlCodec } from '../controllers/url-state.js';

/** `?guide-node=`: a node id as the contract spells them, else nothing. */
export const nodeCodec: UrlCodec<string | null> = {
  parse: (raw) => (raw !== null && /^[a-z0-9][a-z0-9.-]{0,79}$/.test(raw) ? raw : null),
  format: (value) => value,
};

/** Whether a click is a plain one (not opening a new tab or window). */
export const plainClick = (e: MouseEvent) =>
  e.button === 0 && !(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey);

/** A guide's nodes indexed: by id, the children of each parent (`''` for the top). */
export interface GuideTree {
  readonly byId: ReadonlyMap<string, GuideNode>;
  readonly children: ReadonlyMap<string, readonly GuideNode[]>;
}

const trees = new WeakMap<Guide, GuideTree>();

/**
 * The tree of `guide` (computed once per guide object). A node whose parent is not in the guide
 * is put at the top rather than lost; a node naming itself or a cycle as parent cannot hide.
 */
export function treeOf(guide: Guide): GuideTree {
  let tree = trees.get(guide);
  if (tree) return tree;
  const byId = new Map(guide.nodes.map((node) => [node.id, node]));
  const children = new Map<string, GuideNode[]>();
  for (const node of guide.nodes) {
    const parent = node.parent !== null && byId.has(node.parent) ? node.parent : '';
    const key = ancestorsOf({ byId }, node.id).includes(node.id) ? '' : parent;
    children.set(key, [...(children.get(key) ?? []), node]);
  }
  tree = { byId, children };
  trees.set(guide, tree);
  return tree;
}

/** The ids of the sections above `id`, the topmost first (stops at a cycle). */
export function ancestorsOf(tree: Pick<GuideTree, 'byId'>, id: string): string[] {
  const out: string[] = [];
  let parent = tree.byId.get(id)?.parent ?? null;
  while (parent !== null && tree.byId.has(parent) && !out.includes(parent)) {
    out.unshift(parent);
    parent = tree.byId.get(parent)?.parent ?? null;
  }
  return out;
}

/** What a filter leaves: the matching nodes, and those shown (the matches and their ancestors). */
export interface Filtered {
  readonly matches: ReadonlySet<string>;
  readonly shown: ReadonlySet<string>;
}

/** The nodes whose title contains `query` (any case), with every ancestor of each. */
export function filterTree(tree: GuideTree, query: string): Filtered {
  const needle = query.trim().toLowerCase();
  const matches = new Set<string>();
  const shown = new Set<string>();
  for (const node of tree.byId.values()) {
    if (!node.title.toLowerCase().includes(needle)) continue;
    matches.add(node.id);
    shown.add(node.id);
    for (const id of ancestorsOf(tree, node.id)) shown.add(id);
  }
  return { matches, shown };
}

/** What the tree view needs from its host. */
export interface TreeContext {
  readonly localize: BaseLocalizeController<GuideNavigatorStrings>;
  readonly tree: GuideTree;
  /** The node shown in the panel. */
  readonly current: string | null;
  /** Whether a section's children are shown. */
  readonly isOpen: (id: string) => boolean;
  /** The filter's words ('' for none) and what it leaves. */
  readonly query: string;
  readonly filtered: Filtered | null;
  /** The address of a node's view (its `?guide-node=` link). */
  readonly href: (id: string) => string;
  /** The language of the texts the page asked for (a node in another one says so). */
  readonly contentLang: string;
  /** A prefix of the sub-lists' ids (`aria-controls` of an open section's button). */
  readonly idPrefix: string;
}

/** One level of the tree: a list of its nodes with their open subtrees. */
export function treeView(
  context: TreeContext,
  parent = '',
  depth = 1,
): TemplateResult | typeof nothing {
  const { tree, filtered } = context;
  const nodes = (tree.children.get(parent) ?? []).filter(
    (n) => !filtered || filtered.shown.has(n.id),
  );
  if (nodes.length === 0) return nothing;
  const list = html`${nodes.map((node) => nodeView(context, node, depth))}`;
  return depth === 1
    ? html`<ul part="tree" class="tree">
        ${list}
      </ul>`
    : html`<ul class="tree" id=${context.idPrefix + parent}>
        ${list}
      </ul>`;
}

function nodeView(context: TreeContext, node: GuideNode, depth: number): TemplateResult {
  const { localize: l, tree, filtered } = context;
  const kids = (tree.children.get(node.id) ?? []).filter(
    (n) => !filtered || filtered.shown.has(n.id),
  );
  const open = kids.length > 0 && (filtered !== null || context.isOpen(node.id));
  const current = context.current === node.id;
  const title =
    filtered?.matches.has(node.id) === true
      ? marked(node.title, matchRanges(node.title, context.query))
      : node.title;
  const withdrawn = node.kind === 'service' && node.status === 'withdrawn';
  return html`<li part="node" class="node" data-id=${node.id} data-depth=${depth}>
    <div class="row">
      ${
        kids.length > 0
          ? html`<button
              part="toggle"
              class="toggle"
              type="button"
              data-toggle=${node.id}
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${open ? context.idPrefix + node.id : nothing}
            >
              <span class="visually-hidden">${l.t('subsections', { title: node.title })}</span>
            </button>`
          : html`<span class="toggle-space" aria-hidden="true"></span>`
      }
      <a
        part=${`link${current ? ' current' : ''}${node.kind === 'service' ? ' service' : ''}`}
        class="link"
        href=${context.href(node.id)}
        data-node=${node.id}
        aria-current=${current ? 'page' : nothing}
        ><span part="title" lang=${node.lang === context.contentLang ? nothing : node.lang}
          >${title}</span
        >${
          node.kind === 'service'
            ? html` <span part="badge" class=${withdrawn ? 'badge withdrawn' : 'badge'}
                >${withdrawn ? l.t('withdrawn') : l.t('service')}</span
              >`
            : nothing
        }</a
      >
    </div>
    ${open ? treeView(context, node.id, depth + 1) : nothing}
  </li>`;
}

/**
 * The keys of disclosure navigation beyond Tab: Down and Up Arrow move to the next and previous
 * link or button of the tree, Home and End to the first and last; Escape inside an open subtree
 * closes it and puts focus on its button (`close` does the closing). Returns whether it acted.
 */
export function onTreeKey(
  event: KeyboardEvent,
  root: ParentNode,
  close: (id: string) => Promise<void>,
): boolean {
  const items = [...root.querySelectorAll<HTMLElement>('.tree .toggle, .tree .link')];
  const at = items.indexOf(event.composedPath()[0] as HTMLElement);
  if (at < 0) return false;
  const move: Record<string, number> = {
    ArrowDown: Math.min(at + 1, items.length - 1),
    ArrowUp: Math.max(at - 1, 0),
    Home: 0,
    End: items.length - 1,
  };
  const next = move[event.key];
  if (next !== undefined) {
    items[next]?.focus();
    return true;
  }
  if (event.key !== 'Escape') return false;
  const list = items[at]?.closest('ul')?.closest('li');
  const id = list?.getAttribute('data-id');
  if (!id) return false;
  void close(id);
  return true;
}
