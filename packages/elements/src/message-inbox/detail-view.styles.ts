import { css } from 'lit';

/**
 * Styles of the detail of `<portal-message-inbox>` (`detail-view.ts`), adopted when it loads:
 * the facts as a two-column list, the message and the reply as plain text with their line
 * breaks, the history, and the forms of the next steps. Logical properties only.
 */
export const detailStyles = css`
  .detail {
    display: grid;
    gap: var(--_space-m);
    justify-items: start;
  }

  .detail > * {
    margin: 0;
  }

  .detail section {
    display: grid;
    gap: var(--_space-s);
    justify-self: stretch;
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .muted {
    color: var(--_color-text-muted);
  }

  .section-title {
    margin: 0;
    font-weight: 700;
  }

  .text {
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .history {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }

  .history time {
    margin-inline-start: var(--_space-s);
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }

  .action {
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_color-border);
  }

  .action portal-text-field,
  .action portal-select {
    inline-size: min(100%, 40rem);
  }

  .action .message:focus {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
  }
`;
