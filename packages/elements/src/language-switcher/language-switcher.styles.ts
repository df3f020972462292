import { css } from 'lit';

/**
 * Styles of `<portal-language-switcher>`. Logical properties only, so the button, the list and
 * the suggestion mirror themselves in right-to-left languages. Every control is at least 24px
 * high and wide (WCAG 2.2 target size). Component properties (`--portal-language-switcher-*`)
 * fall back to the kit's tokens; internal values are `--_*`.
 */
export const languageSwitcherStyles = css`
  :host {
    display: inline-block;
    position: relative;
    --_switcher-color: var(--portal-language-switcher-color, var(--_color-accent));
  }

  .button,
  .option,
  .suggestion-button {
    box-sizing: border-box;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    font: inherit;
    color: var(--_switcher-color);
    border: 1px solid;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    background: var(--_color-surface);
  }

  /* The chevron turns by --_r; the corner drawn by the logical borders is mirrored in RTL, so it
     turns the other way there and still points down (closed) and up (open). */
  .base {
    --_r: 45deg;
  }

  .base[dir='rtl'] {
    --_r: -45deg;
  }

  .chevron {
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-block-end: 2px solid;
    border-inline-end: 2px solid;
    transform: translateY(-25%) rotate(var(--_r));
    transition: transform calc(0.15s * var(--_motion));
  }

  [aria-expanded='true'] .chevron {
    transform: translateY(25%) rotate(calc(-3 * var(--_r)));
  }

  .list {
    position: absolute;
    z-index: 10;
    inset-block-start: 100%;
    inset-inline-start: 0;
    box-sizing: border-box;
    inline-size: max-content;
    min-inline-size: 100%;
    max-inline-size: var(--portal-language-switcher-list-width, 14rem);
    max-block-size: 60vh;
    overflow-y: auto;
    margin-block: var(--_space-xs) 0;
    margin-inline: 0;
    padding: var(--_space-xs);
    list-style: none;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: var(--portal-language-switcher-shadow, 0 0.25rem 0.75rem rgb(0 0 0 / 0.15));
  }

  /* Set while open when the start-aligned list would run off the viewport. */
  .list.end {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }

  .option {
    display: flex;
    align-items: center;
    inline-size: 100%;
    text-align: start;
    text-decoration: none;
    background: none;
    border: 0;
  }

  /* A name in the other direction than the list (العربية in an English list, English in an
     Arabic one) keeps its own text direction but lines up with the list's start edge. */
  .base[dir='ltr'] .option[dir='rtl'],
  .base[dir='rtl'] .option[dir='ltr'] {
    justify-content: flex-end;
  }

  .option:hover {
    text-decoration: underline;
  }

  .option[aria-current='true'] {
    font-weight: 700;
    color: var(--_color-text);
    border-inline-start: 3px solid var(--_switcher-color);
  }

  .base[dir='ltr'] .option[aria-current='true'][dir='rtl'],
  .base[dir='rtl'] .option[aria-current='true'][dir='ltr'] {
    border-inline-start: 0;
    border-inline-end: 3px solid var(--_switcher-color);
  }

  .suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    color: var(--_color-notice-text);
    background: var(--_color-notice);
    border-radius: var(--_radius);
  }

  .suggestion-text {
    margin: 0;
  }

  .suggestion-button {
    color: inherit;
    background: none;
  }

  .suggestion-button.primary {
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
    border-color: var(--_color-accent);
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
`;
