import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { PortalFormField } from '../form/form-field.js';
import { formFieldStyles } from '../form/form-field.styles.js';
import { selectStyles } from './select.styles.js';

/** One choice of a {@link PortalSelect}. */
export interface SelectOption {
  /** The submitted value (`''` for "no choice"). */
  readonly value: string;
  /** The visible text. */
  readonly label: string;
  /** Shown but not selectable. */
  readonly disabled?: boolean;
}

/**
 * A choice from a list, as a native `<select>` (the most robust and accessible list control on
 * every device), with the GOV.UK field frame: label, hint, and an error message after the reader
 * interacted or submitted ("Select year").
 *
 * The choices come from the `options` property, or from `<option>` children written in the page
 * (read again when they change). An option with the empty value is the "no choice" a `required`
 * select refuses.
 *
 * @tagname portal-select
 * @summary A labelled, validated, form-associated native select (GOV.UK pattern).
 *
 * @slot - `<option>` elements: the choices, when the `options` property is not set.
 * @slot label - The label, when it needs markup (else the `label` attribute).
 * @slot hint - The hint, when it needs markup (else the `hint` attribute).
 *
 * @fires {Event} input - The reader chose an option (re-dispatched from the host, composed).
 * @fires {Event} change - The reader chose an option (re-dispatched from the host, composed).
 *
 * @csspart base - The field's frame; carries `lang` and `dir` of the strings.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint.
 * @csspart error-message - The error message (shown while `:state(user-invalid)`).
 * @csspart select - The native `<select>`.
 *
 * @cssprop --portal-field-border-color - Border of the select. Default: `--portal-color-text`.
 * @cssprop --portal-field-error-color - Error bar, message and border. Default: `--portal-color-danger`.
 * @cssprop --portal-field-gap - Space between label, hint, error and select. Default: `--portal-space-xs`.
 * @cssprop --portal-color-focus - The focus ring. Default: `#0b57a4`.
 *
 * @example
 * <portal-select name="year" label="Year" required>
 *   <option value="">Any year</option>
 *   <option value="2024">2024</option>
 * </portal-select>
 */
export class PortalSelect extends PortalFormField {
  static override styles = [...PortalFormField.styles, formFieldStyles, selectStyles];

  static override properties: PropertyDeclarations = {
    childOptions: { state: true, attribute: false },
    options: { attribute: false },
  };

  /** The `<option>` children, read when they change. */
  private childOptions: SelectOption[] = [];

  /** The choices (wins over `<option>` children). */
  declare options?: readonly SelectOption[];

  protected override get isChoice(): boolean {
    return true;
  }

  /** The choices shown: `options`, else the `<option>` children. */
  get choices(): readonly SelectOption[] {
    return this.options ?? this.childOptions;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChildren();
  }

  #readChildren(): void {
    this.childOptions = [...this.querySelectorAll(':scope > option')].map((option) => ({
      value: (option as HTMLOptionElement).value,
      label: option.textContent?.trim() ?? '',
      disabled: (option as HTMLOptionElement).disabled,
    }));
  }

  protected override renderControl(describedBy: string, invalid: boolean): TemplateResult {
    const value = this.value;
    return html`<select
        part="select"
        class="control"
        id="control"
        ?disabled=${this.isDisabled}
        ?required=${this.required}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        @input=${this.onControlInput}
        @change=${this.onControlChange}
      >
        ${this.choices.map(
          (option) =>
            html`<option
              value=${option.value}
              ?disabled=${option.disabled === true}
              ?selected=${option.value === value}
            >
              ${option.label}
            </option>`,
        )}
      </select>
      <slot hidden @slotchange=${this.#readChildren}></slot>`;
  }
}
