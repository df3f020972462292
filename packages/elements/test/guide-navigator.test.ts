/**
 * `<portal-guide-navigator>` in Chromium against the fixture API over HTTP
 * (test/support/fixture-guides.mjs): the tree as disclosure navigation by mouse and keyboard,
 * the filter keeping ancestors, the node in the URL (deep link, back/forward, reload), the
 * section and service panels (fields, steps with "all of" / "one of", the decision date from the
 * SDK's own calendar, a withdrawn item), breadcrumbs, the narrow layout, error with retry, the
 * empty guide, and axe in every state.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { addWorkingDays, createClient, isCalendarError, portalDate } from '@portal-kit/sdk';
import type { Guide } from '@portal-kit/sdk';
import { formatDate } from '@portal-kit/i18n';
import '../src/guide-navigator/define.js';
import type { PortalGuideNavigator } from '../src/guide-navigator/guide-navigator.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts } from './support/api.js';
import type { ApiSession } from './support/api.js';
import './support/quiet.js';

let api: ApiSession;

const client = (mode = 'ok') => createClient({ baseUrl: api.base(mode), retries: 0 });

async function mount(
  options: { mode?: string; lang?: string; url?: boolean; guide?: Guide; today?: string } = {},
): Promise<PortalGuideNavigator> {
  const el = await fixture<PortalGuideNavigator>(
    html`<portal-guide-navigator
      lang=${options.lang ?? 'en'}
      .guide=${options.guide ?? 'investment'}
      .client=${client(options.mode)}
      .noUrlState=${options.url !== true}
      .today=${options.today}
      document-href="/policies/{id}.html"
    ></portal-guide-navigator>`,
  );
  await settle(el);
  return el;
}

async function settle(el: PortalGuideNavigator, states = ['ready', 'empty', 'error', 'stale']) {
  await waitUntil(() => states.includes(el.state), `stuck in ${el.state}`, { timeout: 5000 });
  await el.updateComplete;
}

async function settleService(el: PortalGuideNavigator, states = ['ready', 'error', 'stale']) {
  await waitUntil(() => states.includes(el.serviceState), `service stuck in ${el.serviceState}`, {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** The titles of the tree's nodes shown, in order. */
const shownTitles = (el: HTMLElement) =>
  parts(el, '[part~="tree"] [part~="title"]').map((t) => t.textContent?.trim());

const link = (el: HTMLElement, id: string) =>
  part<HTMLAnchorElement>(el, `.tree a[data-node="${id}"]`);
const toggle = (el: HTMLElement, id: string) =>
  part<HTMLButtonElement>(el, `[data-toggle="${id}"]`);
const active = (el: HTMLElement) => el.shadowRoot?.activeElement as HTMLElement | null;

async function open(el: PortalGuideNavigator, id: string) {
  link(el, id).click();
  await el.updateComplete;
}

describe('<portal-guide-navigator>', () => {
  beforeEach(() => {
    api = apiSession();
  });
  afterEach(async () => {
    history.replaceState(null, '', location.pathname);
    await setViewport({ width: 1200, height: 900 });
  });

  it('shows the top of the tree; a toggle shows and hides a section, a click opens a node', async () => {
    const el = await mount();
    expect(shownTitles(el)).to.deep.equal([
      'Foreign investment',
      'Outbound investment',
      'Abolished items',
    ]);
    const button = toggle(el, 'investment.fdi');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.hasAttribute('aria-controls')).to.equal(false);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const controlled = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    expect(controlled?.localName).to.equal('ul');
    expect(shownTitles(el)).to.include('Entry and establishment');
    await expectNoAxeViolations(el, 'tree open');
    const selected = oneEvent(el, 'portal-guide-select');
    await open(el, 'investment.fdi.entry');
    expect((await selected).detail).to.deep.equal({ id: 'investment.fdi.entry', kind: 'section' });
    const heading = part(el, '[part~="panel-heading"]');
    expect(heading.textContent?.trim()).to.equal('Entry and establishment');
    expect(active(el)).to.equal(heading);
    expect(link(el, 'investment.fdi.entry').getAttribute('aria-current')).to.equal('page');
    expect(part(el, '[part~="body"]').textContent).to.contain('negative list allows');
    button.click();
    await el.updateComplete;
    expect(shownTitles(el)).to.not.include('Entry and establishment');
  });

  it('keyboard: Tab order, arrows, Home/End, Enter and Space on a toggle, Escape closes a subtree', async () => {
    const el = await mount();
    toggle(el, 'investment.fdi').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle(el, 'investment.fdi').getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(link(el, 'investment.fdi'));
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)).to.equal(toggle(el, 'investment.fdi.entry'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shownTitles(el)).to.include('负面清单');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)).to.equal(toggle(el, 'investment.fdi.entry.negative-list'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(active(el)).to.equal(toggle(el, 'investment.fdi.entry'));
    expect(toggle(el, 'investment.fdi.entry').getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'End' });
    expect(active(el)).to.equal(link(el, 'investment.abolished'));
    await sendKeys({ press: 'Home' });
    expect(active(el)).to.equal(toggle(el, 'investment.fdi'));
    await sendKeys({ press: 'ArrowUp' });
    expect(active(el)).to.equal(toggle(el, 'investment.fdi'));
    link(el, 'investment.odi').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.node).to.equal('investment.odi');
    expect(active(el)).to.equal(part(el, '[part~="panel-heading"]'));
  });

  it('the filter narrows the tree to matches and their ancestors, marks them, says the count', async () => {
    const el = await mount();
    const input = part<HTMLInputElement>(el, '[part~="filter"]');
    expect(part(el, 'label[for="filter"]').textContent?.trim()).to.equal(
      'Filter sections by title',
    );
    input.focus();
    await sendKeys({ type: 'report' });
    await el.updateComplete;
    expect(shownTitles(el)).to.deep.equal([
      'Foreign investment',
      'Entry and establishment',
      '负面清单',
      'Foreign investment information report',
    ]);
    expect(parts(el, '[part~="mark"]').map((m) => m.textContent)).to.deep.equal(['report']);
    const status = part(el, '[part~="status"]');
    expect(status.getAttribute('role')).to.equal('status');
    await waitUntil(() => status.textContent?.trim() === '1 section matches', 'count not said');
    await expectNoAxeViolations(el, 'filtered');
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(shownTitles(el)).to.deep.equal([]);
    expect(part(el, '[part~="no-match"]').textContent).to.contain('“reportzzz”');
    await waitUntil(() => status.textContent?.includes('reportzzz') === true, 'no match not said');
    await expectNoAxeViolations(el, 'no match');
    part(el, '[part~="clear-button"]').click();
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(active(el)).to.equal(input);
    expect(shownTitles(el)).to.deep.equal([
      'Foreign investment',
      'Outbound investment',
      'Abolished items',
    ]);
  });

  it('URL state: a deep link opens the node and its ancestors; back/forward and reload restore', async () => {
    history.replaceState(null, '', '?guide-node=investment.fdi.entry&other=1');
    const el = await mount({ url: true });
    expect(el.node).to.equal('investment.fdi.entry');
    expect(toggle(el, 'investment.fdi').getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, '[part~="panel-heading"]').textContent?.trim()).to.equal(
      'Entry and establishment',
    );
    expect(link(el, 'investment.odi').getAttribute('href')).to.contain('guide-node=investment.odi');
    await open(el, 'investment.odi');
    expect(new URLSearchParams(location.search).get('guide-node')).to.equal('investment.odi');
    expect(new URLSearchParams(location.search).get('other')).to.equal('1');
    history.back();
    await waitUntil(() => el.node === 'investment.fdi.entry', 'back did not restore');
    await el.updateComplete;
    expect(part(el, '[part~="panel-heading"]').textContent?.trim()).to.equal(
      'Entry and establishment',
    );
    history.forward();
    await waitUntil(() => el.node === 'investment.odi', 'forward did not restore');
    el.remove();
    const reloaded = await mount({ url: true });
    expect(reloaded.node).to.equal('investment.odi');
  });

  it('no-url-state keeps the URL as it is; a hostile node id is ignored', async () => {
    history.replaceState(null, '', '?guide-node=%3Cscript%3E');
    const el = await mount({ url: true });
    expect(el.node).to.equal(null);
    el.remove();
    history.replaceState(null, '', location.pathname);
    const quiet = await mount();
    await open(quiet, 'investment.odi');
    expect(location.search).to.equal('');
  });

  it('breadcrumbs: the guide and every section above, the node as the current page', async () => {
    const el = await mount();
    el.show('investment.fdi.entry.negative-list');
    await el.updateComplete;
    const crumbs = part(el, '[part~="breadcrumbs"]');
    expect(crumbs.localName).to.equal('nav');
    expect(crumbs.getAttribute('aria-label')).to.equal('You are here');
    const items = [...crumbs.querySelectorAll('a')];
    expect(items.map((a) => a.textContent?.trim())).to.deep.equal([
      'Investment',
      'Foreign investment',
      'Entry and establishment',
      '负面清单',
    ]);
    expect(items.map((a) => a.getAttribute('aria-current'))).to.deep.equal([
      null,
      null,
      null,
      'page',
    ]);
    // Not translated: the Chinese text says so, and carries its language.
    expect(part(el, '[part~="fallback"]').textContent).to.contain('shown in Chinese');
    expect(part(el, '[part~="body"]').getAttribute('lang')).to.equal('zh-CN');
    await expectNoAxeViolations(el, 'section in Chinese');
    items[1]!.click();
    await el.updateComplete;
    expect(el.node).to.equal('investment.fdi');
    part(el, '[part~="breadcrumbs"] a').click();
    await el.updateComplete;
    expect(el.node).to.equal(null);
    expect(active(el)).to.equal(part(el, '[part~="heading"]'));
  });

  it('a service item: its fields as a page, steps with "all of" / "one of", the decision date', async () => {
    const el = await mount();
    el.show('foreign-investment-report');
    await el.updateComplete;
    expect(
      parts(el, '[part~="panel"] [part~="skeleton"]').length + parts(el, '[part~="steps"]').length,
    ).to.equal(1);
    await settleService(el);
    const field = (name: string) => part(el, `[data-field="${name}"]`);
    expect(part(el, '[part~="summary"]').textContent).to.contain('Ministry of Commerce');
    const legal = part<HTMLAnchorElement>(el, '[part~="document-link"]');
    expect(legal.getAttribute('href')).to.equal('/policies/mofcom-order-2004-14.html');
    expect(field('legal-basis').querySelectorAll('a')).to.have.length(1);
    const cell = (td: Element) => {
      const copy = td.cloneNode(true) as Element;
      copy.querySelector('.muted')?.remove();
      return copy.textContent?.trim();
    };
    const rows = [...part(el, '[part~="materials"]').querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map(cell),
    );
    expect(rows).to.deep.equal([
      ['Initial report form', 'Electronic file', '1'],
      ['Business licence', 'Original and copy', '2'],
    ]);
    const steps = parts(el, '[part~="step"]').map((s) => s.dataset.step);
    expect(steps).to.deep.equal(['1', '2', '2.1', '2.2', '3', '3.1', '3.2', '4']);
    expect(
      part(el, '[data-step="2"] > details > [part~="step-mode"]').textContent?.trim(),
    ).to.equal('All of these:');
    expect(
      part(el, '[data-step="3"] > details > [part~="step-mode"]').textContent?.trim(),
    ).to.equal('One of these:');
    expect(parts(el, '[part~="steps"] > [part~="step"]')).to.have.length(4);
    // The expected day from the SDK's own calendar, never a fixed string.
    const today = portalDate(new Date());
    const expected = (days: number) => {
      try {
        return `apply today → decision by ${formatDate(addWorkingDays(today, days), 'en')}`;
      } catch (error) {
        if (!isCalendarError(error)) throw error;
        return 'no date yet';
      }
    };
    expect(part(el, '[data-limit="statutory"] [part~="decision"]').textContent).to.contain(
      expected(20),
    );
    expect(part(el, '[data-limit="promised"] [part~="decision"]').textContent).to.contain(
      expected(10),
    );
    expect(part(el, '[data-limit="statutory"]').textContent).to.contain('20 working days');
    expect(part<HTMLAnchorElement>(el, '[part~="online"]').href).to.equal(
      'https://example.gov.cn/fixture/report',
    );
    expect(part<HTMLAnchorElement>(el, '[part~="phone"]').getAttribute('href')).to.equal(
      'tel:01000000000',
    );
    const faq = part<HTMLDetailsElement>(el, 'details[part~="faq"]');
    expect(faq.open).to.equal(false);
    faq.querySelector('summary')!.click();
    expect(faq.open).to.equal(true);
    await expectNoAxeViolations(el, 'service');
  });

  it('a day past the holiday calendar gets a clear message, not a wrong date', async () => {
    const el = await mount({ today: '2099-03-02' });
    el.show('foreign-investment-report');
    await settleService(el);
    expect(part(el, '[data-limit="statutory"] [part~="decision"]').textContent?.trim()).to.equal(
      'no date yet: the public-holiday calendar for that year is not published',
    );
  });

  it('a withdrawn item is shown as withdrawn with its date and note, not as an offer', async () => {
    const el = await mount();
    toggle(el, 'investment.abolished').click();
    await el.updateComplete;
    expect(parts(el, '[part~="badge"]').map((b) => b.textContent?.trim())).to.include('Withdrawn');
    el.show('foreign-trade-operator-registration');
    await settleService(el);
    const notice = part(el, '[part~="withdrawn"]');
    expect(notice.textContent).to.contain('Withdrawn on December 30, 2022');
    expect(notice.textContent).to.contain('Abolished: no longer required.');
    expect(parts(el, '[part~="steps"], [part~="online"], [part~="materials"]')).to.have.length(0);
    await expectNoAxeViolations(el, 'withdrawn');
  });

  it('a service item that fails to load: the error box with Retry in the panel, then the page', async () => {
    const guide = (await (
      await fetch(`${api.base()}/api/v1/guides/investment?lang=en`)
    ).json()) as Guide;
    api = apiSession();
    const el = await mount({ guide, mode: 'failonce' });
    el.show('odi-filing');
    await settleService(el, ['error']);
    const alert = part(el, '[part~="panel"] [part~="error"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    await expectNoAxeViolations(el, 'service error');
    part(el, '[part~="panel"] [part~="retry-button"]').click();
    await settleService(el, ['ready']);
    await waitUntil(() => active(el) === part(el, '[part~="panel-heading"]'), 'focus not on title');
    expect(part(el, '[part~="summary"]').textContent).to.contain('商务部');
    // Not translated: the page says so.
    expect(parts(el, '[part~="panel"] [part~="fallback"]')).to.have.length(1);
  });

  it('the guide fails: an alert with Retry; Retry loads it', async () => {
    const el = await mount({ mode: 'failonce' });
    expect(el.state).to.equal('error');
    await expectNoAxeViolations(el, 'error');
    part(el, '[part~="retry-button"]').click();
    await settle(el, ['ready']);
    expect(shownTitles(el)).to.have.length(3);
  });

  it('an empty guide says so', async () => {
    const el = await mount({ mode: 'empty' });
    expect(el.state).to.equal('empty');
    expect(part(el, '[part~="empty"]').textContent?.trim()).to.equal(
      'This guide has no sections yet.',
    );
    await expectNoAxeViolations(el, 'empty');
  });

  it('loading reserves the space of the tree and panel: nothing moves when they arrive', async () => {
    const loading = await fixture<PortalGuideNavigator>(
      html`<portal-guide-navigator
        lang="en"
        guide="investment"
        no-url-state
        .client=${client('slow400')}
      ></portal-guide-navigator>`,
    );
    await waitUntil(() => loading.state === 'loading' && parts(loading, '.layout').length === 1);
    const before = part(loading, '.layout').getBoundingClientRect().height;
    await expectNoAxeViolations(loading, 'loading');
    await settle(loading, ['ready']);
    expect(part(loading, '.layout').getBoundingClientRect().height).to.equal(before);
  });

  it('two columns when wide, one when narrow; mirrored in Arabic', async () => {
    await setViewport({ width: 1200, height: 900 });
    const el = await mount();
    const side = () => part(el, '.side').getBoundingClientRect();
    const panel = () => part(el, '[part~="panel"]').getBoundingClientRect();
    expect(panel().left).to.be.greaterThan(side().right);
    expect(Math.abs(panel().top - side().top)).to.be.below(2);
    await setViewport({ width: 360, height: 800 });
    await el.updateComplete;
    await waitUntil(() => panel().top >= side().bottom, 'not one column');
    expect(panel().width).to.be.closeTo(side().width, 1);
    await expectNoAxeViolations(el, 'narrow');
    await setViewport({ width: 1200, height: 900 });
    const ar = await mount({ lang: 'ar' });
    const arSide = part(ar, '.side').getBoundingClientRect();
    const arPanel = part(ar, '[part~="panel"]').getBoundingClientRect();
    expect(arPanel.right).to.be.lessThan(arSide.left);
    expect(part(ar, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    await expectNoAxeViolations(ar, 'ar');
  });

  it('Chinese: strings and texts in Chinese', async () => {
    const el = await mount({ lang: 'zh-CN' });
    expect(part(el, '[part~="heading"]').textContent?.trim()).to.equal('投资');
    expect(part(el, '[part~="nav"]').getAttribute('aria-label')).to.equal('指南目录');
    el.show('foreign-investment-report');
    await settleService(el);
    expect(part(el, '[data-limit="statutory"]').textContent).to.contain('20 个工作日');
    await expectNoAxeViolations(el, 'zh-CN service');
  });
});
