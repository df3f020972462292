import { css } from 'lit';

/** Styles of `<portal-select>` beyond the shared field frame. */
export const selectStyles = css`
  select.control {
    inline-size: auto;
    min-inline-size: min(100%, 12rem);
    max-inline-size: 100%;
  }
`;
