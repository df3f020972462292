import { css } from 'lit';

/**
 * The document-level half of care mode: added once to `document.adoptedStyleSheets` (no inline
 * style, so a strict CSP allows it) by the masthead's care-mode toggle. While `<html>` carries
 * `data-portal-care="on"` it sets the care properties every component's tokens (tokens.styles.ts) read:
 * text 1.25 times larger, secondary text in the text colour, borders in the secondary-text
 * colour (each the page's own theme colour when it sets one), no motion. A page styles its own
 * content with the same properties (`font-size: calc(1rem * var(--portal-care-scale, 1))`).
 */
export const careModeStyles = css`
  :root[data-portal-care='on'] {
    --portal-care-scale: 1.25;
    --portal-care-color-text-muted: var(--portal-color-text, #1f2328);
    --portal-care-color-border: var(--portal-color-text-muted, #57606a);
    --portal-care-motion: 0;
  }

  @media (prefers-color-scheme: dark) {
    :root[data-portal-care='on'] {
      --portal-care-color-text-muted: var(--portal-color-text, #e6e8eb);
      --portal-care-color-border: var(--portal-color-text-muted, #aab3bd);
    }
  }
`;
