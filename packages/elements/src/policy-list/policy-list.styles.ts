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
    --_gap: var(--portal-policy-list-gap, var(--_space-s));
    --_heading-size: var(--portal-policy-list-heading-size, 1.25em);
    --_link: var(--portal-policy-list-link-color, var(--_color-accent));
    --_row-divider: var(--portal-policy-list-divider-color, var(--_color-border));
    --_skeleton: var(--portal-policy-list-skeleton-color, var(--_color-surface-muted));
    --_row-gap: var(--_gap);
  }

  .base {
    container-type: inline-size;
    background: var(--_color-surface);
  }

  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    min-block-size: 4.5rem;
  }

  .field {
    display: grid;
    gap: var(--_space-xs);
  }

  .grow {
    flex: 1 1 12rem;
  }

  input,
  select {
    box-sizing: border-box;
    min-block-size: 2.5rem;
    padding-inline: var(--_space-s);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-text-muted);
    border-radius: var(--_radius);
  }

  .search .button {
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
    display: grid;
    margin: 0 0 var(--_space-m);
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--_space-xs);
    font-weight: 600;
  }

  .check {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    min-block-size: 2rem;
  }

  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
    margin: 0;
  }

  .n {
    margin-inline-start: auto;
    color: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  .total {
    margin: 0;
    min-block-size: 1lh;
    color: var(--_color-text-muted);
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    gap: var(--_space-xs);
    padding-block: var(--_gap);
    border-block-end: 1px solid var(--_row-divider);
  }

  .link,
  .ref {
    color: var(--_link);
    text-decoration-thickness: from-font;
    overflow-wrap: anywhere;
  }

  .link {
    display: block;
    min-block-size: 24px;
  }

  .title {
    font-weight: 600;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    font-size: 0.875em;
    color: var(--_color-text-muted);
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

  .snippet {
    margin: 0;
  }

  mark {
    color: inherit;
    background: var(--portal-policy-list-mark-color, var(--_color-notice));
    font-weight: 600;
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
