import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { PortalFormField } from '../form/form-field.js';
import { formFieldStyles } from '../form/form-field.styles.js';
import { email, maxLength, minLength, pattern } from '../form/validators.js';
import type { Validator } from '../form/validators.js';
import { textFieldStyles } from './text-field.styles.js';

/** The most any field keeps without a `maxlength`: a 1 MB paste is cut here, with a message. */
export const TEXT_FIELD_HARD_CAP = 100_000;

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
 * with it, disabled by a disabled `<fieldset>`; `required`, `maxlength`, `minlength`, `pattern`,
 * `type="email"` and the `validators` property check it, with messages naming its label.
 * Text beyond `maxlength` is kept so the reader can edit it down; a paste beyond twice the limit
 * (or 100,000 characters without one) is cut, with a message.
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
  static override styles = [...PortalFormField.styles, formFieldStyles, textFieldStyles];

  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** What the polite live region says (the count, after typing stops; a cut paste). */
  @state() private status = '';

  /** Shown when a paste was cut to the field's cap. */
  @state() private truncatedTo = 0;

  /** A `<textarea>` instead of an `<input>`. */
  @property({ type: Boolean, reflect: true }) multiline = false;

  /** Visible lines of a multi-line field. */
  @property({ type: Number }) rows = 5;

  /** The input's type: `text`, `email`, `tel`, `url` or `search` (single-line only). */
  @property() type: 'text' | 'email' | 'tel' | 'url' | 'search' = 'text';

  /** Most characters allowed (an error beyond; the count of a multi-line field shows it). */
  @property({ type: Number }) maxlength?: number;

  /** Fewest characters allowed, when not empty. */
  @property({ type: Number }) minlength?: number;

  /** A regular expression the whole value must match, when not empty (as HTML's `pattern`). */
  @property() pattern?: string;

  /** The browser's autofill hint (`email`, `name`, `tel`…). */
  @property() autocomplete?: string;

  /** The on-screen keyboard to show (`numeric`, `email`, `tel`…). */
  @property() inputmode?: string;

  /** The most characters the field keeps: twice `maxlength` (at least 100 more), else 100,000. */
  get cap(): number {
    const max = this.#max();
    return max > 0
      ? Math.min(TEXT_FIELD_HARD_CAP, Math.max(max * 2, max + 100))
      : TEXT_FIELD_HARD_CAP;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override builtInValidators(): Validator[] {
    const validators = super.builtInValidators();
    const max = this.#max();
    if (max > 0) validators.push(maxLength(max));
    if (this.minlength && this.minlength > 0) validators.push(minLength(this.minlength));
    if (this.type === 'email' && !this.multiline) validators.push(email());
    if (this.pattern) {
      try {
        validators.push(pattern(new RegExp(this.pattern, 'v')));
      } catch {
        // An invalid pattern is ignored, as browsers ignore an invalid `pattern` attribute.
      }
    }
    return validators;
  }

  protected override cleanValue(value: string): string {
    return this.#cut(value);
  }

  protected override onReset(): void {
    this.truncatedTo = 0;
    this.status = '';
  }

  protected override extraDescribedBy(): string[] {
    return [this.#counted() ? 'count-hint' : '', this.truncatedTo ? 'notice' : ''];
  }

  #max(): number {
    const max = Math.trunc(Number(this.maxlength));
    return Number.isFinite(max) && max > 0 ? max : 0;
  }

  #counted(): boolean {
    return this.multiline && this.#max() > 0;
  }

  /** `value` cut to the cap, never splitting a surrogate pair. */
  #cut(value: string): string {
    const cap = this.cap;
    if (value.length <= cap) return value;
    const end = /[\uD800-\uDBFF]/.test(value.charAt(cap - 1)) ? cap - 1 : cap;
    return value.slice(0, end);
  }

  #onInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    let value = control.value;
    if (value.length > this.cap) {
      value = this.#cut(value);
      control.value = value;
      this.#cutTo();
    }
    this.onControlInput(event, value);
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
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const control = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    const start = control.selectionStart ?? control.value.length;
    const end = control.selectionEnd ?? start;
    const room = this.cap - (control.value.length - (end - start));
    if (text.length <= room) return;
    event.preventDefault();
    const piece = text.slice(0, Math.max(0, room));
    control.setRangeText(piece.replace(/[\uD800-\uDBFF]$/, ''), start, end, 'end');
    this.#cutTo();
    control.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }),
    );
  }

  #cutTo(): void {
    this.truncatedTo = this.cap;
    this.status = this.localize.t('truncated', { max: this.cap });
  }

  /**
   * Enter in a single-line field submits its form, as in a native input (the inner input is in
   * the shadow tree, so the browser would not): `form.requestSubmit()` with the form's default
   * button, so the form's checks run. Not while an input method composes (CJK, Korean).
   */
  #onKeydown(event: KeyboardEvent): void {
    const form = this.form;
    if (event.key !== 'Enter' || event.isComposing || this.multiline || !form) return;
    if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    const button = [...form.elements].find(
      (el): el is HTMLButtonElement | HTMLInputElement =>
        (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && el.type === 'submit',
    );
    if (button?.disabled) return;
    form.requestSubmit(button ?? null);
  }

  #onChange(event: Event): void {
    this.onControlChange(event, (event.target as HTMLInputElement).value);
  }

  #countText(): string {
    const left = this.#max() - this.value.length;
    return left >= 0
      ? this.localize.t('charactersLeft', { count: left })
      : this.localize.t('charactersOver', { count: -left });
  }

  protected override renderControl(describedBy: string, invalid: boolean): TemplateResult {
    const common = {
      describedBy: describedBy || nothing,
      invalid: invalid ? 'true' : nothing,
    };
    if (this.multiline) {
      return html`<textarea
        part="input"
        class="control"
        id="control"
        dir="auto"
        rows=${this.rows}
        .value=${live(this.value)}
        ?disabled=${this.isDisabled}
        ?required=${this.required}
        autocomplete=${this.autocomplete ?? nothing}
        inputmode=${this.inputmode ?? nothing}
        aria-describedby=${common.describedBy}
        aria-invalid=${common.invalid}
        @input=${this.#onInput}
        @change=${this.#onChange}
        @paste=${this.#onPaste}
      ></textarea>`;
    }
    return html`<input
      part="input"
      class="control"
      id="control"
      dir="auto"
      type=${this.type}
      .value=${live(this.value)}
      ?disabled=${this.isDisabled}
      ?required=${this.required}
      autocomplete=${this.autocomplete ?? nothing}
      inputmode=${this.inputmode ?? nothing}
      aria-describedby=${common.describedBy}
      aria-invalid=${common.invalid}
      @input=${this.#onInput}
      @change=${this.#onChange}
      @paste=${this.#onPaste}
      @keydown=${this.#onKeydown}
    />`;
  }

  protected override renderAfter(): TemplateResult {
    const t = this.localize;
    const max = this.#max();
    const over = this.value.length > max;
    return html`${
        this.truncatedTo
          ? html`<p part="notice" class="notice" id="notice">
              ${t.t('truncated', { max: this.truncatedTo })}
            </p>`
          : nothing
      }
      ${
        this.#counted()
          ? html`<span class="visually-hidden" id="count-hint"
                >${t.t('characterLimit', { max })}</span
              >
              <p part="count" class=${over ? 'count over' : 'count'} aria-hidden="true">
                ${this.value.length === 0 ? t.t('characterLimit', { max }) : this.#countText()}
              </p>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.status}</div>`;
  }
}
