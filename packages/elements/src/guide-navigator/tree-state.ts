/**
 * What the reader did to the tree of `<portal-guide-navigator>`: the sections opened, the
 * filter's words, and the count said politely once typing pauses. While a filter is on, every
 * section above a match is opened; clearing it restores the sections open before.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatNumber } from '@portal-kit/i18n';
import type { BaseLocalizeController, GuideNavigatorStrings } from '@portal-kit/i18n';
import { filterTree, onTreeKey } from './guide-tree.js';
import type { GuideTree } from './guide-tree.js';

/** Longest filter read: a title is shorter. */
const MAX_QUERY = 100;

/** The element whose tree it is. */
type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * The open sections and the filter of one element's tree, with the handlers of its buttons,
 * keys and filter field.
 */
export class TreeState implements ReactiveController {
  readonly #host: Host;
  readonly #localize: BaseLocalizeController<GuideNavigatorStrings>;
  readonly #tree: () => GuideTree | undefined;
  #open = new Set<string>();
  #before: Set<string> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The filter's words as typed. */
  query = '';
  /** What the live region says: the number of matches, or that nothing matches. */
  said = '';

  constructor(
    host: Host,
    localize: BaseLocalizeController<GuideNavigatorStrings>,
    tree: () => GuideTree | undefined,
  ) {
    this.#host = host;
    this.#localize = localize;
    this.#tree = tree;
    host.addController(this);
  }

  /** A click on a section's button opens or closes it; returns whether it was one. */
  onClick(target: Element): boolean {
    const toggle = target.closest?.('[data-toggle]');
    if (toggle) this.toggle(toggle.getAttribute('data-toggle')!);
    return toggle !== null && toggle !== undefined;
  }

  /** The tree's keys (arrows, Home, End, Escape: see `onTreeKey`). */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const root = this.#host.renderRoot;
    const acted = onTreeKey(event, root, async (id) => {
      this.close(id);
      await this.#host.updateComplete;
      root.querySelector<HTMLElement>(`[data-toggle="${CSS.escape(id)}"]`)?.focus();
    });
    if (acted) event.preventDefault();
  };

  /** The filter field's `input`. */
  readonly onInput = (event: Event): void => {
    this.filter(this.#tree(), (event.target as HTMLInputElement).value);
  };

  /** "Clear the filter": the whole tree again, focus back in the field. */
  readonly onClear = (): void => {
    this.filter(this.#tree(), '');
    this.#host.renderRoot.querySelector<HTMLInputElement>('[part~="filter"]')?.focus();
  };

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Whether the section `id` shows its nodes. */
  isOpen(id: string): boolean {
    return this.#open.has(id);
  }

  /** Opens `ids` (the sections above the node shown). */
  reveal(ids: readonly string[]): void {
    for (const id of ids) this.#open.add(id);
  }

  /** Opens a closed section, closes an open one. */
  toggle(id: string): void {
    if (!this.#open.delete(id)) this.#open.add(id);
    this.#host.requestUpdate();
  }

  /** Closes the section `id`. */
  close(id: string): void {
    this.#open.delete(id);
    this.#host.requestUpdate();
  }

  /** Filters by `text`: the sections above the matches open; the count is said after a pause. */
  filter(tree: GuideTree | undefined, text: string): void {
    const query = text.slice(0, MAX_QUERY);
    const on = query.trim() !== '';
    if (on && this.#before === null) this.#before = new Set(this.#open);
    this.query = query;
    if (!on) {
      this.#open = this.#before ?? this.#open;
      this.#before = null;
    } else if (tree) {
      this.#open = new Set([...(this.#before ?? []), ...filterTree(tree, query).shown]);
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.said = this.#count(tree);
      this.#host.requestUpdate();
    }, 400);
    this.#host.requestUpdate();
  }

  #count(tree: GuideTree | undefined): string {
    const query = this.query.trim();
    if (!tree || query === '') return '';
    const n = filterTree(tree, query).matches.size;
    const l = this.#localize;
    return n === 0
      ? l.t('noMatch', { q: query })
      : l.t('matches', { count: n, n: formatNumber(n, l.lang) });
  }
}
