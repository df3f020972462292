import { css } from 'lit';

/**
 * Styles of `<portal-news-feed>`; the heading and the status views bring their own
 * (status-views.styles.ts). Logical properties only, so the layout mirrors itself in
 * right-to-left languages. Component properties (`--portal-news-feed-*`) fall back to the kit's
 * tokens; internal copies are `--_*`.
 */
export const newsFeedStyles = css`
  :host {
    display: block;
    --_feed-gap: var(--portal-news-feed-gap, var(--_space-s));
    --_heading-size: var(--portal-news-feed-heading-size, 1.25em);
    --_feed-link-color: var(--portal-news-feed-link-color, var(--_color-accent));
    --_feed-divider: var(--portal-news-feed-divider-color, var(--_color-border));
    --_skeleton: var(--portal-news-feed-skeleton-color, var(--_color-surface-muted));
    /* The status views' skeleton rows take the rows' gap and divider (status-views.styles.ts). */
    --_row-gap: var(--_feed-gap);
    --_row-divider: var(--_feed-divider);
  }

  .base {
    background: var(--_color-surface);
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

  /* A long list (over 100 rows): rows off screen are not laid out until they come near the
     viewport (an update of one row of 2,000 lays out one screenful, not 2,000 rows). Their
     paint is then contained: the inline padding keeps a focused link's ring visible. */
  .list.long .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 4rem;
    padding-inline: calc(var(--_focus-ring-width) + 2px);
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
`;
