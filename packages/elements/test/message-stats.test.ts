/**
 * `<portal-message-stats>` against the fixture API over HTTP
 * (test/support/fixture-published-messages.mjs): the table read as a screen reader reads it
 * (caption, column and row headers, a row per month and the year's), numbers in the element's
 * language, the summary sentence, the year select changing the request, the empty year, Arabic,
 * and the shared data-component suite — with axe in every state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MESSAGE_STATS_YEAR_MIN, createClient } from '@portal-kit/sdk';
import { formatNumber } from '@portal-kit/i18n';
import '../src/message-stats/define.js';
import { beijingYear } from '../src/message-stats/message-stats.js';
import type { PortalMessageStats } from '../src/message-stats/message-stats.js';
import { runDataComponentSuite } from './suites/data-component.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts } from './support/api.js';
import type { ApiSession } from './support/api.js';
import './support/quiet.js';

const settle = async (el: PortalMessageStats, states = ['ready', 'empty', 'error', 'stale']) => {
  await waitUntil(() => states.includes(el.state), `stats stuck in ${el.state}`, { timeout: 5000 });
  await el.updateComplete;
};

async function mount(api: ApiSession, attrs: { lang?: string; year?: number } = {}) {
  const el = await fixture<PortalMessageStats>(
    html`<portal-message-stats
      lang=${attrs.lang ?? 'en'}
      site="main"
      year=${attrs.year ?? beijingYear()}
    ></portal-message-stats>`,
  );
  el.client = createClient({ baseUrl: api.base(), retries: 0 });
  await settle(el);
  return el;
}

const cellTexts = (row: Element) => [...row.children].map((c) => c.textContent?.trim());

describe('<portal-message-stats>', () => {
  let api: ApiSession;
  beforeEach(() => {
    api = apiSession();
  });

  it('defaults to the current year in Beijing, and offers every year from the first', async () => {
    const el = await fixture<PortalMessageStats>(
      html`<portal-message-stats lang="en" site="main"></portal-message-stats>`,
    );
    el.client = createClient({ baseUrl: api.base(), retries: 0 });
    await settle(el);
    const now = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    expect((await api.log()).at(-1)?.query).to.deep.equal({ site: 'main', year: String(now) });
    const options = parts<HTMLOptionElement>(el, '[part~="select"] option');
    expect(options).to.have.length(now - MESSAGE_STATS_YEAR_MIN + 1);
    expect(options[0]!.value).to.equal(String(now));
    expect(options[0]!.selected).to.equal(true);
    expect(options.at(-1)!.value).to.equal(String(MESSAGE_STATS_YEAR_MIN));
  });

  it('an accessible table: caption, column and row headers, months, the year; numbers formatted', async () => {
    const el = await mount(api, { year: 2025 });
    const table = part<HTMLTableElement>(el, 'table');
    expect(table.caption?.textContent?.trim()).to.equal(
      'Messages received in 2025 and how they were answered, by month of arrival',
    );
    const heads = [...table.tHead!.rows[0]!.cells];
    expect(heads.every((th) => th.localName === 'th' && th.scope === 'col')).to.equal(true);
    expect(heads.map((th) => th.textContent?.trim())).to.deep.equal([
      'Month',
      'Received',
      'Replied',
      'Replied on time',
      'Median working days to reply',
    ]);
    const months = parts(el, '[part~="month"]');
    expect(months).to.have.length(12);
    expect(months.every((r) => r.firstElementChild?.getAttribute('scope') === 'row')).to.equal(
      true,
    );
    // January 2025 for `main`: 80 + 7 + 12 + 5 received, all replied, 2 late; median 2 days.
    // The year: 12 × 97 + 7 × 78 received; 30 late (98% on time).
    expect(cellTexts(months[0]!)).to.deep.equal(['January', '104', '104', '102 (98%)', '2']);
    expect(cellTexts(months[1]!)).to.deep.equal(['February', '111', '111', '108 (97%)', '3']);
    expect(cellTexts(months[2]!)).to.deep.equal(['March', '118', '118', '114 (97%)', '2.5']);
    const total = part(el, '[part~="total"]');
    expect(total.closest('tfoot')).to.not.equal(null);
    expect(cellTexts(total)).to.deep.equal(['Whole year', '1,710', '1,710', '1,680 (98%)', '2']);
    expect(part(el, '[part~="summary"]').textContent?.trim()).to.equal(
      'In 2025: 1,710 messages received, 98% replied on time, median 2 working days.',
    );
    await expectNoAxeViolations(el, 'ready');
  });

  it('the year select (keyboard) changes the request; a year without messages is empty', async () => {
    const el = await mount(api, { year: 2025 });
    const select = part<HTMLSelectElement>(el, '[part~="select"]');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.shownYear === 2024, 'year not changed');
    await settle(el, ['ready']);
    expect((await api.log()).at(-1)?.query.year).to.equal('2024');
    expect(part(el, 'caption').textContent).to.contain('2024');
    select.value = '2023';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shownYear === 2023);
    await settle(el, ['empty']);
    expect(part(el, '[part~="empty"]').textContent?.trim()).to.equal(
      'In 2023: no messages received.',
    );
    expect(parts(el, 'table')).to.have.length(0);
    await expectNoAxeViolations(el, 'empty year');
  });

  it('in Arabic: right to left, Arabic words and plurals, numbers of the language', async () => {
    const el = await mount(api, { lang: 'ar', year: 2025 });
    expect(part(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    const n = formatNumber(1710, 'ar');
    expect(part(el, '[part~="summary"]').textContent).to.contain(n);
    expect(part(el, '[part~="summary"]').textContent).to.contain('يوما عمل');
    expect(cellTexts(part(el, '[part~="total"]'))[0]).to.equal('السنة كاملة');
    await expectNoAxeViolations(el, 'ar ready');
  });

  it('in Chinese: the month names and the summary of zh-CN', async () => {
    const el = await mount(api, { lang: 'zh-CN', year: 2025 });
    expect(cellTexts(parts(el, '[part~="month"]')[0]!)[0]).to.equal('一月');
    expect(part(el, '[part~="summary"]').textContent?.trim()).to.equal(
      '2025年：收到留言 1,710 条，按时答复率 98%，答复用时中位数 2 个工作日。',
    );
  });
});

runDataComponentSuite({
  tag: 'portal-message-stats',
  row: '[part~="table"]',
  path: '/api/v1/messages/stats',
  properties: { site: 'main', year: 2025 },
  data: 'option',
  frameworkProperties: [
    { name: 'year', value: '2024', param: 'year', sent: '2024' },
    { name: 'site', value: 'wms', param: 'site', sent: 'wms' },
  ],
});
