import { css } from 'lit';

/**
 * Styles of `<portal-document-lookup>` (the cards are the document's, `document.styles.ts`).
 * The answer's area and the "read as" line keep their space, so nothing below them moves when
 * an answer or a reading arrives. Logical properties only.
 */
export const lookupStyles = css`
  :host {
    --_heading-size: var(--portal-document-lookup-heading-size, 1.25em);
  }

  .lookup,
  .browse-form {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }

  .lookup portal-text-field,
  .browse-form portal-select {
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

  .suggestions {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .suggestions .button {
    margin: 0;
    gap: var(--_space-s);
    text-align: start;
  }

  .browse summary {
    min-block-size: 24px;
    color: var(--_color-accent);
    cursor: pointer;
  }

  .browse-form {
    margin-block: var(--_space-s);
  }

  .count {
    font-weight: 600;
  }
`;
