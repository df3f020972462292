/**
 * `<portal-message-list>` against the fixture API over HTTP
 * (test/support/fixture-published-messages.mjs): what a message shows (subject heading, kind,
 * dates, the texts as text with their line breaks, never markup), searching by typing (the
 * query sent, the snippet marked, the total announced, the URL), the empty search and its
 * "clear", folding a long question by mouse and keyboard, heading levels, and the shared
 * data-component suite — with axe in every state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@portal-kit/sdk';
import type { PublishedMessage } from '@portal-kit/sdk';
import '../src/message-list/define.js';
import type { PortalMessageList } from '../src/message-list/message-list.js';
import { runDataComponentSuite } from './suites/data-component.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, beijingDate, part, parts } from './support/api.js';
import type { ApiSession } from './support/api.js';
import './support/quiet.js';

/** The fixture's published messages: 8, 6 of them sent to `main`. */
const TOTAL = 8;

const settle = async (list: PortalMessageList, states = ['ready', 'empty', 'error', 'stale']) => {
  await waitUntil(() => states.includes(list.state), `list stuck in ${list.state}`, {
    timeout: 5000,
  });
  await list.updateComplete;
};

const client = (api: ApiSession, mode = 'ok') =>
  createClient({ baseUrl: api.base(mode), retries: 0 });

async function mount(api: ApiSession, attrs: { urlState?: boolean; lang?: string } = {}) {
  const list = await fixture<PortalMessageList>(
    attrs.urlState
      ? html`<portal-message-list lang=${attrs.lang ?? 'en'} page-size="10"></portal-message-list>`
      : html`<portal-message-list
          lang=${attrs.lang ?? 'en'}
          page-size="10"
          no-url-state
        ></portal-message-list>`,
  );
  list.client = client(api);
  await settle(list);
  return list;
}

/** Types `words` in the search field and presses Enter, as a reader does. */
async function searchFor(list: PortalMessageList, words: string) {
  const input = part<HTMLInputElement>(list, '[part~="input"]');
  input.focus();
  input.select();
  await sendKeys({ type: words });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => list.query === words.trim(), 'the search was not taken');
  await settle(list);
}

describe('<portal-message-list>', () => {
  let api: ApiSession;
  beforeEach(() => {
    api = apiSession();
  });

  it('shows each message: subject heading, kind, dates, question and reply as text', async () => {
    const list = await mount(api);
    const items = parts(list, '[part~="item"]');
    expect(items).to.have.length(TOTAL);
    const first = items[0]!;
    const subject = first.querySelector('[part~="subject"]')!;
    expect(subject.localName).to.equal('h3');
    expect(subject.textContent?.trim()).to.equal('Export licence for steel');
    expect(first.querySelector('[part~="kind"]')!.textContent?.trim()).to.equal('Question');
    const received = first.querySelector<HTMLTimeElement>('[part~="received"]')!;
    expect(received.dateTime).to.equal('2026-11-20T02:30:00.000Z');
    expect(received.textContent?.trim()).to.equal(beijingDate(received.dateTime, 'en'));
    expect(first.querySelector('[part~="question"]')!.textContent).to.contain(
      'When does the new rule apply?',
    );
    expect(first.querySelector('[part~="reply"]')!.textContent).to.contain('From 1 January.');
    expect(part(list, '[part~="total"]').textContent?.trim()).to.equal(
      '8 questions and replies found',
    );
    expect(part(list, '[part~="status"]').textContent?.trim()).to.equal(
      '8 questions and replies found',
    );
    await expectNoAxeViolations(list, 'ready');
  });

  it('shows a reply with markup as text, keeping its line breaks', async () => {
    const list = await mount(api);
    const reply = parts(list, '[part~="reply"]')[6]!;
    expect(reply.querySelector('b, script')).to.equal(null);
    const body = reply.querySelector<HTMLElement>('.body')!;
    expect(body.textContent).to.equal(
      'Thank you for your suggestion.\nWe passed it on.\n<b>Not bold</b> <script>alert(1)</script>',
    );
    expect(getComputedStyle(body).whiteSpace).to.equal('pre-line');
    expect(body.getClientRects().length).to.be.above(0);
    expect(body.getBoundingClientRect().height).to.be.above(
      2.5 * parseFloat(getComputedStyle(body).lineHeight),
    );
  });

  it('folds a long question; the button unfolds it by mouse and keyboard (aria-expanded)', async () => {
    const list = await mount(api);
    const question = parts(list, '[part~="question"]')[3]!;
    const button = question.querySelector<HTMLButtonElement>('[part~="fold-button"]')!;
    const body = question.querySelector<HTMLElement>('.body')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(body.id);
    expect(button.textContent?.trim()).to.equal('Show the whole question');
    const folded = body.getBoundingClientRect().height;
    const line = parseFloat(getComputedStyle(body).lineHeight);
    expect(Math.round(folded / line)).to.equal(4);
    // Screen readers get the whole text even when folded.
    expect(body.textContent).to.contain('Line 12 of a long question');
    await expectNoAxeViolations(list, 'folded');
    button.click();
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent?.trim()).to.equal('Show less');
    expect(body.getBoundingClientRect().height).to.be.above(folded * 2.5);
    await expectNoAxeViolations(list, 'unfolded');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Short texts have no button.
    expect(parts(list, '[part~="item"]')[0]!.querySelector('[part~="fold-button"]')).to.equal(null);
  });

  it('searches what the reader types: query sent, matches marked, total announced', async () => {
    const list = await mount(api);
    await searchFor(list, 'licence');
    const log = await api.log();
    expect(log.at(-1)?.query).to.deep.include({ q: 'licence', limit: '10' });
    const items = parts(list, '[part~="item"]');
    expect(items).to.have.length(2);
    // A match in the subject is marked in the heading; one in the reply shows as a passage.
    expect(items[0]!.querySelector('[part~="subject"] mark')!.textContent).to.equal('licence');
    const snippet = items[1]!.querySelector('[part~="snippet"]')!;
    expect(snippet.querySelector('mark')!.textContent).to.equal('licence');
    expect(snippet.textContent).to.contain('Samples under 500 yuan need no');
    await waitUntil(
      () => part(list, '[part~="status"]').textContent?.trim() === '2 questions and replies found',
      'total not announced',
    );
    expect(part(list, '[part~="status"]').getAttribute('role')).to.equal('status');
    await expectNoAxeViolations(list, 'search results');
  });

  it('an empty search says so and offers to clear it; clearing lists everything again', async () => {
    const list = await mount(api);
    await searchFor(list, 'nothing matches this');
    expect(list.state).to.equal('empty');
    expect(part(list, '[part~="empty"]').textContent?.trim()).to.equal(
      'No published question or reply matches your search.',
    );
    await expectNoAxeViolations(list, 'empty search');
    part(list, '[part~="clear-button"]').click();
    await waitUntil(() => list.query === '');
    await settle(list, ['ready']);
    expect(parts(list, '[part~="item"]')).to.have.length(TOTAL);
    expect(list.shadowRoot!.activeElement).to.equal(part(list, '[part~="input"]'));
    expect(parts(list, '[part~="clear-button"]')).to.have.length(0);
  });

  it('keeps the search in the URL, reads it back, and leaves it alone with no-url-state', async () => {
    const start = location.href;
    try {
      const list = await mount(api, { urlState: true });
      await searchFor(list, 'fair');
      expect(new URL(location.href).searchParams.get('messages-q')).to.equal('fair');
      expect(parts(list, '[part~="item"]')).to.have.length(2);
      // A new list on the page reads the search from the URL.
      const again = await mount(api, { urlState: true });
      expect(again.query).to.equal('fair');
      expect(part<HTMLInputElement>(again, '[part~="input"]').value).to.equal('fair');
      const opted = await mount(api);
      expect(opted.query).to.equal('');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('sends its sites; heading levels follow heading-level (subjects one below)', async () => {
    const list = await fixture<PortalMessageList>(
      html`<portal-message-list
        lang="en"
        site="wms"
        heading-level="4"
        heading="Trade fair questions"
        no-url-state
      ></portal-message-list>`,
    );
    list.client = client(api);
    await settle(list);
    expect((await api.log()).at(-1)?.query.site).to.equal('wms');
    const heading = part(list, '[part~="heading"]');
    expect(heading.localName).to.equal('h4');
    expect(heading.textContent?.trim()).to.equal('Trade fair questions');
    expect(parts(list, '[part~="subject"]').map((s) => s.localName)).to.deep.equal(['h5', 'h5']);
  });

  it('right to left in Arabic, the strings in Arabic', async () => {
    const list = await mount(api, { lang: 'ar' });
    const base = part(list, '[part~="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(part(list, '[part~="heading"]').textContent?.trim()).to.equal(
      'الأسئلة والردود المنشورة',
    );
    expect(part(list, '[part~="total"]').textContent?.trim()).to.equal('عُثر على 8 أسئلة وردود');
    await expectNoAxeViolations(list, 'ar ready');
  });

  it('shows items given directly, without a request', async () => {
    const list = await fixture<PortalMessageList>(
      html`<portal-message-list lang="zh-CN" no-url-state></portal-message-list>`,
    );
    const item: PublishedMessage = {
      trackingNumber: 'M26-HHHH-HHHF',
      site: 'main',
      kind: 'complaint',
      subject: '办理太慢',
      question: '为什么这么慢？',
      reply: '已改进。',
      receivedAt: '2026-03-02T02:00:00Z',
      repliedAt: '2026-03-03T02:00:00Z',
      publishedAt: '2026-03-04T02:00:00Z',
    };
    list.items = [item];
    await list.updateComplete;
    await waitUntil(() => parts(list, '[part~="item"]').length === 1);
    expect(part(list, '[part~="kind"]').textContent?.trim()).to.equal('投诉');
    expect(list.state).to.equal('ready');
    expect(await api.log()).to.have.length(0);
  });
});

runDataComponentSuite({
  tag: 'portal-message-list',
  pageSize: 'pageSize',
  row: '[part~="item"]',
  path: '/api/v1/messages',
  properties: { noUrlState: true },
  frameworkProperties: [
    {
      name: 'site',
      value: 'wms main',
      param: 'site',
      sent: 'main,wms',
      readBack: ['wms', 'main'],
    },
    { name: 'pageSize', value: '4', param: 'limit', sent: '4' },
    { name: 'q', value: 'fair', param: 'q', sent: 'fair' },
  ],
});
