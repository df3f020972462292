import { css } from 'lit';

/**
 * Styles of a service item's page (service-page.ts), loaded with it: the summary list, the
 * materials table, the numbered steps with their "all of" / "one of" sub-steps, the time limits
 * and the frequent questions. Logical properties only.
 */
export const servicePageStyles = css`
  .summary,
  .limits {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }

  .summary dt,
  .limits dt {
    font-weight: 600;
  }

  .summary dd,
  .limits dd {
    margin: 0;
  }

  .decision {
    display: block;
    font-weight: 600;
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }

  .muted {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }

  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .steps .steps {
    padding-inline-start: var(--_space-l);
  }

  .step summary {
    cursor: pointer;
    padding-block: var(--_space-xs);
  }

  .step-number {
    display: inline-block;
    min-inline-size: 2.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .step p {
    margin: var(--_space-xs) 0;
    padding-inline-start: 2.25em;
  }

  .mode {
    font-weight: 600;
  }

  .faq summary {
    cursor: pointer;
    padding-block: var(--_space-xs);
    font-weight: 600;
  }

  .actions {
    margin-block: var(--_space-m);
  }
`;
