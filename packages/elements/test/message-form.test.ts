/**
 * `<portal-message-form>` against the fixture API (fixture-messages.mjs): errors and the summary
 * on submit, the draft kept and restored, one message however often it is sent (double click, a
 * dropped answer, offline then online), the server's refusals (400 mapped to fields, 413, 429,
 * 5xx), the personal-data warning, the receipt with copy buttons, hostile text kept as text,
 * the keyboard, Arabic, framework-set properties — with axe in every state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@portal-kit/sdk';
import '../src/message-form/define.js';
import type { PortalMessageForm } from '../src/message-form/message-form.js';
import { draftStorageKey, readDraft } from '../src/message-form/draft.js';
import { isResidentIdNumber, findPii } from '../src/message-form/pii.js';
import type { PortalErrorSummary } from '../src/error-summary/error-summary.js';
import type { PortalFormField } from '../src/form/form-field.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts } from './support/api.js';
import type { ApiSession } from './support/api.js';
import './support/quiet.js';

type Form = PortalMessageForm;

interface MessageRequest {
  method?: string;
  key?: string;
  body?: Record<string, unknown>;
  status?: number | string;
  created?: boolean;
  trackingNumber?: string;
}

let site = '';
const mounted: HTMLElement[] = [];

/** Made as a framework makes it: created, properties set (strings for numbers), connected. */
async function make(api: ApiSession, mode = 'ok', lang = 'en', retries = 0): Promise<Form> {
  const element = document.createElement('portal-message-form');
  element.setAttribute('lang', lang);
  Object.assign(element, {
    site,
    headingLevel: '3',
    client: createClient({ baseUrl: api.base(mode), retries, baseDelayMs: 0 } as never),
  });
  document.body.append(element);
  mounted.push(element);
  await waitUntil(() => parts(element, 'portal-text-field').length === 5, 'no fields');
  await element.updateComplete;
  return element;
}

const field = (el: Form, name: string) => part<PortalFormField>(el, `[name="${name}"]`);
const control = (el: Form, name: string) =>
  field(el, name).shadowRoot!.querySelector<HTMLInputElement>('#control')!;

/** Types `value` into a field as one edit. */
function enter(el: Form, name: string, value: string): void {
  const c = control(el, name);
  c.value = value;
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
}

function fillValid(el: Form, body = 'When does the new export rule apply?'): void {
  enter(el, 'kind', 'consultation');
  enter(el, 'subject', 'Export licences');
  enter(el, 'body', body);
}

async function settle(el: Form, states: readonly string[]): Promise<void> {
  await waitUntil(() => states.includes(el.state), `stuck in ${el.state}`, { timeout: 5000 });
  await el.updateComplete;
}

async function posts(api: ApiSession): Promise<MessageRequest[]> {
  return ((await api.log()) as unknown as MessageRequest[]).filter((r) => r.method === 'POST');
}

const submitButton = (el: Form) => part<HTMLButtonElement>(el, '[part~="submit"]');
const text = (el: Form, selector: string) => part(el, selector).textContent?.trim() ?? '';

describe('<portal-message-form>', () => {
  let api: ApiSession;
  beforeEach(() => {
    api = apiSession();
    site = `test-${Math.random().toString(36).slice(2)}`;
  });
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
    localStorage.removeItem(draftStorageKey(site));
    window.dispatchEvent(new Event('online'));
  });

  it('shows the empty form (framework-set properties) and passes axe', async () => {
    const el = await make(api);
    expect(part(el, 'h3[part~="heading"]').textContent?.trim()).to.equal('Send a message');
    expect(el.state).to.equal('editing');
    expect(part(el, 'portal-select').getAttribute('label')).to.equal('Type of message');
    expect(part<HTMLInputElement>(el, '[name="publish"]').type).to.equal('checkbox');
    await expectNoAxeViolations(el, 'empty');
  });

  it('lists every error in the summary on submit, linked to its field, and sends nothing', async () => {
    const el = await make(api);
    enter(el, 'email', 'not-an-email');
    enter(el, 'phone', '138-abc');
    submitButton(el).click();
    const summary = part<PortalErrorSummary>(el, 'portal-error-summary');
    await waitUntil(() => summary.errors.length > 0, 'no summary');
    await el.updateComplete;
    const messages = summary.errors.map((e) => e.message);
    expect(messages).to.deep.equal([
      'Select type of message',
      'Enter subject',
      'Enter your message',
      'Enter email address in the correct format, like name@example.com',
      'Enter a phone number using only digits, spaces and + - ( )',
    ]);
    expect(summary.errors.map((e) => (e.target as PortalFormField).name)).to.deep.equal([
      'kind',
      'subject',
      'body',
      'email',
      'phone',
    ]);
    await summary.updateComplete;
    await expectNoAxeViolations(el, 'invalid');
    expect(await posts(api)).to.have.length(0);
  });

  it('saves the draft as the reader types and restores it in a new element', async () => {
    const el = await make(api);
    fillValid(el);
    enter(el, 'name', 'Ada');
    part<HTMLInputElement>(el, '[name="publish"]').click();
    await waitUntil(() => readDraft(site)?.values.body.includes('export rule'), 'no draft');
    const key = readDraft(site)!.key;
    expect(key).to.match(/^[\x21-\x7e]{8,128}$/);
    await waitUntil(() => readDraft(site)?.values.publish === true, 'consent not kept');
    await waitUntil(() => text(el, '[part~="status"]') === 'Draft saved on this device.');
    el.remove();

    const again = await make(api);
    expect(control(again, 'body').value).to.equal('When does the new export rule apply?');
    expect(control(again, 'subject').value).to.equal('Export licences');
    expect(control(again, 'name').value).to.equal('Ada');
    expect((part(again, 'portal-select') as PortalFormField).value).to.equal('consultation');
    expect(part<HTMLInputElement>(again, '[name="publish"]').checked).to.equal(true);
    expect(text(again, '[part~="status"]')).to.equal('Your unsent draft was restored.');
    // The restored draft keeps its key, and is sent with it.
    submitButton(again).click();
    await settle(again, ['sent']);
    const [post] = await posts(api);
    expect(post!.key).to.equal(key);
    expect(post!.body).to.include({ name: 'Ada', publish: true, site, lang: 'en' });
    expect(localStorage.getItem(draftStorageKey(site))).to.equal(null);
  });

  it('sends one message for a double click, then shows the receipt (axe, copy, due date)', async () => {
    const el = await make(api, 'slow300');
    let submitted: unknown;
    el.addEventListener('portal-submit', (e) => (submitted = e.detail.receipt));
    fillValid(el);
    submitButton(el).click();
    submitButton(el).click();
    await settle(el, ['sending']);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    submitButton(el).click();
    await expectNoAxeViolations(el, 'sending');
    await settle(el, ['sent']);
    const sent = await posts(api);
    expect(sent).to.have.length(1);
    expect(sent[0]!.created).to.equal(true);
    expect(submitted).to.deep.equal(el.receipt);
    const receipt = el.receipt!;
    expect(text(el, '[part~="tracking-number"]')).to.equal(receipt.trackingNumber);
    expect(text(el, '[part~="access-code"]')).to.equal(receipt.accessCode);
    const date = new Intl.DateTimeFormat('en', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(new Date(receipt.dueDate));
    expect(text(el, '[part~="due"]')).to.equal(
      `You will get a reply within 5 working days, by ${date}.`,
    );
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part~="heading"]'));
    expect(text(el, '[part~="heading"]')).to.equal('Message received');
    await expectNoAxeViolations(el, 'sent');
    parts<HTMLButtonElement>(el, '[part~="copy-button"]')[0]!.click();
    await waitUntil(() => text(el, '[part~="copy-status"]') !== '', 'copy said nothing');
    expect(['Copied.', 'Selected: press Ctrl+C to copy it.']).to.include(
      text(el, '[part~="copy-status"]'),
    );
    expect(localStorage.getItem(draftStorageKey(site))).to.equal(null);
  });

  it('retries a send whose answer was lost with the same Idempotency-Key: one message', async () => {
    const el = await make(api, 'drop-first');
    fillValid(el);
    submitButton(el).click();
    await settle(el, ['error']);
    expect(text(el, '[part~="error"] .error-title')).to.equal(
      'Your message has not been sent yet. It is kept on this device: try again.',
    );
    await expectNoAxeViolations(el, 'error');
    expect(readDraft(site)?.values.subject).to.equal('Export licences');
    part<HTMLButtonElement>(el, '[part~="retry-button"]').click();
    await settle(el, ['sent']);
    const sent = await posts(api);
    expect(sent).to.have.length(2);
    expect(sent[1]!.key).to.equal(sent[0]!.key);
    expect(sent.filter((p) => p.created)).to.have.length(1);
    expect(el.receipt!.trackingNumber).to.equal(sent[0]!.trackingNumber);
  });

  it('keeps an edit after a lost answer from making a second message (422 → the first receipt)', async () => {
    const el = await make(api, 'drop-first');
    fillValid(el);
    submitButton(el).click();
    await settle(el, ['error']);
    enter(el, 'subject', 'Export licences (edited)');
    submitButton(el).click();
    await settle(el, ['sent']);
    const sent = await posts(api);
    expect(sent.map((p) => p.status)).to.deep.equal(['dropped', 422, 201]);
    expect(sent.filter((p) => p.created)).to.have.length(1);
    expect(text(el, '[part~="receipt"] [part~="notice"]')).to.contain('already been received');
  });

  it('sends again, with the same key, when moved in the page while sending', async () => {
    const el = await make(api, 'slow300');
    fillValid(el);
    submitButton(el).click();
    await settle(el, ['sending']);
    await waitUntil(async () => (await api.log()).length === 1, 'no request');
    const key = readDraft(site)!.key;
    document.body.append(el); // disconnected and connected again: the request is aborted
    await settle(el, ['sent']);
    // Two requests reached the server; the first (aborted while slow) never got to the handler.
    expect(await api.log()).to.have.length(2);
    const sent = await posts(api);
    expect(sent).to.have.length(1);
    expect(sent[0]!.key).to.equal(key);
  });

  it('offline: says so, keeps the message, sends it once when back online', async () => {
    const el = await make(api);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(text(el, '[part~="status"]')).to.equal(
      'You are offline. Your draft is kept on this device.',
    );
    fillValid(el);
    submitButton(el).click();
    submitButton(el).click();
    await settle(el, ['queued']);
    expect(text(el, '[part~="status"]')).to.contain('will be sent when the connection is back');
    await expectNoAxeViolations(el, 'queued');
    expect(readDraft(site)?.queued).to.equal(true);
    expect(await posts(api)).to.have.length(0);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    await settle(el, ['sent']);
    expect(await posts(api)).to.have.length(1);
  });

  it('sends a message queued offline once, after a reload, when the page is back online', async () => {
    const el = await make(api);
    window.dispatchEvent(new Event('offline'));
    fillValid(el);
    submitButton(el).click();
    await settle(el, ['queued']);
    el.remove(); // the page closes while offline
    window.dispatchEvent(new Event('online'));
    const again = document.createElement('portal-message-form');
    Object.assign(again, { site, client: createClient({ baseUrl: api.base(), retries: 0 }) });
    document.body.append(again);
    mounted.push(again);
    await settle(again, ['sent']);
    expect(await posts(api)).to.have.length(1);
    expect(localStorage.getItem(draftStorageKey(site))).to.equal(null);
  });

  it('maps a 400 to its fields and the summary; editing a field clears its refusal', async () => {
    const el = await make(api, 'invalid');
    fillValid(el);
    enter(el, 'email', 'ada@example.com');
    submitButton(el).click();
    const summary = part<PortalErrorSummary>(el, 'portal-error-summary');
    await waitUntil(() => summary.errors.length === 2, 'summary not filled');
    expect(summary.errors.map((e) => e.message)).to.deep.equal([
      'Subject was not accepted. Check it and send again.',
      'Email address was not accepted. Check it and send again.',
    ]);
    await waitUntil(() => el.shadowRoot!.activeElement === summary, 'summary not focused');
    expect(field(el, 'subject').userInvalid).to.equal(true);
    await summary.updateComplete;
    await expectNoAxeViolations(el, 'refused');
    enter(el, 'subject', 'Export licences 2');
    await waitUntil(() => summary.errors.length === 1, 'summary did not follow the fix');
    expect(await posts(api)).to.have.length(1);
  });

  it('says why on 413, 429 (with the time) and 400 naming no field; the draft stays', async () => {
    for (const [mode, expected] of [
      ['toolarge', 'Your message is too large to send.'],
      ['ratelimited', 'Too many messages were sent from this connection. Try again after'],
      ['invalid-site', 'The server refused the request (error 400).'],
      ['503', 'The server had a problem (error 503).'],
    ] as const) {
      const el = await make(api, mode);
      fillValid(el);
      submitButton(el).click();
      await settle(el, ['error']);
      expect(text(el, '[part~="error"]'), mode).to.contain(expected);
      expect(readDraft(site)?.values.subject, mode).to.equal('Export licences');
      el.remove();
    }
  });

  it('warns (no error) when the message seems to hold an ID number, a phone or an email', async () => {
    expect(isResidentIdNumber('11010519491231002X')).to.equal(true);
    expect(isResidentIdNumber('110105194912310021')).to.equal(false);
    expect(findPii('call 138 1234 5678 or mail ada@example.com')).to.deep.equal(['phone', 'email']);
    expect(findPii('ID 11010519491231002X')).to.deep.equal(['idNumber']);
    expect(findPii('order 110105194912310021, 2024-01-15, 20240115')).to.deep.equal([]);
    const el = await make(api);
    fillValid(el, 'My ID is 11010519491231002X, call me on 138 1234 5678.');
    await waitUntil(() => text(el, '[part~="pii-warning"]') !== '', 'no warning');
    expect(text(el, '[part~="pii-warning"]')).to.equal(
      'Your message seems to contain personal details (an ID card number and a phone number). The reply may be published: remove them unless they are needed.',
    );
    expect(field(el, 'body').userInvalid).to.equal(false);
    await expectNoAxeViolations(el, 'warning');
    submitButton(el).click();
    await settle(el, ['sent']);
  });

  it('keeps hostile text exactly and never renders it as markup', async () => {
    const el = await make(api);
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>\u200b\u200d\u202e‮ok';
    fillValid(el, hostile);
    enter(el, 'subject', '<b>bold</b>\u200b');
    await waitUntil(() => readDraft(site)?.values.body === hostile, 'draft changed the text');
    // A 1 MB paste is cut by the field (with a notice), never reaching the page whole.
    const big = 'x'.repeat(1_000_000);
    const paste = new ClipboardEvent('paste', {
      clipboardData: new DataTransfer(),
      bubbles: true,
      cancelable: true,
    });
    paste.clipboardData!.setData('text/plain', big);
    control(el, 'name').focus();
    control(el, 'name').dispatchEvent(paste);
    await waitUntil(() => control(el, 'name').value.length === 300, 'paste not cut');
    enter(el, 'name', '');
    submitButton(el).click();
    await settle(el, ['sent']);
    const [post] = await posts(api);
    expect(post!.body).to.include({ body: hostile, subject: '<b>bold</b>\u200b' });
    for (const root of [
      el.shadowRoot!,
      ...parts(el, 'portal-text-field').map((f) => f.shadowRoot!),
    ])
      expect(root.querySelector('script, img, b')).to.equal(null);
  });

  it('is usable with the keyboard alone: Tab to each field, Space to consent, Enter to send', async () => {
    const el = await make(api);
    part<HTMLElement>(el, 'portal-select').focus();
    enter(el, 'kind', 'complaint');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Late reply' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'The reply was late.' });
    for (const name of ['name', 'email', 'phone']) {
      await sendKeys({ press: 'Tab' });
      expect(field(el, name).shadowRoot!.activeElement).to.equal(control(el, name));
    }
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[name="publish"]'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(submitButton(el));
    await sendKeys({ press: 'Enter' });
    await settle(el, ['sent']);
    const [post] = await posts(api);
    expect(post!.body).to.include({ kind: 'complaint', subject: 'Late reply', publish: true });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('copy-button');
  });

  it('lays out right to left in Arabic, with Arabic strings', async () => {
    const el = await make(api, 'ok', 'ar');
    const base = part(el, '[part~="base"]');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(text(el, '[part~="heading"]')).to.equal('إرسال رسالة');
    await expectNoAxeViolations(el, 'ar');
  });
});
