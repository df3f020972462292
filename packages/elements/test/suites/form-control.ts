/**
 * The reusable suite every Portal Kit form control runs (Lion's `test-suites/` idea): label,
 * hint and error wiring, validity, form data, reset, state restore, disabled (itself and by a
 * fieldset), `:state(user-invalid)` only after an interaction or a submit, keyboard, axe in every
 * state, right to left, the pseudo-locale, and hostile text.
 *
 * @example
 * runFormControlSuite({ tag: 'portal-text-field', control: 'input', valid: 'Ada', enter: typeInto });
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { PSEUDO_LANGUAGE, disablePseudoLocale, enablePseudoLocale } from '@portal-kit/i18n';
import type { PortalFormField } from '../../src/form/form-field.js';
import { expectNoAxeViolations } from '../support/axe.js';

/** A form control under test. */
export interface FormControlCase {
  /** The tag (already defined). */
  readonly tag: string;
  /** Extra attributes of every instance (`multiline`). */
  readonly attributes?: string;
  /** Light-DOM children of every instance (`<option>`s). */
  readonly children?: string;
  /** Selector of the native control in the shadow root. */
  readonly control: string;
  /** A valid value, and how a reader enters a value (typing, choosing). */
  readonly valid: string;
  readonly enter: (field: PortalFormField, value: string) => Promise<void>;
  /** The required message's start in English ("Enter", "Select"). */
  readonly requiredVerb: string;
}

/** Renders `<form>` holding the control (named `answer`, labelled "Full name") and a button. */
async function mount(c: FormControlCase, extra = '', lang = 'en') {
  const tag = unsafeStatic(c.tag);
  const attrs = unsafeStatic(`${c.attributes ?? ''} ${extra}`);
  const children = unsafeStatic(c.children ?? '');
  const form = await fixture<HTMLFormElement>(
    staticHtml`<form lang=${lang} novalidate>
      <button type="button" id="before">Before</button>
      <fieldset><legend>Group</legend>
        <${tag} name="answer" label="Full name" hint="As on your passport" ${attrs}>${children}</${tag}>
      </fieldset>
      <button type="submit">Send</button>
    </form>`,
  );
  const field = form.querySelector<PortalFormField>(c.tag)!;
  await fieldReady(field, lang);
  const control = field.shadowRoot!.querySelector<HTMLInputElement>(c.control)!;
  return { form, field, control };
}

/** Waits until `field` renders in `lang` (its strings are loaded). */
export async function fieldReady(field: PortalFormField, lang: string): Promise<void> {
  await waitUntil(
    () => field.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === lang,
    `<${field.localName}> did not render in ${lang}`,
  );
  await field.updateComplete;
}

const userInvalid = (field: Element): boolean => field.matches(':state(user-invalid)');

/** Runs the suite against one control. */
export function runFormControlSuite(c: FormControlCase): void {
  describe(`<${c.tag} ${c.attributes ?? ''}> as a form control`, () => {
    it('is labelled by its label and described by its hint', async () => {
      const { control } = await mount(c);
      expect(control.labels?.[0]?.textContent?.trim()).to.equal('Full name');
      const describedBy = control.getAttribute('aria-describedby')!.split(' ');
      expect(describedBy).to.include('hint');
      const hint = control.getRootNode() as ShadowRoot;
      expect(hint.getElementById('hint')!.textContent!.trim()).to.equal('As on your passport');
      expect(control.getAttribute('dir') ?? 'auto').to.be.oneOf(['auto', null]);
    });

    it('is invalid while required and empty, without showing it until submitted', async () => {
      const { form, field, control } = await mount(c, 'required');
      expect(field.checkValidity()).to.equal(false);
      expect(field.validity.valueMissing).to.equal(true);
      expect(field.validationMessage).to.equal(`${c.requiredVerb} full name`);
      expect(userInvalid(field), 'no error before any interaction').to.equal(false);
      expect(control.hasAttribute('aria-invalid')).to.equal(false);
      field.markSubmitted();
      await field.updateComplete;
      expect(userInvalid(field)).to.equal(true);
      expect(control.getAttribute('aria-invalid')).to.equal('true');
      expect(control.getAttribute('aria-describedby')).to.contain('error');
      const error = field.shadowRoot!.getElementById('error')!;
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Error: ${c.requiredVerb} full name`,
      );
      await expectNoAxeViolations(form, 'invalid');
      await c.enter(field, c.valid);
      await field.updateComplete;
      expect(field.checkValidity()).to.equal(true);
      expect(userInvalid(field), 'the error goes as soon as it is fixed').to.equal(false);
    });

    it('shows its error after the reader changed it, not before', async () => {
      const { field } = await mount(c, 'required');
      await c.enter(field, c.valid);
      expect(userInvalid(field)).to.equal(false);
      await c.enter(field, '');
      await field.updateComplete;
      expect(userInvalid(field), 'after a committed change to an invalid value').to.equal(true);
    });

    it('submits its value under its name, resets and restores', async () => {
      const { form, field } = await mount(c, `value=${c.valid}`);
      expect(new FormData(form).get('answer')).to.equal(c.valid);
      await c.enter(field, '');
      await field.updateComplete;
      expect(new FormData(form).get('answer')).to.equal('');
      form.reset();
      await field.updateComplete;
      expect(field.value).to.equal(c.valid);
      expect(userInvalid(field)).to.equal(false);
      field.formStateRestoreCallback('', 'restore');
      await field.updateComplete;
      expect(new FormData(form).get('answer')).to.equal('');
    });

    it('re-dispatches input and change from the host, composed', async () => {
      const { field } = await mount(c);
      const seen: string[] = [];
      for (const type of ['input', 'change']) {
        field.addEventListener(type, (event) => {
          expect(event.composed, `${type} composed`).to.equal(true);
          expect(event.target).to.equal(field);
          seen.push(type);
        });
      }
      await c.enter(field, c.valid);
      expect(seen).to.include.members(['input', 'change']);
      expect(field.value).to.equal(c.valid);
    });

    it('is disabled by its attribute and by a disabled fieldset, and not submitted', async () => {
      const { form, field, control } = await mount(c, `disabled required value=${c.valid}`);
      expect(control.disabled).to.equal(true);
      expect(new FormData(form).has('answer')).to.equal(false);
      await expectNoAxeViolations(form, 'disabled');
      field.disabled = false;
      form.querySelector('fieldset')!.disabled = true;
      await field.updateComplete;
      expect(control.disabled, 'by the fieldset').to.equal(true);
      expect(new FormData(form).has('answer')).to.equal(false);
      form.querySelector('fieldset')!.disabled = false;
      await field.updateComplete;
      expect(control.disabled).to.equal(false);
    });

    it('is reached with Tab and focused by focus()', async () => {
      const { form, field, control } = await mount(c);
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(field);
      expect(field.shadowRoot!.activeElement).to.equal(control);
      (document.activeElement as HTMLElement).blur();
      field.focus();
      expect(field.shadowRoot!.activeElement).to.equal(control);
    });

    it('passes axe when valid and with a very long label', async () => {
      const { form, field } = await mount(c, `value=${c.valid}`);
      await expectNoAxeViolations(form, 'valid');
      field.label = 'A very long label '.repeat(30).trim();
      await field.updateComplete;
      await expectNoAxeViolations(form, 'long label');
    });

    it('lays out right to left in Arabic, typed text in its own direction', async () => {
      const { field, control } = await mount(c, 'required', 'ar');
      const base = field.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      field.markSubmitted();
      await field.updateComplete;
      expect(field.validationMessage).to.contain('Full name');
      expect(field.validationMessage).to.not.match(/^(Enter|Select)/);
      if (control.localName !== 'select') expect(control.getAttribute('dir')).to.equal('auto');
    });

    describe(`in ${PSEUDO_LANGUAGE}`, () => {
      before(() => enablePseudoLocale());
      after(() => disablePseudoLocale());

      it('shows only localized strings', async () => {
        const { field } = await mount(c, 'required', PSEUDO_LANGUAGE);
        field.markSubmitted();
        await field.updateComplete;
        const error = field.shadowRoot!.getElementById('error')!;
        for (const text of error.textContent!.trim().split(/\s{2,}|\n/)) {
          if (text.trim()) expect(text.trim()).to.match(/^\[[\s\S]*\]$/);
        }
        expect(field.validationMessage).to.match(/^\[.*full name.*\]$/i);
      });
    });
  });
}
