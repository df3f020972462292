import { css } from 'lit';

/**
 * Styles of `<portal-message-list>`; the heading, the search form and the status views bring
 * their own. Logical properties only. A message keeps the skeleton's height while its texts are
 * short: a subject line, a 0.875em line of kind and dates, a line of question and a line of
 * reply, with the skeleton's gap and divider — so the placeholders give way without a shift.
 */
export const messageListStyles = css`
  :host {
    display: block;
    --_heading-size: var(--portal-message-list-heading-size, 1.25em);
    --_row-gap: var(--portal-message-list-gap, var(--_space-s));
    --_row-divider: var(--portal-message-list-divider-color, var(--_color-border));
    --_skeleton: var(--portal-message-list-skeleton-color, var(--_color-surface-muted));
  }

  .base {
    background: var(--_color-surface);
  }

  .total,
  .list,
  .subject,
  .dates,
  dd,
  .snippet {
    margin: 0;
  }

  .total {
    min-block-size: 1lh;
    color: var(--_color-text-muted);
  }

  .list {
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    gap: var(--_space-xs);
    padding-block: var(--_row-gap);
    border-block-end: 1px solid var(--_row-divider);
  }

  .subject {
    min-block-size: 24px;
    font-size: 1em;
    line-height: inherit;
    overflow-wrap: anywhere;
  }

  .meta,
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-s);
  }

  .meta {
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }

  dt::after {
    content: ':';
  }

  .badge {
    padding-inline: var(--_space-xs);
    color: var(--_color-text);
    border-radius: var(--_radius);
    outline: 1px solid;
    outline-offset: -1px;
  }

  .text,
  .snippet {
    min-block-size: 24px;
    overflow-wrap: anywhere;
  }

  .reply {
    padding-inline-start: var(--_space-s);
    border-inline-start: 3px solid var(--portal-message-list-reply-color, var(--_color-accent));
  }

  .label {
    margin-inline-end: var(--_space-s);
    font-weight: 700;
  }

  .body {
    white-space: pre-line;
  }

  .folded {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }

  .fold {
    display: block;
    min-block-size: 24px;
    padding: 0;
    font: inherit;
    color: var(--_color-accent);
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }

  /* A placeholder row holds a message of short texts: after the shared subject and meta
     lines, the question's and the reply's lines (two lines and the gap between them). */
  .skeleton-row::after {
    content: '';
    block-size: calc(2 * max(1lh, 24px) + var(--_space-xs));
    background: var(--_skeleton);
    background-clip: content-box;
    padding-block: 0.25lh;
    box-sizing: border-box;
    border-radius: var(--_radius);
  }

  mark {
    color: inherit;
    background: var(--portal-message-list-mark-color, var(--_color-notice));
  }
`;
