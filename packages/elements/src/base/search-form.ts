/**
 * The search form of the list components (`<portal-policy-list>`, `<portal-message-list>`): a
 * labelled search field and its button, submitted with the button or Enter — never a request per
 * keystroke — and room for a component's own controls after them (the policy list's order).
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';

/** What the search form shows. */
export interface SearchFormOptions {
  /** The field's visible label. */
  readonly label: string;
  /** The button's text. */
  readonly button: string;
  /** The words searched now. */
  readonly value: string;
  /** Longest query the API takes, in characters. */
  readonly maxLength: number;
  /** Called on submit (the handler prevents the default and reads the `q` field). */
  readonly onSearch: (event: SubmitEvent) => void;
}

/**
 * The form (`part="search"`): the words (`part="input"`, `name="q"`, `type="search"`), the button
 * (`part="search-button"`), then `extra` controls.
 */
export function searchForm(o: SearchFormOptions, extra: unknown = ''): TemplateResult {
  return html`<form part="search" class="search" @submit=${o.onSearch}>
    <label class="field grow"
      ><span>${o.label}</span
      ><input part="input" name="q" type="search" maxlength=${o.maxLength} .value=${o.value}
    /></label>
    <button part="search-button" class="button" type="submit">${o.button}</button>
    ${extra}
  </form>`;
}

/** The words of a submitted search form (its `q` field). */
export function searchedWords(event: SubmitEvent): unknown {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement).get('q');
}

/** Styles of {@link searchForm}: one line that wraps, as tall before its strings arrive as after. */
export const searchFormStyles = css`
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    min-block-size: 4.5rem;
  }

  .field {
    display: grid;
    gap: var(--_space-xs);
  }

  .grow {
    flex: 1 1 12rem;
  }

  [name='q'] {
    min-block-size: 2.5rem;
    padding-inline: var(--_space-s);
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_color-text-muted);
    border-radius: var(--_radius);
  }

  .search .button {
    margin: 0;
  }
`;
