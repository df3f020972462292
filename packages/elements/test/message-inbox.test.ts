/**
 * `<portal-message-inbox>` against the fixture API (fixture-message-inbox.mjs, the staff rules
 * of the reference server): sign-in with a tab-only token, the list due first with its
 * countdowns and overdue rows, the detail (text never markup, focus in and out, Escape), reply
 * with its error summary, a 409, forward offered only to the main site's office, publish with
 * the server's redacted proposal, a 401 back to the sign-in — axe in every state — and the shared
 * data-component suite.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@portal-kit/sdk';
import '../src/message-inbox/define.js';
import type { PortalMessageInbox } from '../src/message-inbox/message-inbox.js';
import type { PortalErrorSummary } from '../src/error-summary/error-summary.js';
import type { PortalFormField } from '../src/form/form-field.js';
import { runDataComponentSuite } from './suites/data-component.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts } from './support/api.js';
import type { ApiSession } from './support/api.js';
import './support/quiet.js';

type Inbox = PortalMessageInbox;

const MAIN = `pks_${'M'.repeat(43)}`;
const WMS = `pks_${'W'.repeat(43)}`;
const REVOKED = `pks_${'R'.repeat(43)}`;
/** The fixture's messages (fixture-message-inbox.mjs). */
const TN = {
  wms1: 'M26-137B-DHKN',
  wmsReplied: 'M26-8RRR-88RQ',
  wmsNoConsent: 'M26-9VZ3-NSB8',
  main1: 'M26-AY6E-2AYS',
  main2: 'M26-B1DS-FVH9',
};

const mounted: HTMLElement[] = [];

async function make(api: ApiSession, properties: Record<string, unknown> = {}, lang = 'en') {
  const element = document.createElement('portal-message-inbox');
  element.setAttribute('lang', lang);
  Object.assign(element, {
    headingLevel: '2',
    client: createClient({ baseUrl: api.base(), retries: 0 }),
    ...properties,
  });
  document.body.append(element);
  mounted.push(element);
  await element.updateComplete;
  return element;
}

async function settle(el: Inbox, states: readonly string[]): Promise<void> {
  await waitUntil(() => states.includes(el.state), `stuck in ${el.state}`, { timeout: 5000 });
  await el.updateComplete;
}

const text = (el: Inbox, selector: string) => part(el, selector).textContent?.trim() ?? '';
const control = (field: PortalFormField) =>
  field.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('#control')!;

function enter(field: PortalFormField, value: string): void {
  const c = control(field);
  c.value = value;
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
}

async function openRow(el: Inbox, number: string): Promise<void> {
  const row = parts(el, '[part~="row"]').find((r) => r.dataset.tn === number);
  if (!row) throw new Error(`no row ${number}`);
  row.querySelector('button')!.click();
  // The detail's module loads on first use: on a busy machine that takes more than a second.
  await waitUntil(() => el.message?.trackingNumber === number, 'detail not loaded', {
    timeout: 5000,
  });
  await waitUntil(() => el.shadowRoot!.activeElement?.id === 'detail-heading', 'focus not moved', {
    timeout: 5000,
  });
  await el.updateComplete;
}

describe('<portal-message-inbox>', () => {
  let api: ApiSession;
  beforeEach(() => {
    api = apiSession();
    sessionStorage.clear();
  });
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
    sessionStorage.clear();
  });

  it('sign-in: a password field without autocomplete, a local check, the token kept for the tab only', async () => {
    const el = await make(api);
    await waitUntil(() => parts(el, 'portal-text-field').length === 1, 'no token field');
    expect(el.state).to.equal('signed-out');
    const field = part<PortalFormField>(el, 'portal-text-field[name="token"]');
    expect(control(field).type).to.equal('password');
    expect(control(field).getAttribute('autocomplete')).to.equal('off');
    expect(field.getAttribute('hint')).to.contain('tab');
    await expectNoAxeViolations(el, 'sign-in');
    enter(field, 'not-a-token');
    part<HTMLButtonElement>(el, '[part~="sign-in-button"]').click();
    await el.updateComplete;
    const summary = part<PortalErrorSummary>(el, '#sign-in-summary');
    expect(summary.errors.map((e) => e.message)).to.deep.equal([
      'Enter the staff token as you were given it: pks_ and 43 more characters',
    ]);
    await expectNoAxeViolations(el, 'sign-in error');
    expect(await api.log()).to.have.length(0);
    enter(field, WMS);
    part<HTMLButtonElement>(el, '[part~="sign-in-button"]').click();
    await settle(el, ['ready']);
    expect(Object.values(sessionStorage)).to.include(WMS);
    expect(JSON.stringify({ ...localStorage })).to.not.contain(WMS);
    expect(location.href).to.not.contain(WMS);
    expect(text(el, '[part~="session"]')).to.contain('this tab only');
  });

  it('the list: due first, countdowns in words, overdue marked in text and by a bar, LTR numbers, axe', async () => {
    const el = await make(api, { token: WMS });
    await settle(el, ['ready']);
    const rows = parts(el, '[part~="row"]');
    expect(rows).to.have.length(7);
    expect(rows[0]!.dataset.tn).to.equal(TN.wms1);
    expect(text(el, '[part~="total"]')).to.equal('7 messages');
    const first = rows[0]!;
    expect(first.getAttribute('part')).to.contain('overdue');
    expect(first.querySelector('[part~="countdown"]')!.textContent).to.match(
      /Overdue by \d+ working days?/,
    );
    expect(getComputedStyle(first).borderInlineStartWidth).to.equal('4px');
    expect(first.querySelector('[part~="tracking-number"]')!.getAttribute('dir')).to.equal('ltr');
    const last = rows.at(-1)!;
    expect(last.querySelector('[part~="countdown"]')!.textContent).to.match(
      /working days? left|Due today/,
    );
    await expectNoAxeViolations(el, 'list');
  });

  it('a refused token (401) goes back to the sign-in with a message and forgets the token', async () => {
    sessionStorage.setItem(`portal-kit:staff-token:${api.base()}`, REVOKED);
    const el = await make(api);
    await waitUntil(() => parts(el, '[part~="unauthorized"]').length === 1, 'no 401 message');
    expect(el.state).to.equal('signed-out');
    expect(text(el, '[part~="unauthorized"]')).to.contain('not accepted');
    expect(sessionStorage.length).to.equal(0);
    await expectNoAxeViolations(el, '401');
  });

  it('sign out forgets the token and says so', async () => {
    sessionStorage.setItem(`portal-kit:staff-token:${api.base()}`, WMS);
    const again = await make(api);
    await settle(again, ['ready']);
    part<HTMLButtonElement>(again, '[part~="sign-out-button"]').click();
    await again.updateComplete;
    expect(again.state).to.equal('signed-out');
    expect(sessionStorage.length).to.equal(0);
    expect(text(again, '[part~="status"]')).to.contain('signed out');
  });

  it('the detail: focus to its heading, the message as text, contact data; Escape back to the row', async () => {
    const el = await make(api, { token: WMS });
    await settle(el, ['ready']);
    await openRow(el, TN.wms1);
    const body = part(el, '[part~="body"]');
    expect(body.textContent).to.contain('<b>not bold</b>');
    expect(body.querySelector('b')).to.equal(null);
    expect(getComputedStyle(body).whiteSpace).to.equal('pre-wrap');
    const facts = text(el, '[part~="facts"]');
    expect(facts).to.contain('张三');
    expect(facts).to.contain('zhang@example.cn');
    expect(parts(el, 'form[part~="forward"]')).to.have.length(0);
    await expectNoAxeViolations(el, 'detail');
    part(el, '[part~="back-button"]').focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => el.opened === null, 'still open');
    await el.updateComplete;
    const active = el.shadowRoot!.activeElement!;
    expect(active.closest<HTMLElement>('[part~="row"]')?.dataset.tn).to.equal(TN.wms1);
  });

  it('reply: the error summary when empty; then sent once, announced, the row and detail updated', async () => {
    const el = await make(api, { token: WMS });
    await settle(el, ['ready']);
    await openRow(el, TN.wms1);
    const actions: string[] = [];
    el.addEventListener('portal-message-action', (e) =>
      actions.push(`${e.detail.action} ${e.detail.trackingNumber}`),
    );
    const button = part<HTMLButtonElement>(el, '[part~="reply-button"]');
    button.click();
    await el.updateComplete;
    const summary = part<PortalErrorSummary>(el, '#reply-summary');
    expect(summary.errors).to.have.length(1);
    await expectNoAxeViolations(el, 'reply error summary');
    enter(part<PortalFormField>(el, 'form[part~="reply"] portal-text-field'), 'Dear asker,\nyes.');
    button.click();
    button.click(); // a double click sends once
    await waitUntil(() => el.message?.reply !== null, 'no reply');
    await el.updateComplete;
    expect(text(el, '[part~="reply-text"]')).to.equal('Dear asker,\nyes.');
    expect(text(el, '[part~="status"]')).to.equal('The reply was sent.');
    expect(actions).to.deep.equal([`reply ${TN.wms1}`]);
    const posts = (await api.log()).filter((r) => r.path.endsWith('/reply'));
    expect(posts).to.have.length(1);
    part<HTMLButtonElement>(el, '[part~="back-button"]').click();
    await el.updateComplete;
    const row = parts(el, '[part~="row"]').find((r) => r.dataset.tn === TN.wms1)!;
    expect(row.querySelector('[part~="countdown"]')!.textContent?.trim()).to.equal('Replied');
  });

  it('a conflicting reply (409) says so and shows the reply on record', async () => {
    const el = await make(api, { token: WMS });
    await settle(el, ['ready']);
    await openRow(el, TN.wms1);
    // Another member of staff replies meanwhile.
    const other = await fetch(`${api.base()}/api/v1/staff/messages/${TN.wms1}/reply`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${WMS}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'First answer.' }),
    });
    expect(other.status).to.equal(200);
    enter(part<PortalFormField>(el, 'form[part~="reply"] portal-text-field'), 'Second answer.');
    part<HTMLButtonElement>(el, '[part~="reply-button"]').click();
    await waitUntil(() => parts(el, '[part~="action-error"]').length === 1, 'no 409 message');
    expect(text(el, '[part~="action-error"]')).to.contain('already replied with another text');
    expect(text(el, '[part~="reply-text"]')).to.equal('First answer.');
    await expectNoAxeViolations(el, '409');
  });

  it('forward: offered to the main office for a new message, a select of departments', async () => {
    const el = await make(api, { token: MAIN });
    await settle(el, ['ready']);
    await openRow(el, TN.main1);
    const select = part<PortalFormField>(el, 'form[part~="forward"] portal-select');
    const native = select.shadowRoot!.querySelector('select')!;
    expect([...native.options].map((o) => o.value)).to.deep.equal(['', 'wms', 'zhs']);
    await expectNoAxeViolations(el, 'forward offered');
    native.value = 'wms';
    native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    native.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    part<HTMLButtonElement>(el, '[part~="forward-button"]').click();
    await waitUntil(() => el.message?.handledBy === 'wms', 'not forwarded');
    await el.updateComplete;
    expect(text(el, '[part~="status"]')).to.equal('The message was forwarded to wms.');
    expect(parts(el, 'form[part~="forward"]')).to.have.length(0);
  });

  it('publish: the redacted proposal in editable fields, then published; no consent: not offered', async () => {
    const el = await make(api, { token: WMS, filter: 'replied' });
    await settle(el, ['ready']);
    await openRow(el, TN.wmsNoConsent);
    expect(text(el, '[part~="no-consent"]')).to.contain('did not agree');
    part<HTMLButtonElement>(el, '[part~="back-button"]').click();
    await el.updateComplete;
    await openRow(el, TN.wmsReplied);
    const body = part<PortalFormField>(el, 'form[part~="publish"] portal-text-field[name="body"]');
    expect(body.value).to.contain('＊＊＊');
    expect(body.value).to.not.contain('13812345678');
    await expectNoAxeViolations(el, 'publish preview');
    part<HTMLButtonElement>(el, '[part~="publish-button"]').click();
    await waitUntil(() => el.message?.status === 'published', 'not published');
    await el.updateComplete;
    expect(text(el, '[part~="published"]')).to.contain('Published on');
  });

  it('Arabic: right to left, axe', async () => {
    const el = await make(api, { token: WMS }, 'ar');
    await settle(el, ['ready']);
    // The Arabic strings load on their own: the list may be ready first.
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="row"]') !== null, 'no rows');
    await waitUntil(
      () => part(el, '[part~="base"]').getAttribute('dir') === 'rtl',
      'not right to left',
    );
    await expectNoAxeViolations(el, 'ar list');
  });
});

runDataComponentSuite({
  tag: 'portal-message-inbox',
  pageSize: 'pageSize',
  row: '[part~="row"]',
  path: '/api/v1/staff/messages',
  properties: { token: WMS },
  noStore: true,
  frameworkProperties: [{ name: 'pageSize', value: '2', param: 'limit', sent: '2' }],
});
