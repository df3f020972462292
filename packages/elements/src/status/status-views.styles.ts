import { css } from 'lit';

/**
 * The one stylesheet of the status views (status-views.ts) and the heading (`headingView()`):
 * buttons, the error box, the stale and offline notices, the empty message and the loading
 * skeleton. Logical properties only.
 *
 * A component tunes it through internal properties set on its `:host`: `--_heading-size`
 * (default `1.25em`), `--_row-gap` (the padding above and below a row, default `--_space-s`),
 * `--_row-divider` (the line under a row, default `--_color-border`) and `--_skeleton` (the
 * placeholder colour) — the skeleton rows then
 * take exactly the height of the rows to come: a line of text (`1lh`, at least 24px like a link)
 * and a line at 0.875em, with the same gap, padding and divider.
 */
export const statusViewStyles = css`
  .heading {
    margin-block: 0 var(--_space-s);
    font-size: var(--_heading-size, 1.25em);
    font-weight: 700;
    line-height: 1.3;
    color: var(--_color-text);
  }

  .heading:focus:not(:focus-visible) {
    outline: none;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.5rem;
    min-inline-size: 2.5rem;
    margin-block-start: var(--_space-m);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    font: inherit;
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
  }

  .button.secondary {
    color: var(--_color-accent);
    background: var(--_color-surface);
  }

  .message {
    margin-block: var(--_space-s);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border-radius: var(--_radius);
  }

  .message p {
    margin: 0;
  }

  .message .button {
    margin-block-start: var(--_space-s);
  }

  .error {
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-danger);
    border-inline-start-width: 4px;
  }

  .error-title {
    font-weight: 700;
  }

  .notice {
    color: var(--_color-notice-text);
    background: var(--_color-notice);
    border: 1px solid currentColor;
  }

  .notice .button {
    color: var(--_color-notice-text);
    background: transparent;
    border-color: currentColor;
  }

  .empty {
    color: var(--_color-text-muted);
  }

  .skeleton-row {
    display: grid;
    gap: var(--_space-xs);
    padding-block: var(--_row-gap, var(--_space-s));
    border-block-end: 1px solid var(--_row-divider, var(--_color-border));
  }

  .bone {
    display: block;
    box-sizing: border-box;
    block-size: max(1lh, 24px);
    padding-block: 0.25lh;
    background: var(--_skeleton, var(--_color-surface-muted));
    background-clip: content-box;
    border-radius: var(--_radius);
    animation: pulse calc(1.5s * var(--_motion)) ease-in-out infinite;
  }

  .bone.short {
    inline-size: 40%;
    font-size: 0.875em;
    block-size: 1lh;
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .bone {
      background: GrayText;
      background-clip: content-box;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
