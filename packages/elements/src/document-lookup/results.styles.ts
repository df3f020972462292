import { css } from 'lit';

/**
 * Styles of what `<portal-document-lookup>` loads on use (with the document cards'
 * `cardStyles`): the suggestions of a number not found, the second way in's form and count.
 * Logical properties only.
 */
export const resultsStyles = css`
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

  .browse-form {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
    margin-block: var(--_space-s);
  }

  .browse-form portal-select {
    inline-size: min(100%, 32rem);
  }

  .count {
    font-weight: 600;
  }
`;
