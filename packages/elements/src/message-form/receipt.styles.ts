import { css } from 'lit';

/**
 * Styles of the receipt (`submission.ts`), adopted when it loads. Logical properties only.
 */
export const receiptStyles = css`
  .receipt {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }

  .codes {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
  }

  .codes .row {
    display: grid;
    gap: var(--_space-xs);
  }

  .codes dt {
    font-weight: 600;
  }

  .codes dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
  }

  .code {
    font-family: var(--portal-font-mono, ui-monospace, monospace);
    font-size: 1.25em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }

  .keep {
    font-weight: 600;
  }

  .copy-status {
    min-block-size: 1lh;
    margin: 0;
  }
`;
