import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { formNamespace } from '@portal-kit/i18n';
import type { FormStrings } from '@portal-kit/i18n';
import { PortalElement } from '../base/portal-element.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One error of the summary: what is wrong, and the field to go to. */
export interface ErrorSummaryItem {
  /** The field's error message, as the field shows it. */
  readonly message: string;
  /** The field (its `focus()` reaches the control inside; a form field delegates focus). */
  readonly target: HTMLElement;
}

/**
 * The GOV.UK error summary: after a failed submit, a box at the top of the form headed "There is
 * a problem", listing every error as a link that moves focus to its field (into the field's
 * shadow DOM) and scrolls its label into view. It is an alert, and the form controller focuses
 * it, so screen reader users hear it at once; fixed errors leave the list as the reader fixes
 * them. With no error it shows nothing.
 *
 * Usually driven by `FormController`; set `errors` yourself to use it alone.
 *
 * @tagname portal-error-summary
 * @summary "There is a problem": every error of a form, each linking to its field (GOV.UK).
 *
 * @slot - Extra text under the heading (e.g. what happens next), shown with the list.
 *
 * @csspart base - The wrapper; carries `lang` and `dir` of the strings.
 * @csspart summary - The box (role `alert`, focusable), shown while there are errors.
 * @csspart heading - The heading ("There is a problem").
 * @csspart list - The list of errors.
 * @csspart link - The link of one error to its field.
 *
 * @cssprop --portal-error-summary-color - The box's border and the links. Default: `--portal-color-danger`.
 * @cssprop --portal-color-focus - The focus ring. Default: `#0b57a4`.
 *
 * @example
 * <portal-error-summary></portal-error-summary>
 * <script>summary.errors = [{ message: 'Enter email address', target: emailField }];</script>
 */
export class PortalErrorSummary extends PortalElement<FormStrings> {
  static override styles = [...PortalElement.styles, errorSummaryStyles];

  static override properties: PropertyDeclarations = {
    errors: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    heading: {},
  };

  /** The errors to list; empty hides the summary. */
  errors: readonly ErrorSummaryItem[] = [];

  /** Level of the heading, 2–6. Default 2. */
  headingLevel = 2;

  /** The heading's text. Default: "There is a problem" in the element's language. */
  declare heading?: string;

  constructor() {
    super(formNamespace);
  }

  /** Moves focus to the summary (as after a failed submit), once it is rendered. */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus(options),
    );
  }

  #onLink(event: MouseEvent, target: HTMLElement): void {
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'start' });
  }

  #renderHeading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.trunc(Number(this.headingLevel)) || 2));
    switch (level) {
      case 3:
        return html`<h3 part="heading" class="heading">${text}</h3>`;
      case 4:
        return html`<h4 part="heading" class="heading">${text}</h4>`;
      case 5:
        return html`<h5 part="heading" class="heading">${text}</h5>`;
      case 6:
        return html`<h6 part="heading" class="heading">${text}</h6>`;
      default:
        return html`<h2 part="heading" class="heading">${text}</h2>`;
    }
  }

  override render(): TemplateResult {
    const t = this.localize;
    const errors = t.isReady ? this.errors : [];
    return html`<div part="base" class="base" lang=${t.lang} dir=${t.dir}>
      ${
        errors.length > 0
          ? html`<div part="summary" class="summary" role="alert" tabindex="-1">
              ${this.#renderHeading(this.heading || t.t('errorSummary'))}
              <slot></slot>
              <ul part="list" class="list">
                ${errors.map(
                  (error) =>
                    html`<li>
                      <a
                        part="link"
                        class="link"
                        href=${error.target.id ? `#${error.target.id}` : '#'}
                        @click=${(event: MouseEvent) => this.#onLink(event, error.target)}
                        >${error.message}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
    </div>`;
  }
}
