import { css } from 'lit';

/**
 * Styles of `<portal-footer>`: the mark beside six rows (links; organizer; phone and email;
 * address; site code and ICP record; public-security record), each row one line so the footer is as tall as the block size its host reserves from the
 * first paint — in `em` of the token font size, so care mode's larger text scales both.
 * Logical properties only.
 */
export const footerStyles = css`
  :host {
    --_background: var(--portal-footer-background, var(--_color-surface-muted));
    display: block;
    font-size: var(--_font-size);
    min-block-size: var(--portal-footer-block-size, 12.75em);
    background: var(--_background);
    border-block-start: 1px solid var(--_color-border);
  }

  .base {
    display: block;
  }

  .inner {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-l);
    box-sizing: border-box;
    padding: 1em var(--_space-m);
  }

  .mark {
    display: inline-flex;
    flex: none;
    inline-size: 4em;
    block-size: 4em;
    color: var(--_color-danger);
  }

  .mark svg,
  ::slotted([slot='mark']) {
    inline-size: 100%;
    block-size: 100%;
  }

  .facts {
    display: grid;
    grid-template-rows: 2em repeat(5, minmax(1.5em, auto));
    row-gap: 0.25em;
    flex: 1;
    min-inline-size: 0;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  a {
    color: var(--_color-accent);
    overflow-wrap: anywhere;
  }

  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-l);
    margin: 0;
    line-height: 1.5;
  }

  .fact {
    white-space: nowrap;
  }

  .skeleton .bone-line,
  .skeleton .bone-block {
    display: block;
    background: var(--_color-border);
    border-radius: var(--_radius);
  }

  .skeleton .bone-line {
    inline-size: 70%;
    block-size: 1em;
    align-self: center;
  }

  .skeleton .bone-line.short {
    inline-size: 40%;
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
      min-block-size: var(--portal-footer-block-size, 22em);
    }
    .inner {
      flex-direction: column;
      gap: var(--_space-s);
    }
    .fact {
      white-space: normal;
    }
  }

  @media (forced-colors: active) {
    .skeleton .bone-line,
    .skeleton .bone-block {
      background: GrayText;
    }
  }
`;
