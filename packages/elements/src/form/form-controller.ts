/**
 * The form controller: what a component that owns a `<form>` composes to submit it the GOV.UK
 * way. On submit it checks every Portal Kit field of the form, shows each one's error, and —
 * when any is invalid — prevents the submission, lists the errors in the error summary and
 * focuses it; the summary follows as the reader fixes them. When every field is valid it hands
 * the form's data to `onSubmit` and refuses another submission until that settles (`submitting`).
 * Nothing the reader typed is ever cleared.
 *
 * The form gets `novalidate` (the browser's own bubbles would pre-empt the summary). Submit from
 * code with {@link FormController.requestSubmit} (`form.requestSubmit()`: the same checks run).
 *
 * @example
 * class MessageForm extends PortalElement {
 *   #form = new FormController(this, {
 *     form: () => this.renderRoot.querySelector('form'),
 *     summary: () => this.renderRoot.querySelector('portal-error-summary'),
 *     onSubmit: (data, { signal }) => client.messages.create(toMessage(data), { signal }),
 *   });
 * }
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PortalErrorSummary } from '../error-summary/error-summary.js';
import { PortalFormField } from './form-field.js';

/** Options of {@link FormController}. */
export interface FormControllerOptions {
  /** The form (found again after each render of the host). */
  form: () => HTMLFormElement | null | undefined;
  /** The error summary to fill and focus; without one, the first invalid field is focused. */
  summary?: () => PortalErrorSummary | null | undefined;
  /**
   * Sends the valid form. `submitting` holds until the returned promise settles; its `signal`
   * aborts when the host disconnects. A rejection is kept in `error` (show it to the reader).
   */
  onSubmit: (data: FormData, context: { form: HTMLFormElement; signal: AbortSignal }) => unknown;
}

/** Submits a component's form: validation, error summary, no double submission. */
export class FormController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FormControllerOptions;
  #form: HTMLFormElement | null = null;
  #abort: AbortController | undefined;
  #shown = false;

  /** Whether a submission is in flight (render the submit button `aria-disabled`). */
  submitting = false;

  /** Why the last submission failed (what `onSubmit` rejected with), else `undefined`. */
  error: unknown;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FormControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The form's Portal Kit fields, in document order. */
  get fields(): PortalFormField[] {
    return [...(this.#form?.elements ?? [])].filter(
      (element): element is PortalFormField => element instanceof PortalFormField,
    );
  }

  hostUpdated(): void {
    const form = this.#options.form() ?? null;
    if (form === this.#form) return;
    this.#detach();
    this.#form = form;
    if (!form) return;
    form.noValidate = true;
    form.addEventListener('submit', this.#onSubmit);
    form.addEventListener('input', this.#onEdit);
    form.addEventListener('change', this.#onEdit);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#detach();
    this.#form = null;
  }

  /** Submits the form as its submit button would (`form.requestSubmit()`): checks run first. */
  requestSubmit(submitter?: HTMLElement | null): void {
    this.#form?.requestSubmit(submitter ?? null);
  }

  #detach(): void {
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form?.removeEventListener('input', this.#onEdit);
    this.#form?.removeEventListener('change', this.#onEdit);
  }

  #errors(): { message: string; target: HTMLElement }[] {
    return this.fields
      .filter((field) => field.willValidate && !field.checkValidity())
      .map((field) => ({ message: field.validationMessage, target: field }));
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    // The controller sends the data itself (onSubmit): the browser never navigates.
    event.preventDefault();
    const form = this.#form;
    if (this.submitting || !form) return;
    for (const field of this.fields) field.markSubmitted();
    const errors = this.#errors();
    const summary = this.#options.summary?.();
    if (summary) summary.errors = errors;
    this.#shown = errors.length > 0;
    if (errors.length > 0) {
      if (summary) summary.focus();
      else errors[0]!.target.focus();
      return;
    }
    void this.#send(form, new FormData(form, event.submitter));
  };

  /** While the summary shows, it follows the reader's fixes. */
  readonly #onEdit = (): void => {
    if (!this.#shown) return;
    const summary = this.#options.summary?.();
    // After the field handled the edit (its value and validity are current).
    queueMicrotask(() => {
      const errors = this.#errors();
      if (summary) summary.errors = errors;
      this.#shown = errors.length > 0;
    });
  };

  async #send(form: HTMLFormElement, data: FormData): Promise<void> {
    this.submitting = true;
    this.error = undefined;
    this.#abort = new AbortController();
    form.setAttribute('aria-busy', 'true');
    this.#host.requestUpdate();
    try {
      await this.#options.onSubmit(data, { form, signal: this.#abort.signal });
    } catch (error) {
      this.error = error;
    } finally {
      this.submitting = false;
      form.removeAttribute('aria-busy');
      this.#host.requestUpdate();
    }
  }
}
