/**
 * `<portal-document-lookup>` against the fixture API: the "read as" line for many spellings
 * (debounced, no request while typing), every parse error explained, submit → card, not found →
 * suggestion buttons, the server's 400 code explained, error + retry, offline, one request per
 * number, nothing typed lost, hostile input, the second way in, the keyboard, Arabic — with axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@portal-kit/sdk';
import { getFixedT, loadNamespace } from '@portal-kit/i18n';
import '../src/document-lookup/define.js';
import type { PortalDocumentLookup } from '../src/document-lookup/document-lookup.js';
import type { PortalTextField } from '../src/text-field/text-field.js';
import type { PortalSelect } from '../src/select/select.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts } from './support/api.js';
import type { ApiSession } from './support/api.js';
import './support/quiet.js';

/** Waits that span a lazy module and a request: generous, since the machine may be busy. */
const SLOW = { timeout: 5000 };

type Lookup = PortalDocumentLookup;

async function make(api: ApiSession, mode = 'ok', lang = 'en'): Promise<Lookup> {
  const element = await fixture<Lookup>(
    html`<portal-document-lookup
      lang=${lang}
      document-href="/policies/{id}.html"
      .client=${createClient({ baseUrl: api.base(mode), retries: 0 })}
    ></portal-document-lookup>`,
  );
  await waitUntil(() => parts(element, 'portal-text-field').length === 1, 'no field');
  return element;
}

const field = (element: Lookup) => part<PortalTextField>(element, 'portal-text-field');
const input = (element: Lookup) =>
  field(element).shadowRoot!.querySelector<HTMLInputElement>('input')!;
const readAs = (element: Lookup) => part(element, '[part~="read-as"]').textContent?.trim() ?? '';

/** Types `value` as one edit (a paste, an input method's commit). */
function enter(element: Lookup, value: string): void {
  const control = input(element);
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function settle(element: Lookup, states: readonly string[]): Promise<void> {
  await waitUntil(() => states.includes(element.state), `stuck in ${element.state}`, {
    timeout: 5000,
  });
  await element.updateComplete;
}

const submit = (element: Lookup) => part<HTMLFormElement>(element, 'form.lookup').requestSubmit();

/** U+2066 … U+2069 around `text`: how a number sits in a sentence. */
const isolated = (text: string) => `\u2066${text}\u2069`;

describe('<portal-document-lookup>', () => {
  let api: ApiSession;
  beforeEach(() => {
    api = apiSession();
  });

  it('idle: a labelled field with a hint, a button, reserved space for the answer; axe', async () => {
    const element = await make(api);
    expect(element.state).to.equal('idle');
    expect(field(element).labelText).to.equal('File number');
    expect(part(element, '[part~="read-as"]').getAttribute('role')).to.equal('status');
    expect(part(element, '[part~="result"]').getBoundingClientRect().height).to.be.above(60);
    await expectNoAxeViolations(element, 'idle');
  });

  const spellings: [string, string][] = [
    ['商资发〔2006〕123号', '商资发〔2006〕123号'],
    ['商资发［2006］123号', '商资发〔2006〕123号'],
    ['商资发[06]123号', '商资发〔2006〕123号'],
    ['商资发（2006）123号', '商资发〔2006〕123号'],
    ['商资发〔2006〕123', '商资发〔2006〕123号'],
    ['商资发〔２００６〕１２３号', '商资发〔2006〕123号'],
    ['商资发\u200b〔2006〕123号', '商资发〔2006〕123号'],
    ['商务部令2004年14号', '商务部令2004年第14号'],
    ['商资发〔二〇〇六〕1号', '商资发〔2006〕1号'],
  ];
  it('reads every spelling once typing pauses, and sends nothing while typing', async () => {
    const element = await make(api);
    for (const [typed, canonical] of spellings) {
      enter(element, typed);
      await waitUntil(() => readAs(element) === `Read as ${isolated(canonical)}`, typed);
    }
    expect(await api.log()).to.have.length(0);
  });

  it('waits for a pause before reading (no announcement per keystroke)', async () => {
    const element = await make(api);
    enter(element, '商资发〔2006〕1');
    await element.updateComplete;
    expect(readAs(element)).to.equal('');
    await waitUntil(() => readAs(element) !== '');
  });

  const unreadable: [string, string][] = [
    ['x'.repeat(300), 'too-long'],
    ['商资发〔2006〕123号<', 'invalid-character'],
    ['商资发', 'unknown-form'],
    ['123', 'no-issuer'],
    ['ABC〔2006〕1号', 'invalid-issuer'],
    ['商资发123号', 'no-year'],
    ['商资发〔20x6〕123号', 'malformed-year'],
    ['商资发2006123号', 'ambiguous-year'],
    ['商资发〔1900〕123号', 'year-out-of-range'],
    ['商资发〔2006〕号', 'no-sequence'],
    ['商资发〔2006〕12a号', 'malformed-sequence'],
    ['商资发〔2006〕100000号', 'sequence-out-of-range'],
    ['商资发〔2006〕123号附件', 'trailing-text'],
  ];
  it('explains every reason a number cannot be read — live, then on submit in the field and the summary', async () => {
    const element = await make(api);
    await loadNamespace('en', 'document-lookup');
    const t = getFixedT('en', 'document-lookup');
    for (const [typed, code] of unreadable) {
      const message = t(`errors.${code}`);
      expect(message, code).to.not.equal(`errors.${code}`);
      enter(element, typed);
      await waitUntil(() => readAs(element) === message, `${code}: ${readAs(element)}`);
      submit(element);
      await element.updateComplete;
      await field(element).updateComplete;
      const error = field(element).shadowRoot!.querySelector('[part~="error-message"]');
      expect(error?.textContent, code).to.contain(message);
      const summary = part(element, 'portal-error-summary');
      expect(summary.shadowRoot!.textContent, code).to.contain(message);
      expect(input(element).value, 'kept what was typed').to.equal(typed);
    }
    expect(await api.log()).to.have.length(0);
    await expectNoAxeViolations(element, 'invalid');
  });

  it('a number submitted at once (the parser still loading) is checked before anything is sent', async () => {
    const element = await make(api);
    await loadNamespace('en', 'document-lookup');
    const message = getFixedT('en', 'document-lookup')('errors.no-year');
    enter(element, '商资发123号');
    submit(element);
    const summary = part(element, 'portal-error-summary');
    await waitUntil(() => summary.shadowRoot!.textContent?.includes(message), 'summary');
    expect(readAs(element)).to.not.contain('Read as');
    enter(element, '商资发〔2006〕123号');
    submit(element);
    await settle(element, ['found']);
    expect(await api.log()).to.have.length(1);
  });

  it('empty submit: "Enter a file number." in the field and the summary, which gets the focus', async () => {
    const element = await make(api);
    submit(element);
    await element.updateComplete;
    const summary = part(element, 'portal-error-summary');
    await waitUntil(() => document.activeElement === element && summary.matches(':focus-within'));
    expect(summary.shadowRoot!.textContent).to.contain('Enter a file number.');
  });

  it('found: the card — title link, LTR-isolated number, type, issuer, date, validity; focus moves to the answer', async () => {
    const element = await make(api);
    enter(element, '商资发[06]123');
    submit(element);
    await settle(element, ['found']);
    const card = part(element, '[part~="card"]');
    // With `document-href`, the title opens this site's document page, not the document's site.
    expect(card.querySelector('a[part~="link"]')?.getAttribute('href')).to.equal(
      '/policies/mofcom-2006-123.html',
    );
    const number = card.querySelector('[part~="file-number"]')!;
    expect(number.getAttribute('dir')).to.equal('ltr');
    expect(number.textContent).to.equal('商资发〔2006〕123号');
    expect(card.textContent).to.contain('Notice');
    expect(card.textContent).to.contain('Ministry of Commerce');
    expect(card.querySelector('[part~="validity"]')?.textContent?.trim()).to.equal('Repealed');
    expect(card.querySelector('.replaced a')?.getAttribute('href')).to.equal(
      '/policies/mofcom-2018-486.html',
    );
    await waitUntil(() => element.shadowRoot!.activeElement === part(element, '[part~="result"]'));
    const [request] = await api.log();
    expect(request?.path).to.equal('/api/v1/documents/lookup');
    expect(request?.query).to.deep.equal({ number: '商资发[06]123', lang: 'en' });
    await expectNoAxeViolations(element, 'found');
  });

  it('the keyboard path: type, Enter, the answer', async () => {
    const element = await make(api);
    input(element).focus();
    await sendKeys({ type: '商务部令2004年14号' });
    await sendKeys({ press: 'Enter' });
    await settle(element, ['found']);
    expect(part(element, '[part~="card"]').textContent).to.contain('商务部令2004年第14号');
  });

  it('one request for one number: a second Enter while it is in flight, and the same number again, send nothing', async () => {
    const element = await make(api, 'slow300');
    enter(element, '商资发〔2006〕123号');
    submit(element);
    submit(element);
    await settle(element, ['found']);
    enter(element, '商资发［2006］123号');
    submit(element);
    await element.updateComplete;
    expect(element.state).to.equal('found');
    expect(await api.log()).to.have.length(1);
  });

  it('not found: says so, and the suggestions are buttons that look their number up', async () => {
    const element = await make(api);
    enter(element, '商资发〔2006〕125号');
    submit(element);
    await settle(element, ['not-found']);
    const answer = part(element, '[part~="not-found"]');
    expect(answer.textContent).to.contain(
      `No document has the number ${isolated('商资发〔2006〕125号')}.`,
    );
    const buttons = parts<HTMLButtonElement>(element, '[part~="suggestion"]');
    expect(buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '商资发〔2006〕123号 Notice on Investment Companies Set Up by Foreign Investors',
      '商资发〔2006〕124号 商务部关于外资审批事项的批复',
    ]);
    expect(answer.textContent).to.contain('a neighbouring number');
    await expectNoAxeViolations(element, 'not found');
    buttons[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element, ['found']);
    expect(input(element).value).to.equal('商资发〔2006〕124号');
    expect(part(element, '[part~="card"]').textContent).to.contain('商务部关于外资审批事项的批复');
  });

  it('another year is suggested as such', async () => {
    const element = await make(api);
    enter(element, '商资发〔2008〕123号');
    submit(element);
    await settle(element, ['not-found']);
    expect(part(element, '[part~="not-found"]').textContent).to.contain('another year');
  });

  it('the server cannot read the number: its code explained, what was typed kept', async () => {
    const element = await make(api, 'unreadable');
    enter(element, '商资发〔2006〕123号');
    submit(element);
    await settle(element, ['error']);
    const box = part(element, '[part~="error"]');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('The server could not read this number.');
    expect(box.textContent).to.contain('The year and the number run together.');
    expect(input(element).value).to.equal('商资发〔2006〕123号');
  });

  it('error: an alert with Retry, which recovers; offline says so and loads again when back', async () => {
    const element = await make(api, 'failonce');
    enter(element, '商资发〔2006〕123号');
    submit(element);
    await settle(element, ['error']);
    expect(part(element, '[part~="error"]').textContent).to.contain('(error 503)');
    await expectNoAxeViolations(element, 'error');
    window.dispatchEvent(new Event('offline'));
    await element.updateComplete;
    expect(element.state).to.equal('offline');
    expect(part(element, '[part~="offline"]').getAttribute('role')).to.equal('status');
    await expectNoAxeViolations(element, 'offline');
    window.dispatchEvent(new Event('online'));
    await settle(element, ['found']);
    expect(input(element).value).to.equal('商资发〔2006〕123号');
  });

  it('error: Retry by keyboard', async () => {
    const element = await make(api, 'failonce');
    enter(element, '商资发〔2006〕123号');
    submit(element);
    await settle(element, ['error']);
    part(element, '[part~="retry-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element, ['found']);
  });

  it('loading: a skeleton in the reserved space, aria-busy', async () => {
    const element = await make(api, 'hang');
    enter(element, '商资发〔2006〕123号');
    submit(element);
    await settle(element, ['loading']);
    expect(part(element, '[part~="result"]').getAttribute('aria-busy')).to.equal('true');
    expect(parts(element, '[part~="skeleton"]')).to.have.length(1);
    await expectNoAxeViolations(element, 'loading');
  });

  it('hostile input: 1 MB, script tags, zero-width and mixed scripts never break it or render markup', async () => {
    const element = await make(api);
    const huge = '商资发〔2006〕123号'.repeat(80_000);
    enter(element, huge);
    await waitUntil(() => readAs(element) !== '');
    submit(element);
    await element.updateComplete;
    for (const typed of [
      '<script>window.__pwned=1</script>',
      '<img src=x onerror="window.__pwned=1">商资发〔2006〕123号',
      '商资发\u200b\u200d〔2006〕\ufeff123号',
      'Сommerce〔2006〕123号',
      '商資發〔2006〕123號',
    ]) {
      enter(element, typed);
      await waitUntil(() => readAs(element) !== '', typed);
    }
    expect(element.shadowRoot!.querySelectorAll('script, img')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(await api.log()).to.have.length(0);
  });

  it('the second way in: type, year and issuer from the facets, then the documents', async () => {
    const element = await make(api);
    const details = part<HTMLDetailsElement>(element, '[part~="browse"]');
    details.querySelector('summary')!.click();
    // The browse form loads on first use: its module, then the facets (5 s on a busy machine).
    await waitUntil(async () => (await api.log()).length === 1, 'the facets asked', SLOW);
    const [facets] = await api.log();
    expect(facets?.path).to.equal('/api/v1/documents');
    expect(facets?.query['limit']).to.equal('1');
    const selects = [...details.querySelectorAll<PortalSelect>('portal-select')];
    await waitUntil(() => selects[2]!.choices.length > 1, 'organs from the facets', SLOW);
    expect(selects[2]!.choices.map((c) => c.label)).to.include('Ministry of Commerce');
    expect(selects[0]!.choices.map((c) => c.label)).to.include('Order');
    selects[0]!.value = 'notice';
    selects[1]!.value = '2006';
    await selects[1]!.updateComplete;
    details.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => details.querySelectorAll('[part~="card"]').length === 1, 'results', SLOW);
    const last = (await api.log()).at(-1);
    expect(last?.query).to.include({ type: 'notice', yearFrom: '2006', yearTo: '2006' });
    expect(details.textContent).to.contain('Documents found: 1');
    await expectNoAxeViolations(element, 'browse');
  });

  it('Arabic: right to left, the number kept left to right; axe', async () => {
    const element = await make(api, 'ok', 'ar');
    expect(part(element, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    enter(element, '商资发〔2006〕123号');
    submit(element);
    await settle(element, ['found']);
    expect(readAs(element)).to.contain(isolated('商资发〔2006〕123号'));
    expect(part(element, '[part~="file-number"]').getAttribute('dir')).to.equal('ltr');
    await expectNoAxeViolations(element, 'ar found');
  });

  it('takes api-base and heading-level set as properties, as React and Vue set them', async () => {
    const element = document.createElement('portal-document-lookup');
    Object.assign(element, { apiBase: api.base(), headingLevel: '3' });
    element.lang = 'en';
    document.body.append(element);
    await waitUntil(() => parts(element, '[part~="heading"]').length === 1);
    expect(part(element, '[part~="heading"]').localName).to.equal('h3');
    element.lookup('商资发〔2006〕123号');
    await settle(element, ['found']);
    expect((await api.log())[0]?.path).to.equal('/api/v1/documents/lookup');
    element.remove();
  });
});
