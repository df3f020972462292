import { css } from 'lit';

/**
 * Styles of `<portal-message-form>` at first paint (the receipt brings its own when it loads:
 * `submission.ts`). The warning under the message and the status line keep their space, so
 * nothing below them moves when they appear. Logical properties only.
 */
export const messageFormStyles = css`
  :host {
    display: block;
    --_heading-size: var(--portal-message-form-heading-size, 1.25em);
  }

  .form {
    display: grid;
    gap: var(--_space-m);
    justify-items: start;
  }

  .form portal-text-field,
  .form portal-select,
  .contact {
    inline-size: min(100%, 40rem);
    box-sizing: border-box;
  }

  .intro {
    margin-block: 0 var(--_space-m);
  }

  .pii-warning {
    display: block;
    min-block-size: 1lh;
    margin-block-start: var(--_space-xs);
  }

  .pii-warning:not(:empty) {
    padding-inline: var(--_space-s);
    border-inline-start: 4px solid var(--_color-notice-text);
    background: var(--_color-notice);
    color: var(--_color-notice-text);
  }

  .contact {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
  }

  .contact legend {
    padding-inline: var(--_space-xs);
    font-weight: 600;
  }

  .hint {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .consent {
    display: flex;
    align-items: start;
    gap: var(--_space-s);
    max-inline-size: 40rem;
    cursor: pointer;
  }

  .consent input {
    inline-size: 24px;
    block-size: 24px;
    flex: none;
    margin: 0;
    accent-color: var(--_color-accent);
  }

  .consent input:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }

  .status {
    min-block-size: var(--portal-message-form-status-size, 1.5em);
    margin: 0;
    color: var(--_color-text-muted);
  }
`;
