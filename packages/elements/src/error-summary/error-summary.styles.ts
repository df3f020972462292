import { css } from 'lit';

/** Styles of `<portal-error-summary>`: a bordered box, bold danger-coloured links. Logical only. */
export const errorSummaryStyles = css`
  :host {
    display: block;
    --_summary-color: var(--portal-error-summary-color, var(--_color-danger));
  }

  .summary {
    margin-block-end: var(--_space-l);
    padding: var(--_space-m);
    border: 4px solid var(--_summary-color);
    background: var(--_color-surface);
  }

  .summary:focus {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 0;
  }

  .heading {
    margin-block: 0 var(--_space-s);
    font-size: 1.25em;
    line-height: 1.3;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list li + li {
    margin-block-start: var(--_space-xs);
  }

  .link {
    font-weight: 700;
    color: var(--_summary-color);
    text-decoration: underline;
    overflow-wrap: anywhere;
  }

  .link:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
`;
