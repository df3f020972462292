import { css } from 'lit';

/**
 * Styles of the document cards and badges (`document-card.ts`), wherever they are shown: links,
 * the muted metadata line, the validity badge, the file number. Logical properties only.
 */
export const cardStyles = css`
  :host {
    --_doc-link: var(--portal-document-link-color, var(--_color-accent));
    --_doc-strong: var(--portal-document-repealed-color, var(--_color-danger));
  }

  a {
    color: var(--_doc-link);
    overflow-wrap: anywhere;
  }

  .muted,
  .card .meta {
    color: var(--_color-text-muted);
  }

  .validity {
    padding-inline: var(--_space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }

  .validity.repealed,
  .validity.amended,
  .validity.expired {
    font-weight: 700;
    color: var(--_doc-strong);
  }

  .card {
    padding-block: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
  }

  .card .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    margin: var(--_space-xs) 0 0;
    font-size: 0.875em;
  }

  .card .title {
    font-weight: 600;
  }

  .file-number {
    font-variant-numeric: tabular-nums;
  }
`;

/**
 * Styles of `<portal-document>`'s page — metadata list, body, links — over {@link cardStyles};
 * the heading and the status views bring their own. Logical properties only.
 */
export const documentStyles = css`
  :host {
    display: block;
    --_heading-size: var(--portal-document-heading-size, 1.5em);
    --_skeleton: var(--portal-document-skeleton-color, var(--_color-surface-muted));
  }

  .meta {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin-block: var(--_space-m);
  }

  .meta dt {
    color: var(--_color-text-muted);
  }

  .meta dd {
    margin: 0;
  }

  .sub {
    margin-block: var(--_space-m) var(--_space-s);
    font-weight: 700;
  }

  .body p {
    margin-block: 0 var(--_space-s);
  }

  .links {
    margin: 0;
    padding-inline-start: var(--_space-m);
  }

  @media (max-width: 30em) {
    .meta {
      grid-template-columns: 1fr;
    }
  }
`;
