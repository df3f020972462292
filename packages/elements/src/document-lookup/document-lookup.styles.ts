import { css } from 'lit';

/**
 * Styles of `<portal-document-lookup>` at first paint (the answer and the second way in bring
 * theirs, with the document cards', when they load: `answer.ts`, `browse.ts`). The answer's area
 * and the "read as" line keep their space, so nothing below them moves when an answer or a
 * reading arrives. Logical properties only.
 */
export const lookupStyles = css`
  :host {
    display: block;
    --_heading-size: var(--portal-document-lookup-heading-size, 1.25em);
  }

  .lookup {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }

  .lookup portal-text-field {
    inline-size: min(100%, 32rem);
  }

  .read-as {
    display: block;
    min-block-size: 1lh;
    color: var(--_color-text);
  }

  .result {
    min-block-size: var(--portal-document-lookup-result-size, 8rem);
    margin-block: var(--_space-m);
  }

  .result:focus {
    outline: none;
  }

  .result:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
  }

  .browse summary {
    min-block-size: 24px;
    color: var(--_color-accent);
    cursor: pointer;
  }
`;
