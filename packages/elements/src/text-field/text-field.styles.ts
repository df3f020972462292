import { css } from 'lit';

/** Styles of `<portal-text-field>` beyond the shared field frame: the textarea and its count. */
export const textFieldStyles = css`
  textarea.control {
    min-block-size: 5rem;
    resize: vertical;
  }
`;
