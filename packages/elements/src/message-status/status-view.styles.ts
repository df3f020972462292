import { css } from 'lit';

/**
 * Styles of the status view (`status-view.ts`), adopted when it loads: the summary, the
 * countdown, the timeline as a vertical line of steps, the reply as plain text with its line
 * breaks. Logical properties only.
 */
export const messageViewStyles = css`
  .status {
    display: grid;
    gap: var(--_space-m);
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

  .code {
    font-family: var(--portal-font-mono, ui-monospace, monospace);
  }

  .due {
    margin: 0;
  }

  .countdown {
    justify-self: start;
    margin: 0;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-inline-start: 4px solid var(--_color-accent);
    background: var(--_color-surface-muted);
    font-weight: 600;
  }

  .countdown.overdue {
    border-inline-start-color: var(--_color-danger);
    color: var(--_color-danger);
  }

  .section-title {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }

  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .step {
    position: relative;
    display: grid;
    padding-block: 0 var(--_space-s);
    padding-inline-start: var(--_space-l);
  }

  .step::before {
    content: '';
    position: absolute;
    inset-block-start: 0.4em;
    inset-inline-start: 0;
    inline-size: 0.75em;
    block-size: 0.75em;
    border: 2px solid var(--_color-accent);
    border-radius: 50%;
    background: var(--_color-accent);
    box-sizing: border-box;
  }

  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-block: 1.3em 0;
    inset-inline-start: calc(0.375em - 1px);
    border-inline-start: 2px solid var(--_color-border);
  }

  .step time {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }

  .reply-text {
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
