import { css } from 'lit';

/**
 * The field frame every form control shares (label, hint, error message, the control's box),
 * GOV.UK style: a bold label, a muted hint, and — while the field shows its error — a danger
 * bar on the inline-start side, the message in bold and the control's border thickened.
 * The text field's textarea and count and the select live here too: one sheet for every field.
 * Logical properties only, so it mirrors itself in right-to-left languages.
 */
export const formFieldStyles = css`
  :host {
    display: block;
    --_field-border: var(--portal-field-border-color, var(--_color-text));
    --_field-error: var(--portal-field-error-color, var(--_color-danger));
    --_field-gap: var(--portal-field-gap, var(--_space-xs));
  }

  .base {
    display: grid;
    gap: var(--_field-gap);
  }

  :host(:state(user-invalid)) .base {
    padding-inline-start: var(--_space-s);
    border-inline-start: 4px solid var(--_field-error);
  }

  .label {
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .hint {
    color: var(--_color-text-muted);
    overflow-wrap: anywhere;
  }

  .error {
    margin: 0;
    font-weight: 700;
    color: var(--_field-error);
    overflow-wrap: anywhere;
  }

  .control {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.5rem;
    margin: 0;
    padding: var(--_space-xs) var(--_space-s);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 2px solid var(--_field-border);
    border-radius: 0;
  }

  .control:focus {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }

  textarea.control {
    min-block-size: 5rem;
    resize: vertical;
  }

  :host(:state(user-invalid)) .control {
    border-color: var(--_field-error);
  }

  .control:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .notice,
  .count {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .count.over {
    font-weight: 700;
    color: var(--_field-error);
  }
`;
