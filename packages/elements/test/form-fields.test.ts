/**
 * The form fields: the reusable form-control suite against `<portal-text-field>` (single and
 * multi-line) and `<portal-select>`, then what each does beyond it — validators, the character
 * count, hostile text (markup typed stays text; a 1 MB paste is cut with a message, at once).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/text-field/define.js';
import '../src/select/define.js';
import type { PortalFormField } from '../src/form/form-field.js';
import { custom, email, maxLength, minLength, pattern, required } from '../src/form/validators.js';
import type { PortalSelect } from '../src/select/select.js';
import type { PortalTextField } from '../src/text-field/text-field.js';
import { expectNoAxeViolations } from './support/axe.js';
import './support/quiet.js';
import { fieldReady, runFormControlSuite } from './suites/form-control.js';

/** Types `value` into the field as a reader does (select all, type, leave the field). */
async function typeInto(field: PortalFormField, value: string): Promise<void> {
  field.focus();
  const control = field.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
  control.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
  control.blur();
  await field.updateComplete;
}

/** Chooses the option of `value` as a reader does (focus the select, keyboard to it). */
async function choose(field: PortalFormField, value: string): Promise<void> {
  field.focus();
  const select = field.shadowRoot!.querySelector('select')!;
  const target = [...select.options].findIndex((o) => o.value === value);
  const key = target > select.selectedIndex ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < 10 && select.selectedIndex !== target; i += 1) await sendKeys({ press: key });
  select.blur();
  await field.updateComplete;
}

runFormControlSuite({
  tag: 'portal-text-field',
  control: 'input',
  valid: 'Ada',
  enter: typeInto,
  requiredVerb: 'Enter',
});

runFormControlSuite({
  tag: 'portal-text-field',
  attributes: 'multiline',
  control: 'textarea',
  valid: 'Ada',
  enter: typeInto,
  requiredVerb: 'Enter',
});

runFormControlSuite({
  tag: 'portal-select',
  control: 'select',
  children:
    '<option value="">Choose</option><option value="a">A</option><option value="b">B</option>',
  valid: 'b',
  enter: choose,
  requiredVerb: 'Select',
});

describe('validators', () => {
  const field = { label: 'Name' };
  it('each answers null or a message key with its parameters', () => {
    expect(required().validate(' ', field)).to.deep.equal({ key: 'required' });
    expect(required().validate('', { label: 'Year', choice: true })).to.deep.equal({
      key: 'requiredChoice',
    });
    expect(required().validate('x', field)).to.equal(null);
    expect(maxLength(3).validate('abcd', field)).to.deep.equal({
      key: 'tooLong',
      params: { max: 3 },
    });
    expect(maxLength(3).validate('abc', field)).to.equal(null);
    // Characters are code points, as the API counts them: 𠀀 (Extension B) and 😀 are one each.
    expect(maxLength(3).validate('𠀀😀字', field)).to.equal(null);
    expect(maxLength(3).validate('𠀀😀字字', field)).to.deep.equal({
      key: 'tooLong',
      params: { max: 3 },
    });
    expect(minLength(2).validate('😀', field)).to.deep.equal({
      key: 'tooShort',
      params: { min: 2 },
    });
    expect(minLength(3).validate('ab', field)).to.deep.equal({
      key: 'tooShort',
      params: { min: 3 },
    });
    expect(minLength(3).validate('', field), 'empty is for required').to.equal(null);
    expect(pattern(/\d+/).validate('12a', field)).to.deep.equal({ key: 'pattern' });
    expect(pattern(/\d+/g).validate('12', field), 'anchored, flags g/y dropped').to.equal(null);
    expect(email().validate('a@b.cn', field)).to.equal(null);
    for (const bad of ['a@b', '@b.cn', 'a b@c.cn', '<script>@x.cn', 'a@b..cn']) {
      expect(email().validate(bad, field), bad).to.deep.equal({ key: 'email' });
    }
    const noAdmin = custom((v) => v !== 'admin', 'reserved');
    expect(noAdmin.validate('admin', field)).to.deep.equal({ key: 'reserved' });
    expect(noAdmin.id).to.equal('custom:reserved');
  });
});

describe('<portal-text-field>', () => {
  async function textField(attributes: Partial<PortalTextField> = {}, lang = 'en') {
    const form = await fixture<HTMLFormElement>(
      html`<form lang=${lang} novalidate>
        <portal-text-field name="f" label="Message"></portal-text-field>
      </form>`,
    );
    const field = form.querySelector('portal-text-field')!;
    Object.assign(field, attributes);
    await fieldReady(field, lang);
    return { form, field, control: field.shadowRoot!.querySelector<HTMLInputElement>('#control')! };
  }

  it('checks maxlength, minLength(), pattern and email with messages naming the label', async () => {
    const { field } = await textField({ maxlength: 5, validators: [minLength(2)] });
    field.value = 'abcdef';
    expect(field.validity.tooLong).to.equal(true);
    expect(field.validationMessage).to.equal('Message must be 5 characters or fewer');
    field.value = 'a';
    expect(field.validity.tooShort).to.equal(true);
    expect(field.validationMessage).to.equal('Message must be 2 characters or more');
    Object.assign(field, { maxlength: undefined, validators: [], type: 'email' });
    field.label = 'Email address';
    await field.updateComplete;
    field.value = 'nobody@';
    expect(field.validity.typeMismatch).to.equal(true);
    expect(field.validationMessage).to.equal(
      'Enter email address in the correct format, like name@example.com',
    );
    Object.assign(field, { type: 'text', pattern: '[0-9]{4}', label: 'Year' });
    await field.updateComplete;
    field.value = '20x4';
    expect(field.validity.patternMismatch).to.equal(true);
    expect(field.validationMessage).to.equal('Enter year in the correct format');
  });

  it('runs custom validators and the owner’s own wording', async () => {
    const { field } = await textField({
      validators: [custom((v) => /^\d+$/.test(v), 'digits')],
      messages: { digits: '{{label}} takes digits only' },
    });
    field.value = '12a';
    expect(field.validity.customError).to.equal(true);
    expect(field.validationMessage).to.equal('Message takes digits only');
    field.setCustomValidity('The server refused this');
    expect(field.validationMessage).to.equal('The server refused this');
    field.setCustomValidity('');
    field.value = '12';
    expect(field.checkValidity()).to.equal(true);
  });

  it('counts characters of a multi-line field and says how many are left or too many', async () => {
    const { field, control } = await textField({ multiline: true, maxlength: 10 });
    const count = () => field.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim();
    expect(count()).to.equal('You can enter up to 10 characters');
    expect(control.getAttribute('aria-describedby')!.split(' ')).to.include('count');
    await typeInto(field, 'abcdefghi');
    expect(count()).to.equal('You have 1 character remaining');
    await typeInto(field, 'abcdefghijkl');
    expect(count()).to.equal('You have 2 characters too many');
    expect(field.value, 'nothing typed is refused').to.equal('abcdefghijkl');
    expect(field.validity.tooLong).to.equal(true);
    await typeInto(field, '𠀀'.repeat(9));
    expect(count(), 'a character outside the BMP counts once').to.equal(
      'You have 1 character remaining',
    );
    expect(field.validity.tooLong).to.equal(false);
  });

  it('counts in Arabic with the language’s plural forms', async () => {
    const { field } = await textField({ multiline: true, maxlength: 12 }, 'ar');
    await typeInto(field, 'abcdefghij');
    expect(field.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim()).to.equal(
      'يتبقّى لك حرفان',
    );
  });

  it('keeps typed markup and naughty strings as text', async () => {
    const { form, field } = await textField();
    const naughty = [
      '<script>window.__pwned = 1</script>',
      '"><img src=x onerror="window.__pwned=1">',
      '{{label}} $t(errorPrefix) %s %n',
      'ﷺ 𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧 ‮RTL‬ مرحبا',
    ];
    for (const text of naughty) {
      field.value = '';
      await typeInto(field, text);
      expect(field.value).to.equal(text);
      expect(new FormData(form).get('f')).to.equal(text);
    }
    field.required = true;
    field.label = '<b>Message</b> {{count}}';
    field.value = '';
    field.markSubmitted();
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Enter <b>Message</b> {{count}}');
    expect(field.shadowRoot!.querySelector('script, img, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('cuts a 1 MB paste to its cap at once, with a message, and passes axe', async () => {
    const { form, field, control } = await textField({ multiline: true, maxlength: 500 });
    control.focus();
    const huge = 'ab𝕳'.repeat(262_144); // 1 MB of text, surrogate pairs included
    const start = performance.now();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', huge);
    const paste = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    control.dispatchEvent(paste);
    expect(paste.defaultPrevented, 'the browser never inserts the megabyte').to.equal(true);
    await field.updateComplete;
    const elapsed = performance.now() - start;
    expect(elapsed, 'ms to take the paste').to.be.below(2000);
    expect(field.cap).to.equal(1100);
    expect(field.value.length).to.be.at.most(1100);
    expect(field.value).to.equal(control.value);
    expect(/[\uD800-\uDBFF]$/.test(field.value), 'no half surrogate pair').to.equal(false);
    const notice = field.shadowRoot!.querySelector('[part~="notice"]')!;
    expect(notice.textContent!.trim()).to.equal(
      'The text was too long: only the first 1100 characters were kept',
    );
    expect(control.getAttribute('aria-describedby')).to.contain('notice');
    expect(field.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('1100');
    await expectNoAxeViolations(form, 'cut paste');
    form.reset();
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
  });
});

describe('<portal-select>', () => {
  it('takes its choices from the options property, and from <option> children as they change', async () => {
    const select = await fixture<PortalSelect>(
      html`<portal-select label="Year" lang="en"
        ><option value="">Any</option>
        <option value="2024">2024</option></portal-select
      >`,
    );
    await fieldReady(select, 'en');
    const native = () => select.shadowRoot!.querySelector('select')!;
    expect([...native().options].map((o) => o.value)).to.deep.equal(['', '2024']);
    const option = document.createElement('option');
    option.value = '2025';
    option.textContent = '2025';
    select.append(option);
    await new Promise((r) => setTimeout(r));
    await select.updateComplete;
    expect([...native().options].map((o) => o.value)).to.deep.equal(['', '2024', '2025']);
    select.options = [{ value: 'x', label: 'X' }];
    select.value = 'x';
    await select.updateComplete;
    expect(native().value).to.equal('x');
    await expectNoAxeViolations(select);
  });
});
