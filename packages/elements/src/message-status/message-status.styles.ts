import { css } from 'lit';

/**
 * Styles of `<portal-message-status>` at first paint (the status view brings its own when it
 * loads: `status-view.ts`). The answer's area keeps its space from the first paint — as tall as
 * the answer about a message not yet replied (two steps) — so nothing below the element moves
 * when the skeleton, a failure or such an answer arrives. Logical properties only.
 */
export const messageStatusStyles = css`
  :host {
    display: block;
    --_heading-size: var(--portal-message-status-heading-size, 1.25em);
  }

  .intro {
    margin-block: 0 var(--_space-m);
  }

  .form {
    display: grid;
    gap: var(--_space-m);
    justify-items: start;
  }

  .form portal-text-field {
    inline-size: min(100%, 24rem);
  }

  .result {
    min-block-size: var(--portal-message-status-result-size, 18rem);
    margin-block: var(--_space-m);
  }

  .result:focus {
    outline: none;
  }

  .result:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
  }
`;
