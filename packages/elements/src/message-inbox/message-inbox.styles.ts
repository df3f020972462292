import { css } from 'lit';

/**
 * Styles of `<portal-message-inbox>` at first paint: the sign-in form, the session line, the
 * filter and the rows (the detail brings its own when it loads: `detail-view.styles.ts`). The
 * body keeps its space from the first paint (`--portal-message-inbox-size`), and each row is as
 * tall as a skeleton row — a line for the subject, a smaller line of facts — so nothing moves
 * when the list arrives. Overdue rows carry a bar and the words "Overdue by …", never colour
 * alone. Logical properties only.
 */
export const messageInboxStyles = css`
  :host {
    display: block;
    --_heading-size: var(--portal-message-inbox-heading-size, 1.25em);
  }

  .body {
    min-block-size: var(--portal-message-inbox-size, 24rem);
  }

  .intro,
  .total,
  .session p {
    margin: 0;
  }

  .form {
    display: grid;
    gap: var(--_space-m);
    justify-items: start;
    margin-block-start: var(--_space-m);
  }

  .form portal-text-field {
    inline-size: min(100%, 32rem);
  }

  .session,
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-m);
  }

  .session p,
  .total {
    color: var(--_color-text-muted);
  }

  .total {
    min-block-size: 1lh;
  }

  .filter {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    font-weight: 600;
  }

  .select {
    min-block-size: 2.5rem;
    padding-inline: var(--_space-s);
    border: 2px solid var(--_color-text);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .row {
    display: grid;
    gap: var(--_space-xs);
    padding-block: var(--_space-s);
    padding-inline-start: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    border-inline-start: 4px solid transparent;
  }

  /* The mark of a late message: a sign, not a word (the countdown says it in words). */
  .late-mark::before {
    content: '!';
    margin-inline-end: 0.25em;
  }
  .row.overdue {
    border-inline-start-color: var(--_color-danger);
  }

  .line {
    display: flex;
    align-items: baseline;
    gap: var(--_space-m);
  }

  .line .code {
    flex: none;
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }

  .open {
    display: block;
    flex: 1;
    min-inline-size: 0;
    box-sizing: border-box;
    min-block-size: max(1lh, 24px);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    cursor: pointer;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }

  .code {
    font-family: var(--portal-font-mono, ui-monospace, monospace);
  }

  .badge {
    padding-inline: var(--_space-s);
    border-inline-start: 3px solid var(--_color-accent);
    background: var(--_color-surface-muted);
    color: var(--_color-text);
    font-weight: 600;
  }

  .badge.late {
    border-inline-start-color: var(--_color-danger);
    color: var(--_color-danger);
  }

  .badge.done {
    border-inline-start-color: var(--_color-border);
    font-weight: 400;
  }

  .detail-heading {
    margin-block: var(--_space-m) var(--_space-s);
    font-size: 1.125em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .detail-heading:focus:not(:focus-visible) {
    outline: none;
  }

  @media (forced-colors: active) {
    .row.overdue,
    .badge.late {
      border-inline-start-color: Mark;
    }
  }
`;
