import { css } from 'lit';

/**
 * Styles of `<portal-masthead>`: the skip link (visually hidden until focused), the tools row,
 * the emblem and names row, the loading placeholder at the same heights. The host takes the
 * sum of the two rows from the first paint (its `min-block-size`), in `em` of the token font
 * size, so care mode's larger text scales it too. Logical properties only.
 */
export const mastheadStyles = css`
  :host {
    --_bar: var(--portal-masthead-bar-size, 3em);
    --_brand: var(--portal-masthead-brand-size, 6em);
    --_background: var(--portal-masthead-background, var(--_color-surface));
    display: block;
    position: relative;
    font-size: var(--_font-size);
    min-block-size: calc(var(--_bar) + var(--_brand));
  }

  .base {
    display: block;
  }

  .skip-link {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 1;
    padding: var(--_space-s) var(--_space-m);
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
    font-weight: 700;
  }

  .skip-link:not(:focus) {
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-xs) var(--_space-m);
    box-sizing: border-box;
    min-block-size: var(--_bar);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    background: var(--_color-surface-muted);
    border-block-end: 1px solid var(--_color-border);
  }

  .brand {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
    box-sizing: border-box;
    min-block-size: var(--_brand);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    background: var(--_background);
  }

  .emblem {
    display: inline-flex;
    flex: none;
    inline-size: 3.5em;
    block-size: 3.5em;
    color: var(--_color-danger);
  }

  .emblem svg,
  ::slotted([slot='emblem']) {
    inline-size: 100%;
    block-size: 100%;
  }

  .names {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin: 0;
  }

  .names:focus:not(:focus-visible) {
    outline: none;
  }

  .ministry {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .unit {
    font-size: 1.0625em;
    line-height: 1.3;
  }

  .tool {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: 2.25em;
    padding-block: 0;
    padding-inline: var(--_space-s);
    font: inherit;
    color: var(--_color-accent);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  [part~='care-button'][aria-pressed='true'] {
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
    border-color: var(--_color-accent);
  }

  .search {
    display: flex;
    gap: var(--_space-xs);
  }

  .search input {
    box-sizing: border-box;
    inline-size: 12em;
    min-block-size: 2.25em;
    padding-inline: var(--_space-s);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-text-muted);
    border-radius: var(--_radius);
  }

  .bone-block,
  .bone-line {
    display: block;
    background: var(--_color-surface-muted);
    border-radius: var(--_radius);
  }

  .bone-line {
    inline-size: 18em;
    max-inline-size: 60vw;
    block-size: 1.2em;
  }

  .short {
    inline-size: 10em;
  }

  .message {
    margin: var(--_space-s) var(--_space-m);
  }

  .fields {
    margin-block: var(--_space-xs) 0;
    padding-inline-start: var(--_space-l);
  }

  @media (max-width: 40em) {
    :host {
      --_bar: var(--portal-masthead-bar-size, 5.5em);
    }
    .bar {
      justify-content: flex-start;
    }
  }

  @media (forced-colors: active) {
    [part~='care-button'][aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
