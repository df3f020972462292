import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { PortalFormField } from '../form/form-field.js';
import { formFieldStyles } from '../form/form-field.styles.js';
import { characterCount, maxLength } from '../form/validators.js';
import type { Validator } from '../form/validators.js';

/** The most any field keeps without a `maxlength`: a 1 MB paste is cut here, with a message. */
export const TEXT_FIELD_HARD_CAP = 100_000;

/** A failure the native input found, reported under `id` with the message `key`. */
const mismatch = (id: string, key: string): Validator => ({ id, validate: () => ({ key }) });

/** How long after the last keystroke the character count is announced (GOV.UK: 1 s). */
const ANNOUNCE_DELAY = 1000;

/**
 * A text field, single-line or multi-line (`multiline`), following the GOV.UK text input and
 * textarea patterns: a label, an optional hint, an error message after the reader interacted
 * or submitted, and for a multi-line field with `maxlength` a character count ("You have 12
 * characters remaining") instead of silently refusing keystrokes. Typed text takes its own
 * direction (`dir="auto"`), so Arabic and Latin both read right.
 *
 * It is form-associated: its value is submitted with the form under `name`, reset and restored
 * with it, disabled by a disabled `<fieldset>`; `required`, `maxlength`, `pattern`,
 * `type="email"` and the `validators` property check it, with messages naming its label.
 * Text beyond `maxlength` is kept so the reader can edit it down; a paste beyond twice the limit
 * and 100 (or 100,000 characters without one) is cut, with a message.
 *
 * @tagname portal-text-field
 * @summary A labelled, validated, form-associated text input or textarea (GOV.UK pattern).
 *
 * @slot label - The label, when it needs markup (else the `label` attribute).
 * @slot hint - The hint, when it needs markup (else the `hint` attribute).
 *
 * @fires {InputEvent} input - The reader changed the text (re-dispatched from the host, composed).
 * @fires {Event} change - The reader committed a change (re-dispatched from the host, composed).
 *
 * @csspart base - The field's frame; carries `lang` and `dir` of the strings.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint.
 * @csspart error-message - The error message (shown while `:state(user-invalid)`).
 * @csspart input - The native `<input>` or `<textarea>`.
 * @csspart count - The visible character count of a multi-line field with `maxlength`.
 * @csspart notice - The message shown when a paste was cut.
 *
 * @cssprop --portal-field-border-color - Border of the input. Default: `--portal-color-text`.
 * @cssprop --portal-field-error-color - Error bar, message and border. Default: `--portal-color-danger`.
 * @cssprop --portal-field-gap - Space between label, hint, error and input. Default: `--portal-space-xs`.
 * @cssprop --portal-color-focus - The focus ring. Default: `#0b57a4`.
 *
 * @example
 * <form novalidate>
 *   <portal-text-field name="email" type="email" label="Email address" required
 *     autocomplete="email"></portal-text-field>
 *   <portal-text-field name="message" label="Your message" multiline maxlength="2000"
 *     required></portal-text-field>
 * </form>
 */
export class PortalTextField extends PortalFormField {
  static override styles = [...PortalFormField.styles, formFieldStyles];

  static override properties: PropertyDeclarations = {
    status: { state: true, attribute: false },
    truncated: { state: true, attribute: false },
    multiline: { type: Boolean, reflect: true },
    type: {},
    maxlength: { type: Number },
    pattern: {},
    autocomplete: {},
    inputmode: {},
  };

  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** What the polite live region says (the count, after typing stops; a cut paste). */
  private status = '';

  /** Whether a paste was cut to the field's cap (a notice says so). */
  private truncated = false;

  /** A `<textarea>` instead of an `<input>`. */
  multiline = false;

  /** The input's type: `text`, `email`, `tel`, `url` or `search` (single-line only). */
  type: 'text' | 'email' | 'tel' | 'url' | 'search' = 'text';

  /** Most characters allowed (an error beyond; the count of a multi-line field shows it). */
  declare maxlength?: number;

  /**
   * A regular expression the whole value of a single-line field must match, when not empty (the
   * HTML `pattern` attribute). For a multi-line field, add `pattern()` to `validators`.
   */
  declare pattern?: string;

  /** The browser's autofill hint (`email`, `name`, `tel`…). */
  declare autocomplete?: string;

  /** The on-screen keyboard to show (`numeric`, `email`, `tel`…). */
  declare inputmode?: string;

  /** The most characters the field keeps: twice `maxlength` and 100 more, else 100,000. */
  get cap(): number {
    const max = this.#max();
    return max > 0 ? Math.min(TEXT_FIELD_HARD_CAP, max * 2 + 100) : TEXT_FIELD_HARD_CAP;
  }

  protected override builtInValidators(): Validator[] {
    const validators = super.builtInValidators();
    const max = this.#max();
    if (max > 0) validators.push(maxLength(max));
    // The native input checks `type` and `pattern` (as HTML defines them); the message is ours.
    const native = (this.control as HTMLInputElement | null)?.validity;
    if (native?.typeMismatch)
      validators.push(mismatch('email', this.type === 'email' ? 'email' : 'pattern'));
    if (native?.patternMismatch) validators.push(mismatch('pattern', 'pattern'));
    return validators;
  }

  protected override onReset(): void {
    this.truncated = false;
    this.status = '';
  }

  protected override extraDescribedBy(): string[] {
    return [this.#counted() ? 'count' : '', this.truncated ? 'notice' : ''];
  }

  #max(): number {
    const max = Math.trunc(Number(this.maxlength));
    return max > 0 ? max : 0;
  }

  #counted(): boolean {
    return this.multiline && this.#max() > 0;
  }

  /** `value` cut to the cap, never splitting a surrogate pair. */
  #cut(value: string): string {
    return value.slice(0, this.cap).replace(/[\uD800-\uDBFF]$/, '');
  }

  #onInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (control.value.length >= this.cap) {
      control.value = this.#cut(control.value);
      this.#cutTo();
    }
    this.onControlInput(event);
    if (this.#counted()) {
      clearTimeout(this.#announceTimer);
      this.#announceTimer = setTimeout(() => {
        this.status = this.#countText();
      }, ANNOUNCE_DELAY);
    }
  }

  /**
   * A paste that would pass the cap is cut before the browser inserts it (a 1 MB paste never
   * reaches the control), with a message; a smaller one is left to the browser.
   */
  #onPaste(event: ClipboardEvent): void {
    const control = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    const { value, selectionStart: start, selectionEnd: end } = control;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const whole = value.slice(0, start ?? value.length) + text + value.slice(end ?? value.length);
    if (whole.length <= this.cap) return;
    event.preventDefault();
    control.value = this.#cut(whole);
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }

  #cutTo(): void {
    this.truncated = true;
    this.status = this.localize.t('truncated', { max: this.cap });
  }

  /**
   * Enter in a single-line field submits its form, as in a native input (the inner input is in
   * the shadow tree, so the browser would not): `form.requestSubmit()`, so the form's checks
   * run. Not while an input method composes (CJK, Korean: Enter confirms the composition).
   */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.form?.requestSubmit();
  }

  #countText(): string {
    const left = this.#max() - characterCount(this.value);
    return left >= 0
      ? this.localize.t('charactersLeft', { count: left })
      : this.localize.t('charactersOver', { count: -left });
  }

  protected override renderControl(describedBy: string, invalid: boolean): TemplateResult {
    const describe = describedBy || nothing;
    const ariaInvalid = invalid ? 'true' : nothing;
    if (this.multiline) {
      return html`<textarea
        part="input"
        class="control"
        id="control"
        dir="auto"
        ?disabled=${this.isDisabled}
        ?required=${this.required}
        autocomplete=${this.autocomplete ?? nothing}
        inputmode=${this.inputmode ?? nothing}
        aria-describedby=${describe}
        aria-invalid=${ariaInvalid}
        @input=${this.#onInput}
        @change=${this.onControlChange}
        @paste=${this.#onPaste}
      ></textarea>`;
    }
    return html`<input
      part="input"
      class="control"
      id="control"
      dir="auto"
      type=${this.type}
      pattern=${this.pattern || nothing}
      ?disabled=${this.isDisabled}
      ?required=${this.required}
      autocomplete=${this.autocomplete ?? nothing}
      inputmode=${this.inputmode ?? nothing}
      aria-describedby=${describe}
      aria-invalid=${ariaInvalid}
      @input=${this.#onInput}
      @change=${this.onControlChange}
      @paste=${this.#onPaste}
      @keydown=${this.#onKeydown}
    />`;
  }

  protected override renderAfter(): TemplateResult {
    const t = this.localize;
    const max = this.#max();
    return html`${
        this.truncated
          ? html`<p part="notice" class="notice" id="notice">
              ${t.t('truncated', { max: this.cap })}
            </p>`
          : nothing
      }
      ${
        this.#counted()
          ? html`<p
              part="count"
              class=${characterCount(this.value) > max ? 'count over' : 'count'}
              id="count"
            >
              ${this.value.length === 0 ? t.t('characterLimit', { max }) : this.#countText()}
            </p>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.status}</div>`;
  }
}
