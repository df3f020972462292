/**
 * A component that owns a form, built on the form layer as the message form and the document
 * lookup will be: `FormController` + fields + `<portal-error-summary>` in its shadow DOM.
 * A failed submit shows the summary (focused, an alert, every error a link that moves focus into
 * the field), keeps what was typed and sends nothing; the summary follows the fixes; a valid
 * submit sends the data once, however often the button is pressed, until it settles.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../src/error-summary/define.js';
import type { PortalErrorSummary } from '../src/error-summary/error-summary.js';
import { FormController } from '../src/form/form-controller.js';
import { maxLength } from '../src/form/validators.js';
import '../src/select/define.js';
import '../src/text-field/define.js';
import type { PortalTextField } from '../src/text-field/text-field.js';
import { expectNoAxeViolations } from './support/axe.js';
import './support/quiet.js';

/** What the test form sent, and how the send settles. */
const sent: FormData[] = [];
let settle: (() => void) | undefined;

class TestMessageForm extends LitElement {
  readonly form = new FormController(this, {
    form: () => this.renderRoot.querySelector('form'),
    summary: () => this.renderRoot.querySelector('portal-error-summary'),
    onSubmit: (data) => {
      sent.push(data);
      return new Promise<void>((resolve) => {
        settle = resolve;
      });
    },
  });

  override render() {
    return html`<portal-error-summary></portal-error-summary>
      <form>
        <portal-text-field id="name" name="name" label="Full name" required></portal-text-field>
        <portal-text-field
          id="email"
          name="email"
          type="email"
          label="Email address"
          required
        ></portal-text-field>
        <portal-text-field
          id="message"
          name="message"
          label="Message"
          multiline
          .validators=${[maxLength(20)]}
        ></portal-text-field>
        <button type="submit" aria-disabled=${this.form.submitting ? 'true' : 'false'}>Send</button>
      </form>`;
  }
}
customElements.define('test-message-form', TestMessageForm);

async function mount() {
  sent.length = 0;
  settle = undefined;
  const host = await fixture<TestMessageForm>(
    html`<test-message-form lang="en"></test-message-form>`,
  );
  const root = host.shadowRoot!;
  const summary = root.querySelector<PortalErrorSummary>('portal-error-summary')!;
  const field = (id: string) => root.querySelector<PortalTextField>(`#${id}`)!;
  await waitUntil(
    () =>
      [summary, field('name'), field('email')].every(
        (el) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === 'en',
      ),
    'strings loaded',
  );
  const button = root.querySelector('button')!;
  return { host, root, summary, field, button, form: root.querySelector('form')! };
}

const links = (summary: PortalErrorSummary) =>
  [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]')].map((a) =>
    a.textContent!.trim(),
  );

describe('FormController with <portal-error-summary>', () => {
  it('sends a value set in the same task as the submit (a paste and Enter, a value set by code)', async () => {
    const { field, form } = await mount();
    field('name').value = 'Li Lei';
    field('email').value = 'li@example.cn';
    form.requestSubmit();
    expect(sent).to.have.length(1);
    expect(sent[0]!.get('name')).to.equal('Li Lei');
    expect(sent[0]!.get('email')).to.equal('li@example.cn');
    settle?.();
  });

  it('on a failed submit lists every error, focuses the alert and sends nothing', async () => {
    const { summary, field, button, form } = await mount();
    field('message').value = 'x'.repeat(25);
    button.click();
    await summary.updateComplete;
    expect(sent).to.have.length(0);
    expect(form.noValidate).to.equal(true);
    const box = summary.shadowRoot!.querySelector<HTMLElement>('[part~="summary"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.querySelector('h2')!.textContent!.trim()).to.equal('There is a problem');
    expect(links(summary)).to.deep.equal([
      'Enter full name',
      'Enter email address',
      'Message must be 20 characters or fewer',
    ]);
    await waitUntil(() => summary.shadowRoot!.activeElement === box, 'summary focused');
    expect(field('message').value, 'nothing typed is cleared').to.equal('x'.repeat(25));
    for (const id of ['name', 'email', 'message']) {
      expect(field(id).matches(':state(user-invalid)'), id).to.equal(true);
    }
    await expectNoAxeViolations(summary, 'summary');
  });

  it('each link moves focus into its field', async () => {
    const { summary, field, button } = await mount();
    button.click();
    await summary.updateComplete;
    const anchor = summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]')[1]!;
    expect(anchor.getAttribute('href')).to.equal('#email');
    anchor.focus();
    await sendKeys({ press: 'Enter' });
    const email = field('email');
    expect(email.shadowRoot!.activeElement).to.equal(email.shadowRoot!.querySelector('input'));
    expect(location.hash, 'no navigation').to.not.equal('#email');
  });

  it('follows the fixes, and sends once when valid, blocking double submission', async () => {
    const { host, summary, field, button } = await mount();
    button.click();
    await summary.updateComplete;
    field('name').focus();
    await sendKeys({ type: 'Ada Lovelace' });
    await summary.updateComplete;
    expect(links(summary)).to.deep.equal(['Enter email address']);
    field('email').focus();
    await sendKeys({ type: 'ada@example.org' });
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[part~="summary"]'), 'summary gone').to.equal(null);

    button.click();
    button.click();
    await host.updateComplete;
    expect(sent).to.have.length(1);
    expect(host.form.submitting).to.equal(true);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(sent[0]!.get('name')).to.equal('Ada Lovelace');
    expect(sent[0]!.get('email')).to.equal('ada@example.org');
    host.form.requestSubmit();
    expect(sent, 'requestSubmit while submitting is refused too').to.have.length(1);
    settle!();
    await waitUntil(() => !host.form.submitting, 'settled');
    await host.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(field('name').value, 'kept after sending').to.equal('Ada Lovelace');
    host.form.requestSubmit();
    expect(sent).to.have.length(2);
  });

  it('submits with Enter in a field (form.requestSubmit path), checks first', async () => {
    const { summary, field } = await mount();
    field('name').focus();
    await sendKeys({ press: 'Enter' });
    await summary.updateComplete;
    expect(links(summary)).to.have.length(2);
    expect(sent).to.have.length(0);
  });

  it('shows its heading in Arabic, right to left, passes axe, and hides with no error', async () => {
    const summary = await fixture<PortalErrorSummary>(
      html`<portal-error-summary lang="ar" heading-level="3"></portal-error-summary>`,
    );
    const target = document.createElement('button');
    target.textContent = 'field';
    summary.errors = [{ message: 'أدخل الاسم', target }];
    await waitUntil(() => summary.shadowRoot!.querySelector('h3') !== null, 'rendered in ar');
    expect(summary.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('توجد مشكلة');
    expect(summary.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal(
      'rtl',
    );
    await expectNoAxeViolations(summary, 'ar');
    summary.errors = [];
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
