/**
 * `<portal-message-status>` against the fixture API (fixture-message-status.mjs): the two fields
 * with their local checks (a mistyped tracking number never reaches the server; any case,
 * spaces and missing dashes are read), the error summary, every step of a message (received,
 * due today, overdue, replied, published) with its countdown and dates, the reply kept as plain
 * text, the same answer for a wrong number and a wrong code, failures and retry, prefill, events,
 * Arabic and Chinese — with axe in every state — and the shared data-component suite.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@portal-kit/sdk';
import '../src/message-status/define.js';
import type { PortalMessageStatus } from '../src/message-status/message-status.js';
import type { PortalErrorSummary } from '../src/error-summary/error-summary.js';
import type { PortalFormField } from '../src/form/form-field.js';
import { runDataComponentSuite } from './suites/data-component.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, beijingDate, part, parts } from './support/api.js';
import type { ApiSession } from './support/api.js';
import './support/quiet.js';

type Status = PortalMessageStatus;

/** The fixture's messages (fixture-message-status.mjs) and their access code. */
const CODE = '7KQ4-9XHC-2M5R-PWZ8';
const TN = {
  received: 'M26-5GV6-HW7T',
  dueToday: 'M26-AN0B-P1C1',
  overdue: 'M26-FT5G-V6HN',
  overdue3: 'M26-MZAN-0BP0',
  replied: 'M26-S4FT-5GVG',
  published: 'M26-Y9MZ-AN0B',
};
const REPLY =
  'Thank you for your question.\nThe rule applies from 1 January.\n\n<b>Not bold</b> <script>alert(1)</script>';

interface StatusRequest {
  path: string;
  query: Record<string, string>;
  authorization?: string;
  status?: number;
}

const mounted: HTMLElement[] = [];
/** The fixture session each element talks to. */
const sessions = new WeakMap<HTMLElement, ApiSession>();

const requests = async (api: ApiSession) => (await api.log()) as unknown as StatusRequest[];

/** Made as a framework makes it: created, properties set, connected; waits for the fields. */
async function make(
  api: ApiSession,
  mode = 'ok',
  lang = 'en',
  properties: Record<string, unknown> = {},
): Promise<Status> {
  const element = document.createElement('portal-message-status');
  element.setAttribute('lang', lang);
  Object.assign(element, {
    headingLevel: '3',
    client: createClient({ baseUrl: api.base(mode), retries: 0 }),
    ...properties,
  });
  sessions.set(element, api);
  document.body.append(element);
  mounted.push(element);
  await waitUntil(() => parts(element, 'portal-text-field').length === 2, 'no fields');
  await element.updateComplete;
  return element;
}

const field = (el: Status, name: string) => part<PortalFormField>(el, `[name="${name}"]`);
const control = (el: Status, name: string) =>
  field(el, name).shadowRoot!.querySelector<HTMLInputElement>('#control')!;
const text = (el: Status, selector: string) => part(el, selector).textContent?.trim() ?? '';

/** Types `value` into a field as one edit. */
function enter(el: Status, name: string, value: string): void {
  const c = control(el, name);
  c.value = value;
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
}

async function settle(el: Status, states: readonly string[]): Promise<void> {
  await waitUntil(() => states.includes(el.state), `stuck in ${el.state}`, { timeout: 5000 });
  await el.updateComplete;
}

/** Types both codes, clicks the button and waits for the answer. */
async function track(el: Status, number: string, code = CODE, until = ['ready']): Promise<void> {
  const api = sessions.get(el)!;
  enter(el, 'trackingNumber', number);
  enter(el, 'accessCode', code);
  const before = (await requests(api)).length;
  part<HTMLButtonElement>(el, '[part~="submit"]').click();
  // The request is logged once the element is loading it: then wait for its answer.
  await waitUntil(async () => (await requests(api)).length > before, 'no request', {
    timeout: 5000,
  });
  await settle(el, until);
}

describe('<portal-message-status>', () => {
  let api: ApiSession;
  beforeEach(() => {
    api = apiSession();
  });
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
    window.dispatchEvent(new Event('online'));
  });

  it('shows the empty form: two labelled fields with hints, the answer space reserved, axe', async () => {
    const el = await make(api);
    expect(el.state).to.equal('idle');
    expect(part(el, 'h3[part~="heading"]').textContent?.trim()).to.equal('Follow your message');
    expect(field(el, 'trackingNumber').getAttribute('label')).to.equal('Tracking number');
    expect(field(el, 'trackingNumber').getAttribute('hint')).to.contain('M26-7KQ4-9XHC');
    expect(field(el, 'accessCode').getAttribute('label')).to.equal('Access code');
    expect(control(el, 'accessCode').getAttribute('autocomplete')).to.equal('off');
    const result = part(el, '[part~="result"]');
    expect(result.getBoundingClientRect().height).to.be.at.least(18 * 16 - 1);
    await expectNoAxeViolations(el, 'empty');
    expect(await requests(api)).to.have.length(0);
  });

  it('catches a mistyped tracking number before any request, in the summary and on the field', async () => {
    const el = await make(api);
    // One character changed (7 → 1) from a valid number: its check character no longer matches.
    enter(el, 'trackingNumber', 'M26-5GV6-HW1T');
    enter(el, 'accessCode', 'not a code');
    part<HTMLButtonElement>(el, '[part~="submit"]').click();
    const summary = part<PortalErrorSummary>(el, 'portal-error-summary');
    await waitUntil(() => summary.errors.length > 0, 'no summary');
    await summary.updateComplete;
    expect(summary.errors.map((e) => e.message)).to.deep.equal([
      'This tracking number looks mistyped: check it against your receipt',
      'Enter the access code as on your receipt: 16 letters and digits',
    ]);
    expect(summary.errors.map((e) => (e.target as PortalFormField).name)).to.deep.equal([
      'trackingNumber',
      'accessCode',
    ]);
    expect(summary.shadowRoot!.activeElement ?? document.activeElement).to.not.equal(null);
    await expectNoAxeViolations(el, 'invalid');
    expect(el.state).to.equal('idle');
    expect(await requests(api)).to.have.length(0);
  });

  it('asks for both fields when they are empty', async () => {
    const el = await make(api);
    part<HTMLButtonElement>(el, '[part~="submit"]').click();
    const summary = part<PortalErrorSummary>(el, 'portal-error-summary');
    await waitUntil(() => summary.errors.length === 2, 'no summary');
    expect(summary.errors[0]!.message).to.match(/tracking number/i);
    expect(summary.errors[1]!.message).to.match(/access code/i);
    expect(await requests(api)).to.have.length(0);
  });

  it('reads lowercase, spaces and missing dashes; sends the code only in the Authorization header', async () => {
    const el = await make(api);
    await track(el, ' m26 5gv6hw7t ', '7kq49xhc 2m5r pwz8');
    const [request, ...more] = await requests(api);
    expect(more).to.have.length(0);
    expect(request!.path).to.equal(`/api/v1/messages/${TN.received}`);
    expect(request!.query).to.deep.equal({});
    expect(request!.authorization).to.equal(`AccessCode ${CODE}`);
    expect(location.href).to.not.contain('7KQ4');
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        expect(storage.getItem(storage.key(i)!) ?? '').to.not.contain('PWZ8');
      }
    }
    expect(el.getAttributeNames().join(' ')).to.not.match(/access/);
  });

  it('received: the timeline, the due date and "2 working days left"; focus on the answer; axe', async () => {
    const el = await make(api);
    let loaded: unknown;
    el.addEventListener('portal-load', (e) => (loaded = e.detail.items[0]));
    await track(el, TN.received);
    const message = el.message!;
    expect(loaded).to.deep.equal(message);
    expect(text(el, '[part~="tracking-number"]')).to.equal(TN.received);
    expect(text(el, '[part~="subject"]')).to.equal('Export licences (received)');
    expect(text(el, '[part~="due"]')).to.equal(
      `Reply due by ${beijingDate(message.dueDate, 'en')}`,
    );
    expect(text(el, '[part~="countdown"]')).to.equal('2 working days left');
    const timeline = part(el, 'ol[part~="timeline"]');
    const steps = parts(el, '[part~="step"]');
    expect(steps).to.have.length(1);
    expect(steps[0]!.querySelector('span')!.textContent).to.equal('Received');
    const time = steps[0]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(message.receivedAt);
    expect(time.textContent).to.equal(beijingDate(message.receivedAt, 'en'));
    expect(steps[0]!.getAttribute('aria-current')).to.equal('step');
    expect(timeline.closest('section')!.getAttribute('aria-labelledby')).to.equal('timeline-title');
    expect(parts(el, '[part~="reply"]')).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part~="result"]'));
    await expectNoAxeViolations(el, 'received');
  });

  it('forwarded, due today; overdue by 1 and by 3 working days (plural), marked overdue', async () => {
    const el = await make(api);
    await track(el, TN.dueToday);
    expect(text(el, '[part~="countdown"]')).to.equal('Due today');
    expect(
      parts(el, '[part~="step"]').map((s) => s.querySelector('span')!.textContent),
    ).to.deep.equal(['Received', 'Forwarded to the department in charge']);
    await expectNoAxeViolations(el, 'due today');
    await track(el, TN.overdue);
    expect(text(el, '[part~="countdown"]')).to.equal('Overdue by 1 working day');
    expect(part(el, '[part~="countdown"]').classList.contains('overdue')).to.equal(true);
    await expectNoAxeViolations(el, 'overdue');
    await track(el, TN.overdue3);
    expect(text(el, '[part~="countdown"]')).to.equal('Overdue by 3 working days');
    expect(await requests(api)).to.have.length(3);
  });

  it('replied: "replied on …" and the reply as plain text, line breaks kept, never markup', async () => {
    const el = await make(api);
    await track(el, TN.replied);
    const message = el.message!;
    expect(text(el, '[part~="countdown"]')).to.equal(
      `Replied on ${beijingDate(message.reply!.at, 'en')}`,
    );
    const reply = part(el, '[part~="reply-text"]');
    expect(reply.textContent).to.equal(REPLY);
    expect(reply.children).to.have.length(0);
    expect(getComputedStyle(reply).whiteSpace).to.equal('pre-wrap');
    // Three lines and a blank one: as tall as four lines at least.
    const line = parseFloat(getComputedStyle(reply).lineHeight);
    expect(reply.getBoundingClientRect().height).to.be.at.least(4 * line);
    expect(part(el, '#reply-title').getAttribute('aria-level')).to.equal('4');
    await expectNoAxeViolations(el, 'replied');
  });

  it('published: every step in order, the last one current', async () => {
    const el = await make(api);
    await track(el, TN.published);
    const steps = parts(el, '[part~="step"]');
    expect(steps.map((s) => s.querySelector('span')!.textContent)).to.deep.equal([
      'Received',
      'Forwarded to the department in charge',
      'Replied',
      'Published with its reply',
    ]);
    expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal([
      null,
      null,
      null,
      'step',
    ]);
    await expectNoAxeViolations(el, 'published');
  });

  it('says the same for a wrong code and an unknown number, without saying which (404)', async () => {
    const el = await make(api);
    const errors: unknown[] = [];
    el.addEventListener('portal-error', (e) => errors.push(e.detail.error));
    await track(el, TN.received, 'AAAA-BBBB-CCCC-DDDD', ['not-found']);
    const wrongCode = text(el, '[part~="not-found"]');
    expect(part(el, '[part~="not-found"]').getAttribute('role')).to.equal('alert');
    expect(wrongCode).to.equal(
      'No message matches this tracking number and access code. Check both against your receipt and try again.',
    );
    expect(parts(el, '[part~="retry-button"]')).to.have.length(0);
    await expectNoAxeViolations(el, 'not found');
    // A valid number of no message (its check character matches).
    await track(el, 'M26-3ES4-FT5W', CODE, ['not-found']);
    expect(text(el, '[part~="not-found"]')).to.equal(wrongCode);
    expect(errors).to.have.length(0);
    expect((await requests(api)).map((r) => r.status)).to.deep.equal([404, 404]);
  });

  it('shows a refusal (401) through the shared error view, with Retry by keyboard', async () => {
    const el = await make(api, '401');
    const errors: unknown[] = [];
    el.addEventListener('portal-error', (e) => errors.push(e.detail.error));
    await track(el, TN.received, CODE, ['error']);
    const alert = part(el, '[part~="error"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain("The status of your message couldn't be loaded.");
    expect(alert.textContent).to.contain('(error 401)');
    expect(errors).to.have.length(1);
    await expectNoAxeViolations(el, '401');
    part(el, '[part~="retry-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await requests(api)).length === 2, 'no second request');
  });

  it('loading: a skeleton in the reserved space (nothing below moves), the button refuses a second press', async () => {
    const el = await make(api, 'hang');
    const result = part(el, '[part~="result"]');
    const idle = result.getBoundingClientRect().height;
    enter(el, 'trackingNumber', TN.received);
    enter(el, 'accessCode', CODE);
    part<HTMLButtonElement>(el, '[part~="submit"]').click();
    await settle(el, ['loading']);
    expect(part(el, '[part~="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    expect(result.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, '[part~="submit"]').getAttribute('aria-disabled')).to.equal('true');
    part<HTMLButtonElement>(el, '[part~="submit"]').click();
    expect(result.getBoundingClientRect().height).to.equal(idle);
    await expectNoAxeViolations(el, 'loading');
    expect(await requests(api)).to.have.length(1);
  });

  it('a message not replied yet fits the space reserved at first paint', async () => {
    const el = await make(api);
    const result = part(el, '[part~="result"]');
    const idle = result.getBoundingClientRect().height;
    await track(el, TN.received);
    expect(result.getBoundingClientRect().height).to.equal(idle);
    await track(el, TN.dueToday);
    expect(result.getBoundingClientRect().height).to.equal(idle);
  });

  it('prefills the tracking number from the attribute; shows at once with both as properties', async () => {
    const prefilled = await make(api, 'ok', 'en', {});
    prefilled.setAttribute('tracking-number', TN.dueToday);
    await prefilled.updateComplete;
    await waitUntil(() => control(prefilled, 'trackingNumber').value === TN.dueToday);
    expect(prefilled.state).to.equal('idle');
    const both = await make(api, 'ok', 'en', { trackingNumber: TN.overdue, accessCode: CODE });
    await settle(both, ['ready']);
    expect(text(both, '[part~="countdown"]')).to.equal('Overdue by 1 working day');
    expect(both.hasAttribute('access-code')).to.equal(false);
  });

  it('Arabic: right to left, dates and plurals in Arabic; axe', async () => {
    const el = await make(api, 'ok', 'ar');
    await track(el, TN.received);
    const base = part(el, '[part~="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(text(el, '[part~="countdown"]')).to.equal('يتبقّى يوما عمل');
    expect(text(el, '[part~="due"]')).to.contain(beijingDate(el.message!.dueDate, 'ar'));
    await expectNoAxeViolations(el, 'ar');
  });

  it('Chinese: dates and countdown in Chinese', async () => {
    const el = await make(api, 'ok', 'zh-CN');
    await track(el, TN.overdue3);
    expect(text(el, '[part~="countdown"]')).to.equal('已超期 3 个工作日');
    expect(text(el, '[part~="due"]')).to.equal(
      `答复期限：${beijingDate(el.message!.dueDate, 'zh-CN')}`,
    );
    await expectNoAxeViolations(el, 'zh-CN');
  });
});

runDataComponentSuite({
  tag: 'portal-message-status',
  row: '[part~="timeline"]',
  path: `/api/v1/messages/${TN.received}`,
  properties: { trackingNumber: TN.received, accessCode: CODE },
  noStore: true,
  frameworkProperties: [],
});
