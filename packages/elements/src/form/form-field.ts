import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { formNamespace } from '@portal-kit/i18n';
import type { FormStrings, TranslationKey } from '@portal-kit/i18n';
import { PortalElement } from '../base/portal-element.js';
import { required } from './validators.js';
import type { ValidationResult, Validator } from './validators.js';

/** Validity flags per validator id; any other validator sets `customError`. */
const FLAGS: Readonly<Record<string, keyof ValidityStateFlags>> = {
  required: 'valueMissing',
  maxLength: 'tooLong',
  minLength: 'tooShort',
  pattern: 'patternMismatch',
  email: 'typeMismatch',
};

/** The custom state set while the field shows its error (after an interaction or a submit). */
export const USER_INVALID = 'user-invalid';

/**
 * `label` as it reads inside a sentence: in English a sentence-case label loses its capital
 * ("Email address" → "Enter email address"); acronyms ("ICP number") and other languages keep it.
 */
function labelInSentence(label: string, lang: string): string {
  return lang === 'en' && /^\p{Lu}\p{Ll}/u.test(label)
    ? label[0]!.toLowerCase() + label.slice(1)
    : label;
}

/**
 * The thin base class of the kit's form controls: a form-associated custom element whose
 * `ElementInternals` carry its value (`setFormValue`), its validity (`setValidity`, anchored on
 * the inner native control), reset, state restore (back/forward, autofill) and a disabled
 * `<fieldset>`. It renders the GOV.UK field frame — label, hint, error message — around the
 * control a subclass renders, and links them with `aria-describedby`.
 *
 * Errors appear only once the reader has changed the field (`change`) or tried to submit
 * (`markSubmitted()`, called by the form controller): then the host has the custom state
 * `:state(user-invalid)`, the control `aria-invalid="true"`, and the message is shown and kept up
 * to date as the reader types. Messages come from the `form` namespace, naming the field by its
 * label; `messages` overrides any of them with the owner's own wording.
 */
export abstract class PortalFormField extends PortalElement<FormStrings> {
  static formAssociated = true;
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    defaultValue: { attribute: 'value' },
    label: {},
    hint: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    validators: { attribute: false },
    messages: { attribute: false },
  };
  static override shadowRootOptions: ShadowRootInit = {
    ...PortalElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The element's form internals (value, validity, states). */
  protected readonly internals: ElementInternals;

  #value: string | undefined;
  #interacted = false;
  #submitted = false;
  #formDisabled = false;
  #customError = '';
  #message = '';

  /** The field's name in the submitted form data. */
  name = '';

  /** The initial value (the `value` attribute); `reset()` of the form comes back to it. */
  defaultValue = '';

  /** The visible label (or use the `label` slot). Required for accessibility. */
  label = '';

  /** A hint under the label (or use the `hint` slot), read with the field. */
  hint = '';

  /** The field must not be empty. */
  required = false;

  /** The field cannot be used and is not submitted. */
  disabled = false;

  /** Further checks, run after the built-in ones (`required`, `maxlength`…). */
  validators: readonly Validator[] = [];

  /**
   * Your own wording, per message key (`required`, `tooLong`, or a custom validator's key), in
   * the page's language: it replaces the kit's message for that key.
   */
  messages: Readonly<Record<string, string>> = {};

  constructor() {
    super(formNamespace);
    this.internals = this.attachInternals();
  }

  /** The current value. Setting it does not show an error (that waits for the reader). */
  get value(): string {
    return this.#value ?? this.defaultValue;
  }

  set value(next: string) {
    const old = this.value;
    this.#value = String(next ?? '');
    // The form sees the value at once (a submit in the same task sends it), not after render.
    this.internals.setFormValue(this.value, this.value);
    this.requestUpdate('value', old);
  }

  /** The form the field belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The field's validity, as native controls report it. */
  get validity(): ValidityState {
    this.#syncValidity();
    return this.internals.validity;
  }

  /** The localized message of the first failed check ('' when valid). */
  get validationMessage(): string {
    this.#syncValidity();
    return this.internals.validationMessage;
  }

  /** Whether the field takes part in validation (not disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The label's text (attribute or slotted), as messages and the error summary name the field. */
  get labelText(): string {
    const slotted = this.querySelector(':scope > [slot="label"]')?.textContent?.trim();
    return this.label || slotted || this.name;
  }

  /** Whether the field shows its error now (`:state(user-invalid)`). */
  get userInvalid(): boolean {
    return (this.#interacted || this.#submitted) && this.#message !== '';
  }

  /** Whether the value passes every check (fires `invalid` when not, like native controls). */
  checkValidity(): boolean {
    this.#syncValidity();
    return this.internals.checkValidity();
  }

  /** Shows the field's error if it has one (as a submit does) and answers whether it is valid. */
  reportValidity(): boolean {
    this.markSubmitted();
    return this.checkValidity();
  }

  /**
   * Sets an error from elsewhere — e.g. the server refused the value — shown like the field's own
   * (after interaction or submit). The empty string clears it.
   */
  setCustomValidity(message: string): void {
    this.#customError = message;
    this.#syncValidity();
    this.requestUpdate();
  }

  /** Marks the field as submitted once: from now on its error is shown. */
  markSubmitted(): void {
    this.#submitted = true;
    this.#syncValidity();
    this.requestUpdate();
  }

  /** @internal Resets to the default value and hides the error (the form's `reset()`). */
  formResetCallback(): void {
    this.#value = undefined;
    this.#interacted = false;
    this.#submitted = false;
    this.#customError = '';
    this.onReset();
    this.requestUpdate();
  }

  /** @internal Restores the value after back/forward navigation or autofill. */
  formStateRestoreCallback(
    state: string | File | FormData | null,
    _reason?: 'restore' | 'autocomplete',
  ): void {
    if (typeof state === 'string') this.value = state;
  }

  /** @internal An ancestor `<fieldset disabled>` changed. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  /** Whether the control is disabled, by itself or by a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  /** The inner native control (the validity anchor, and what `focus()` reaches). */
  protected get control(): HTMLElement | null {
    return this.renderRoot?.querySelector?.<HTMLElement>('#control') ?? null;
  }

  /** The checks the field's attributes imply (a subclass adds `maxlength`, `type=email`…). */
  protected builtInValidators(): Validator[] {
    return this.required ? [required()] : [];
  }

  /** Whether the field is a choice ("Select …" messages). */
  protected get isChoice(): boolean {
    return false;
  }

  /** Called on the form's reset, after the value went back to the default. */
  protected onReset(): void {}

  /** The control, given the ids that describe it and whether it shows an error. */
  protected abstract renderControl(describedBy: string, invalid: boolean): TemplateResult;

  /** What comes after the control (a character count). */
  protected renderAfter(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Ids the control is described by, besides hint and error (the count's). */
  protected extraDescribedBy(): string[] {
    return [];
  }

  /** The reader's edit of the control: takes its value and re-dispatches `input`. */
  protected onControlInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.redispatch(event);
  }

  /** The reader committed a change: errors may show from now on; re-dispatches `change`. */
  protected onControlChange(event: Event): void {
    this.#interacted = true;
    this.onControlInput(event);
  }

  /** Re-dispatches a native event of the control from the host (bubbling, composed). */
  protected redispatch(event: Event): void {
    event.stopPropagation();
    this.dispatchEvent(new Event(event.type, { bubbles: true, composed: true }));
  }

  /** A message in the field's language, naming the field by its label. */
  protected message(result: ValidationResult): string {
    const { lang } = this.localize;
    const params: Record<string, unknown> = {
      ...result.params,
      label: labelInSentence(this.labelText, lang),
    };
    const own = this.messages[result.key];
    const text =
      own === undefined
        ? this.localize.t(result.key as TranslationKey<FormStrings>, params)
        : own.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => String(params[k] ?? m));
    // The label lost its capital for use inside a sentence; a sentence still starts with one.
    return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncValidity();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#syncValidity();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.internals.setFormValue(this.value, this.value);
    this.#syncValidity();
  }

  /** Runs the checks and sets the validity, anchored on the control once it is rendered. */
  #syncValidity(): void {
    // The control shows the value (a `live` binding, without the directive's bytes).
    const control = this.control as HTMLInputElement | null;
    if (control && control.value !== this.value) control.value = this.value;
    const validators = [...this.builtInValidators(), ...this.validators];
    let flag: keyof ValidityStateFlags = 'customError';
    let message = this.#customError;
    if (!message && !this.isDisabled) {
      const field = { label: this.labelText, choice: this.isChoice };
      for (const validator of validators) {
        const result = validator.validate(this.value, field);
        if (result) {
          flag = FLAGS[validator.id] ?? 'customError';
          message = this.message(result);
          break;
        }
      }
    }
    this.#message = message;
    if (message) this.internals.setValidity({ [flag]: true }, message, control ?? undefined);
    else this.internals.setValidity({});
    this.#setState(USER_INVALID, this.userInvalid);
  }

  #setState(name: string, on: boolean): void {
    try {
      this.internals.states[on ? 'add' : 'delete'](name);
    } catch {
      // Before custom-state identifiers (Chromium < 125) the state is missing; errors still show.
    }
  }

  override render(): TemplateResult {
    const t = this.localize;
    const hasHint = this.hint !== '' || this.querySelector(':scope > [slot="hint"]') !== null;
    const invalid = t.isReady && this.userInvalid;
    const describedBy = [hasHint ? 'hint' : '', invalid ? 'error' : '', ...this.extraDescribedBy()]
      .filter(Boolean)
      .join(' ');
    return html`<div part="base" class="base" lang=${t.lang} dir=${t.dir}>
      <label part="label" class="label" for="control"
        ><slot name="label">${this.label}</slot></label
      >
      ${
        hasHint
          ? html`<div part="hint" class="hint" id="hint">
              <slot name="hint">${this.hint}</slot>
            </div>`
          : nothing
      }
      ${
        invalid
          ? html`<p part="error-message" class="error" id="error">
              <span class="visually-hidden">${t.t('errorPrefix')}</span> ${this.#message}
            </p>`
          : nothing
      }
      ${this.renderControl(describedBy, invalid)} ${this.renderAfter()}
    </div>`;
  }
}
