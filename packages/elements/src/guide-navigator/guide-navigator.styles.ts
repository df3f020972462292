import { css } from 'lit';

/**
 * Styles of `<portal-guide-navigator>`: the filter, the tree (disclosure navigation), the
 * breadcrumbs and the section panel; two columns when the element is wide, one when narrow (a
 * container query, so the layout follows the element's own width, not the window's). Logical
 * properties only, so right-to-left mirrors. The service page brings its own styles with its
 * module (service-page.styles.ts).
 */
export const guideNavigatorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_gn-link: var(--portal-guide-navigator-link-color, var(--_color-accent));
    --_gn-current: var(--portal-guide-navigator-current-color, var(--_color-surface-muted));
    --_gn-nav-width: var(--portal-guide-navigator-nav-width, 18rem);
    --_gn-min-height: var(--portal-guide-navigator-min-height, 36rem);
    --_gn-mark: var(--portal-guide-navigator-mark-color, var(--_color-notice));
  }

  a {
    color: var(--_gn-link);
    overflow-wrap: anywhere;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-l);
    min-block-size: var(--_gn-min-height);
    align-items: start;
  }

  @container (min-width: 46rem) {
    .layout {
      grid-template-columns: var(--_gn-nav-width) minmax(0, 1fr);
    }
  }

  .filter {
    display: grid;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }

  .filter input {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_color-text-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }

  .tree {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .tree .tree {
    padding-inline-start: var(--_space-m);
  }

  .row {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-xs);
  }

  .toggle,
  .toggle-space {
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
  }

  .toggle {
    display: grid;
    place-items: center;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .toggle::before {
    content: '';
    inline-size: 0.45rem;
    block-size: 0.45rem;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }

  [dir='rtl'] .toggle::before {
    transform: rotate(135deg);
  }

  .toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }

  .link {
    flex: 1;
    display: block;
    padding: var(--_space-xs) var(--_space-s);
    border-radius: var(--_radius);
    text-decoration: none;
  }

  .link:hover {
    text-decoration: underline;
  }

  .link[aria-current='page'] {
    background: var(--_gn-current);
    color: var(--_color-text);
    font-weight: 700;
  }

  .badge {
    display: inline-block;
    padding-inline: var(--_space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_color-text-muted);
  }

  .badge.withdrawn {
    color: var(--_color-danger);
  }

  mark {
    background: var(--_gn-mark);
    color: inherit;
  }

  .crumbs ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    list-style: none;
    margin: 0 0 var(--_space-s);
    padding: 0;
    font-size: 0.875em;
  }

  .crumbs li + li::before {
    content: '/';
    margin-inline-end: var(--_space-xs);
    color: var(--_color-text-muted);
  }

  .panel {
    min-inline-size: 0;
  }

  .panel-heading {
    margin: 0 0 var(--_space-s);
    font-size: var(--portal-guide-navigator-heading-size, 1.375em);
  }

  .panel-heading:focus:not(:focus-visible) {
    outline: none;
  }

  .sub {
    margin-block: var(--_space-m) var(--_space-xs);
    font-weight: 700;
  }

  .panel-skeleton {
    min-block-size: 16rem;
  }
`;
