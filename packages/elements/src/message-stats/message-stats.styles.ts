import { css } from 'lit';

/**
 * Styles of `<portal-message-stats>`; the heading and the status views bring their own. Logical
 * properties only. Every table row, the caption and each placeholder line are one line tall plus
 * the same padding (`--_tr`), so the skeleton of the first paint — the summary's two lines and
 * a line per caption and table row — takes the table's place without a shift.
 */
export const messageStatsStyles = css`
  :host {
    display: block;
    --_heading-size: var(--portal-message-stats-heading-size, 1.25em);
    --_skeleton: var(--portal-message-stats-skeleton-color, var(--_color-surface-muted));
    --_pad: var(--_space-xs);
  }

  .base {
    background: var(--_color-surface);
  }

  .field {
    display: grid;
    gap: var(--_space-xs);
    justify-items: start;
    margin-block-end: var(--_space-s);
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

  .summary {
    min-block-size: 2lh;
    margin: 0;
  }

  .note {
    margin: var(--_space-s) 0 0;
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }

  .scroll {
    overflow-x: auto;
  }

  .scroll:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    padding-block: var(--_pad);
    font-weight: 700;
    text-align: start;
  }

  th,
  td {
    padding-block: var(--_pad);
    padding-inline: var(--_space-s);
    text-align: end;
    border-block-end: 1px solid var(--_color-border);
  }

  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }

  thead th {
    vertical-align: bottom;
  }

  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block: 2px solid var(--_color-text);
  }

  .skeleton-row {
    padding-block: var(--_pad);
    gap: 0;
  }

  .skeleton .bone.short {
    display: none;
  }
`;
