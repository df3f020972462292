/**
 * `<portal-error-summary>` and the form layer together, as a component that owns a form builds
 * them (docs/components/forms.md): a message form whose `FormController` validates every field
 * on submit, fills and focuses the summary, follows the fixes and sends once. The summary alone,
 * with errors set by hand, and in Arabic.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, html } from 'lit';
import '@portal-kit/elements/error-summary/define';
import '@portal-kit/elements/select/define';
import '@portal-kit/elements/text-field/define';
import { FormController } from '@portal-kit/elements';
import type { PortalErrorSummary } from '@portal-kit/elements';

/** A message form built on the form layer (what the public message form will do). */
class StoryMessageForm extends LitElement {
  static override properties = { sent: { state: true } };

  sent = '';

  readonly form = new FormController(this, {
    form: () => this.renderRoot.querySelector('form'),
    summary: () => this.renderRoot.querySelector('portal-error-summary'),
    onSubmit: async (data) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      this.sent = `Sent: ${[...data.keys()].join(', ')}`;
    },
  });

  override render() {
    return html`<portal-error-summary></portal-error-summary>
      <form>
        <portal-text-field id="name" name="name" label="Full name" required autocomplete="name">
        </portal-text-field>
        <portal-text-field
          id="email"
          name="email"
          type="email"
          label="Email address"
          required
          autocomplete="email"
        ></portal-text-field>
        <portal-select id="kind" name="kind" label="Kind of message" required>
          <option value="">Choose one</option>
          <option value="question">Question</option>
          <option value="suggestion">Suggestion</option>
          <option value="complaint">Complaint</option>
        </portal-select>
        <portal-text-field
          id="message"
          name="message"
          label="Your message"
          multiline
          maxlength="500"
          required
        ></portal-text-field>
        <button type="submit" aria-disabled=${this.form.submitting ? 'true' : 'false'}>
          Send message
        </button>
        <p role="status">${this.sent}</p>
      </form>`;
  }
}
if (!customElements.get('story-message-form')) {
  customElements.define('story-message-form', StoryMessageForm);
}

const meta: Meta = {
  title: 'Forms/Error summary',
  component: 'portal-error-summary',
  parameters: {
    docs: {
      description: {
        component:
          'The GOV.UK error summary: every error of a failed submit, each linking to its field. ' +
          'See docs/components/forms.md.',
      },
    },
  },
};

export default meta;

type Story = StoryObj;

/** The whole form, untouched: press "Send message" to see the summary. */
export const MessageForm: Story = {
  name: 'Message form',
  render: () => html`<story-message-form></story-message-form>`,
};

/** The same form after a failed submit: the summary, focused, every field marked. */
export const FailedSubmit: Story = {
  name: 'Failed submit',
  render: () => html`<story-message-form></story-message-form>`,
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector<StoryMessageForm>('story-message-form')!;
    await host.updateComplete;
    host.form.requestSubmit();
    const summary = host.renderRoot.querySelector<PortalErrorSummary>('portal-error-summary')!;
    await summary.updateComplete;
  },
};

/** The summary alone, with errors set by hand, linking to fields of the page. */
export const Standalone: Story = {
  render: () => {
    const summary = document.createElement('portal-error-summary');
    const field = document.createElement('portal-text-field');
    Object.assign(field, { id: 'standalone-year', label: 'Year', name: 'year' });
    summary.errors = [
      { message: 'Enter year', target: field },
      { message: 'File number must be 50 characters or fewer', target: field },
    ];
    return html`${summary}${field}`;
  },
};

/** In Arabic, right to left. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar', direction: 'rtl' },
  render: () => {
    const summary = document.createElement('portal-error-summary');
    const field = document.createElement('portal-text-field');
    Object.assign(field, { id: 'ar-name', label: 'الاسم الكامل', name: 'name' });
    summary.errors = [{ message: 'أدخل الاسم الكامل', target: field }];
    return html`${summary}${field}`;
  },
};
