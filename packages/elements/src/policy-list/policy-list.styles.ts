import { css } from 'lit';

/**
 * Styles of `<portal-policy-list>`; the heading and the status views bring their own. Logical
 * properties only. The rows keep the skeleton's height (a title line and a 0.875em meta line,
 * the same gap and divider), so the first paint's placeholders are replaced without a shift.
 * Below a 40rem container the filter panel folds behind its "Filters" button.
 */
export const policyListStyles = css`
  :host {
    display: block;
    --_heading-size: var(--portal-policy-list-heading-size, 1.25em);
    --_row-gap: var(--portal-policy-list-gap, var(--_space-s));
    --_row-divider: var(--portal-policy-list-divider-color, var(--_color-border));
    --_skeleton: var(--portal-policy-list-skeleton-color, var(--_color-surface-muted));
  }

  .base {
    container-type: inline-size;
    background: var(--_color-surface);
  }

  .group,
  .item {
    display: grid;
    gap: var(--_space-xs);
  }

  select {
    min-block-size: 2.5rem;
    padding-inline: var(--_space-s);
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_color-text-muted);
    border-radius: var(--_radius);
  }

  .total,
  .snippet,
  .list {
    margin: 0;
  }

  .layout {
    display: grid;
    grid-template-columns: var(--portal-policy-list-filters-width, 15rem) minmax(0, 1fr);
    gap: var(--_space-l);
    align-items: start;
    margin-block-start: var(--_space-m);
  }

  .toggle {
    display: none;
  }

  .group {
    margin: 0 0 var(--_space-m);
    padding: 0;
    border: 0;
  }

  legend,
  .title,
  mark {
    padding: 0;
    font-weight: 600;
  }

  .check {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    min-block-size: 2rem;
  }

  .n {
    margin-inline-start: auto;
  }

  .more summary {
    min-block-size: 2rem;
    cursor: pointer;
    color: var(--portal-policy-list-link-color, var(--_color-accent));
  }

  .n,
  .total,
  .meta {
    color: var(--_color-text-muted);
  }

  .total {
    min-block-size: 1lh;
  }

  .list {
    padding: 0;
    list-style: none;
  }

  .item {
    padding-block: var(--_row-gap);
    border-block-end: 1px solid var(--_row-divider);
  }

  .link,
  .ref {
    color: var(--portal-policy-list-link-color, var(--_color-accent));
    overflow-wrap: anywhere;
  }

  .link {
    display: block;
    min-block-size: 24px;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    font-size: 0.875em;
  }

  .badge {
    padding-inline: var(--_space-xs);
    border-radius: var(--_radius);
    outline: 1px solid;
    outline-offset: -1px;
  }

  .amended {
    color: var(--_color-notice-text);
    background: var(--_color-notice);
  }

  .repealed {
    color: var(--_color-danger);
    font-weight: 700;
  }

  mark {
    color: inherit;
    background: var(--portal-policy-list-mark-color, var(--_color-notice));
  }

  @container (inline-size < 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .toggle {
      display: inline-flex;
    }
    .filters:not(.open) {
      display: none;
    }
  }
`;
