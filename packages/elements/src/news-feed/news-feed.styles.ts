import { css } from 'lit';

/**
 * Styles of `<portal-news-feed>`. Logical properties only, so the layout mirrors itself in
 * right-to-left languages. Component properties (`--portal-news-feed-*`) fall back to the kit's
 * tokens; internal copies are `--_*`.
 */
export const newsFeedStyles = css`
  :host {
    display: block;
    --_feed-gap: var(--portal-news-feed-gap, var(--_space-s));
    --_feed-heading-size: var(--portal-news-feed-heading-size, 1.25em);
    --_feed-link-color: var(--portal-news-feed-link-color, var(--_color-accent));
    --_feed-divider: var(--portal-news-feed-divider-color, var(--_color-border));
    --_skeleton: var(--portal-news-feed-skeleton-color, var(--_color-surface-muted));
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-surface);
  }

  .heading {
    margin-block: 0 var(--_space-s);
    font-size: var(--_feed-heading-size);
    font-weight: 700;
    line-height: 1.3;
    color: var(--_color-text);
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    gap: var(--_space-xs);
    padding-block: var(--_feed-gap);
    border-block-end: 1px solid var(--_feed-divider);
  }

  .link {
    display: block;
    min-block-size: 24px;
    color: var(--_feed-link-color);
    text-decoration: underline;
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    border-radius: 2px;
  }

  .link:hover {
    text-decoration-thickness: 2px;
  }

  .title {
    font-weight: 600;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-s);
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }

  .column {
    padding-inline: var(--_space-xs);
    border-inline-start: 3px solid var(--_feed-link-color);
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
    padding-block: var(--_feed-gap);
    border-block-end: 1px solid var(--_feed-divider);
  }

  .bone {
    display: block;
    block-size: 1em;
    border-radius: var(--_radius);
    background: var(--_skeleton);
    animation: pulse 1.5s ease-in-out infinite;
  }

  .bone.short {
    inline-size: 40%;
    block-size: 0.75em;
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (forced-colors: active) {
    .bone {
      background: GrayText;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
